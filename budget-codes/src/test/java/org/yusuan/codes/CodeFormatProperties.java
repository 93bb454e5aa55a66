package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodeFormatProperties {

    @Property
    void formattingAFunctionalCodeThenParsingItGivesTheSameCode(@ForAll("functionalCodes") FunctionalCode code,
            @ForAll CodeFormat format, @ForAll("padding") String before, @ForAll("padding") String after) {
        assertEquals(code, FunctionalCode.parse(before + code.format(format) + after));
    }

    @Property
    void formattingAnEconomicCodeThenParsingItGivesTheSameCode(@ForAll("economicCodes") EconomicCode code,
            @ForAll CodeFormat format, @ForAll("padding") String before, @ForAll("padding") String after) {
        assertEquals(code, EconomicCode.parse(before + code.format(format) + after));
    }

    @Property
    void splitColumnsWithOrWithoutLeadingZerosGiveTheSameCode(@ForAll("functionalCodes") FunctionalCode code,
            @ForAll boolean dropZeros) {
        List<String> parts = code.parts().stream()
                .map(p -> dropZeros && p.length() == 2 && p.startsWith("0") ? p.substring(1) : p)
                .toList();
        String section = parts.size() > 1 ? parts.get(1) : "";
        String item = parts.size() > 2 ? parts.get(2) : "";
        assertEquals(code, FunctionalCode.ofColumns(parts.get(0), section, item));
    }

    @Property
    void fullWidthDigitsReadAsTheirAsciiTwins(@ForAll("functionalCodes") FunctionalCode code) {
        StringBuilder fullWidth = new StringBuilder();
        code.format(CodeFormat.SPACED).chars()
                .forEach(c -> fullWidth.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : (char) c));
        assertEquals(code, FunctionalCode.parse(fullWidth.toString()));
    }

    @Property
    void theParentOfACodeIsItsLastAncestor(@ForAll("functionalCodes") FunctionalCode code) {
        List<FunctionalCode> ancestors = code.ancestors();
        assertEquals(code.parent(), ancestors.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(ancestors.get(ancestors.size() - 1)));
        ancestors.forEach(a -> assertEquals(true, a.isAncestorOf(code)));
    }

    @Provide
    Arbitrary<FunctionalCode> functionalCodes() {
        Arbitrary<String> category = Arbitraries.integers().between(200, 299).map(String::valueOf);
        Arbitrary<String> part = Arbitraries.integers().between(1, 99).map(i -> String.format("%02d", i));
        Arbitrary<Integer> depth = Arbitraries.integers().between(0, 2);
        return Combinators.combine(category, part, part, depth)
                .as((c, s, i, d) -> c + (d >= 1 ? s : "") + (d == 2 ? i : ""))
                .map(FunctionalCode::parse);
    }

    @Provide
    Arbitrary<EconomicCode> economicCodes() {
        Arbitrary<String> category = Arbitraries.integers().between(300, 399).map(String::valueOf);
        Arbitrary<String> part = Arbitraries.integers().between(1, 99).map(i -> String.format("%02d", i));
        return Combinators.combine(category, part, Arbitraries.of(true, false))
                .as((c, s, deep) -> c + (deep ? s : ""))
                .map(EconomicCode::parse);
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.of("", " ", "\u00A0", "\u3000", "\t", "  ");
    }
}
