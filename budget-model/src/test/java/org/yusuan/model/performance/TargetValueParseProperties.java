package org.yusuan.model.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trip of the target parser: a target printed from (comparator, number, unit) in any spelling, with stray
 * spaces where PDF extraction puts them, reads back as the same comparator, number and unit, with the text kept.
 */
class TargetValueParseProperties {

    private static final List<String> UNITS = List.of("", "%", "万元", "元", "元/人/月", "元/人", "万元/项", "次", "人",
            "平方米", "m²", "个", "批次", "场次", "小时", "天", "年", "通", "条", "套", "台（套）", "公里");

    /** Comparator spellings, each split into the atoms between which a PDF may put spaces. */
    private static final Map<TargetComparator, List<List<String>>> PREFIX_SPELLINGS = Map.of(
            TargetComparator.GREATER_OR_EQUAL, List.of(List.of("≥"), List.of(">", "="), List.of("＞", "="),
                    List.of("＞", "＝"), List.of("≧"), List.of("⩾"), List.of("=", ">"), List.of("大", "于", "等", "于"),
                    List.of("大", "于", "或", "等", "于"), List.of("不", "低", "于"), List.of("不", "少", "于"),
                    List.of("$", "\\geq", "$"), List.of("$", "\\ge", "$")),
            TargetComparator.LESS_OR_EQUAL, List.of(List.of("≤"), List.of("<", "="), List.of("＜", "="),
                    List.of("＜", "＝"), List.of("≦"), List.of("⩽"), List.of("=", "<"), List.of("小", "于", "等", "于"),
                    List.of("不", "高", "于"), List.of("不", "超", "过"), List.of("$", "\\leq", "$"),
                    List.of("$", "\\le", "$")),
            TargetComparator.EQUAL, List.of(List.of("="), List.of("＝"), List.of("等", "于")),
            TargetComparator.GREATER, List.of(List.of(">"), List.of("＞"), List.of("大", "于")),
            TargetComparator.LESS, List.of(List.of("<"), List.of("＜"), List.of("小", "于")));

    /** How a target is laid out around its number. */
    enum Layout {
        /** Comparator, number, unit: {@code ≥95%}. */
        PREFIX,
        /** All in LaTeX: {@code $\geq 95\%$}, a unit other than % after the closing {@code $}. */
        LATEX,
        /** Number, unit, then 以上 / 以下 / 及以上 / 及以下 (only for ≥ and ≤). */
        SUFFIX
    }

    @Property(tries = 2000)
    void readsBackComparatorNumberAndUnitFromAnySpellingWithStraySpaces(
            @ForAll("targets") Printed printed) {
        TargetValue value = TargetValue.parse(printed.text);

        assertEquals(printed.text, value.getText());
        assertEquals(TargetForm.QUANTITATIVE, value.getForm(), printed.text);
        assertEquals(Optional.of(printed.comparator), value.getComparator(), printed.text);
        assertEquals(0, value.getNumber().orElseThrow().compareTo(printed.number), printed.text);
        assertEquals(printed.unit.isEmpty() ? Optional.empty() : Optional.of(printed.unit), value.getUnit(),
                printed.text);
    }

    @Property(tries = 2000)
    void neverThrowsAndAlwaysKeepsTheTextOfMessyInput(@ForAll("messy") String text) {
        TargetValue value = TargetValue.parse(text);

        assertEquals(text, value.getText());
        assertEquals(value.getForm() == TargetForm.QUANTITATIVE, value.getNumber().isPresent());
        if (!value.isQuantitative()) {
            assertFalse(value.getComparator().isPresent());
            assertFalse(value.getUnit().isPresent());
        }
    }

    @Property
    void keepsAnyStringItIsGiven(@ForAll String text) {
        assertEquals(text, TargetValue.parse(text).getText());
    }

    @Property
    void marksTextWithStraySpacesAsNormalized(@ForAll("targets") Printed printed) {
        TargetValue value = TargetValue.parse(printed.text);

        boolean inner = !printed.text.strip().equals(value.getNormalizedText());
        assertEquals(inner, value.isNormalized());
        if (printed.text.strip().chars().anyMatch(Character::isWhitespace)) {
            assertTrue(value.isNormalized(), printed.text);
        }
    }

    @Provide
    Arbitrary<String> messy() {
        return Arbitraries.strings()
                .withChars("≥≤<>=＞＜＝≧≦$\\%０１23456789.,/ 　\n万元人次以上下不低于有所提升-+±")
                .ofMaxLength(20);
    }

    @Provide
    Arbitrary<Printed> targets() {
        Arbitrary<TargetComparator> comparators = Arbitraries.of(TargetComparator.class);
        Arbitrary<BigDecimal> numbers = Combinators.combine(
                Arbitraries.longs().between(0, 99_999_999L), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
        Arbitrary<String> units = Arbitraries.of(UNITS);
        Arbitrary<Layout> layouts = Arbitraries.of(Layout.class);
        Arbitrary<Integer> spellingChoice = Arbitraries.integers().between(0, 1000);
        Arbitrary<List<Integer>> spaces = Arbitraries.integers().between(0, 2)
                .withDistribution(net.jqwik.api.RandomDistribution.uniform())
                .list().ofSize(64);
        return Combinators.combine(comparators, numbers, units, layouts, spellingChoice, spaces)
                .as(TargetValueParseProperties::print);
    }

    private static Printed print(TargetComparator comparator, BigDecimal number, String unit, Layout layout,
            int choice, List<Integer> spaces) {
        boolean suffixable = comparator == TargetComparator.GREATER_OR_EQUAL
                || comparator == TargetComparator.LESS_OR_EQUAL;
        Layout effective = layout == Layout.SUFFIX && !suffixable ? Layout.PREFIX : layout;
        List<String> atoms = new ArrayList<>();
        List<String> digits = new ArrayList<>();
        for (char c : number.toPlainString().toCharArray()) {
            digits.add(String.valueOf(c));
        }
        List<String> unitAtoms = new ArrayList<>();
        for (char c : unit.toCharArray()) {
            unitAtoms.add(String.valueOf(c));
        }
        switch (effective) {
            case LATEX:
                if (!suffixable) {
                    return print(comparator, number, unit, Layout.PREFIX, choice, spaces);
                }
                atoms.add("$");
                atoms.add(comparator == TargetComparator.GREATER_OR_EQUAL ? "\\geq" : "\\leq");
                atoms.addAll(digits);
                if (unit.equals("%")) {
                    atoms.add("\\%");
                    atoms.add("$");
                } else {
                    atoms.add("$");
                    atoms.addAll(unitAtoms);
                }
                break;
            case SUFFIX:
                atoms.addAll(digits);
                atoms.addAll(unitAtoms);
                String[] words = comparator == TargetComparator.GREATER_OR_EQUAL
                        ? new String[] {"以上", "及以上"} : new String[] {"以下", "及以下"};
                atoms.add(words[choice % 2]);
                break;
            default:
                List<List<String>> spellings = PREFIX_SPELLINGS.get(comparator);
                atoms.addAll(spellings.get(choice % spellings.size()));
                atoms.addAll(digits);
                atoms.addAll(unitAtoms);
                break;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < atoms.size(); i++) {
            text.append(atoms.get(i));
            if (i + 1 < atoms.size()) {
                text.append(" ".repeat(spaces.get(i % spaces.size())));
            }
        }
        return new Printed(text.toString(), comparator, number, unit);
    }

    /** A printed target and what it was printed from. */
    static final class Printed {
        final String text;
        final TargetComparator comparator;
        final BigDecimal number;
        final String unit;

        Printed(String text, TargetComparator comparator, BigDecimal number, String unit) {
            this.text = text;
            this.comparator = comparator;
            this.number = number;
            this.unit = unit;
        }

        @Override
        public String toString() {
            return "\"" + text + "\" from " + comparator + " " + number.toPlainString() + " " + unit;
        }
    }
}
