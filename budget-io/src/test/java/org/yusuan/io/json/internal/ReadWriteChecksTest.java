package org.yusuan.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.model.EntityKind;
import org.yusuan.model.matters.RunningCostKind;
import org.yusuan.model.performance.FirstLevelIndicatorKind;
import org.yusuan.model.performance.SecondLevelIndicatorKind;
import org.yusuan.model.performance.TargetComparator;
import org.yusuan.model.performance.TargetForm;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.BudgetDisclosure;

/**
 * The plain checks that replaced regular expressions and Strings keep exactly the acceptance they replaced; reading
 * without locations refuses exactly what reading refuses.
 */
class ReadWriteChecksTest {

    private static final Pattern FUNCTIONAL_DIGITS = Pattern.compile("[0-9]{3}(?:[0-9]{2}){0,2}");
    private static final Pattern ECONOMIC_DIGITS = Pattern.compile("[0-9]{3}(?:[0-9]{2})?");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Property(tries = 2000)
    void codeDigitsAreWhatTheRegularExpressionsAccepted(@ForAll("shortTexts") String text) {
        assertEquals(FUNCTIONAL_DIGITS.matcher(text).matches(), DisclosureJsonReader.isCodeDigits(text, 7), text);
        assertEquals(ECONOMIC_DIGITS.matcher(text).matches(), DisclosureJsonReader.isCodeDigits(text, 5), text);
    }

    @Property(tries = 3000)
    void aConstantIsNamedByExactlyTheTextAMapByNameFindsItFor(@ForAll("constantTexts") String text,
            @ForAll("enumTypes") Class<? extends Enum<?>> type) {
        Map<String, Enum<?>> byName = new HashMap<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            byName.put(constant.name(), constant);
        }
        char[] padded = ("\"" + text + "\" ").toCharArray();
        assertSame(byName.get(text), DisclosureJsonReader.named(type.getEnumConstants(), padded, 1, text.length()),
                text);
    }

    @Provide
    Arbitrary<String> constantTexts() {
        // Every name of the enums read, cut short, lengthened, in other case, and other text.
        List<String> names = ENUMS.stream().flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(Enum::name).toList();
        return Arbitraries.oneOf(
                Arbitraries.of(names),
                Arbitraries.of(names).map(name -> name.substring(0, name.length() - 1)),
                Arbitraries.of(names).map(name -> name + "S"),
                Arbitraries.of(names).map(name -> name.toLowerCase(Locale.ROOT)),
                Arbitraries.strings().withChars("ABCDEGILMNORSTUY_预").ofMaxLength(12));
    }

    @Provide
    Arbitrary<Class<? extends Enum<?>>> enumTypes() {
        return Arbitraries.of(ENUMS);
    }

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(EntityKind.class, IncomeItem.class,
            FiscalIncomeItem.class, ProjectRowKind.class, ThreePublicExpenseItem.class, RunningCostKind.class,
            FirstLevelIndicatorKind.class, SecondLevelIndicatorKind.class, TargetForm.class, TargetComparator.class);

    @Property(tries = 2000)
    void dateShapesAreWhatTheRegularExpressionAccepted(@ForAll("dateLikeTexts") String text) {
        assertEquals(ISO_DATE.matcher(text).matches(), DisclosureJsonReader.isIsoDateShaped(text), text);
    }

    @Property(tries = 2000)
    void numberTextIsAcceptableExactlyWhenItHasNoProblem(@ForAll("numberTexts") String text) {
        char[] padded = ("[" + text + "]").toCharArray();
        assertEquals(Decimals.problemWithText(text) == null, Decimals.isAcceptable(padded, 1, text.length()), text);
    }

    @Property(tries = 3000)
    void anAcceptedJsonNumberParsesToExactlyWhatBigDecimalsConstructorGives(@ForAll("jsonNumbers") String text) {
        char[] padded = ("[" + text + "]").toCharArray();
        Assume.that(Decimals.isAcceptable(padded, 1, text.length()));
        BigDecimal expected = new BigDecimal(text);

        BigDecimal parsed = Decimals.parse(padded, 1, text.length());

        assertEquals(expected, parsed, text);
        assertEquals(expected.scale(), parsed.scale(), text);
        assertEquals(expected.toString(), parsed.toString(), text);
    }

    @Provide
    Arbitrary<String> jsonNumbers() {
        // The JSON grammar without exponents: -?(0|[1-9][0-9]*)(\.[0-9]+)?, from 1 to 26 digits before the point
        // (around the 18 a long holds) and up to 14 after it.
        Arbitrary<String> integers = Arbitraries.oneOf(Arbitraries.just("0"),
                Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(25)
                        .flatMap(rest -> Arbitraries.of("1", "5", "9").map(first -> first + rest)));
        Arbitrary<String> fractions = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(14).map(f -> "." + f));
        return Combinators.combine(Arbitraries.of("", "-"), integers, fractions).as((sign, i, f) -> sign + i + f);
    }

    @Property(tries = 2000)
    void plainTextIsTheValuesPlainStringWithItsScale(@ForAll("decimals") BigDecimal value) {
        String expected = (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
        assertEquals(expected, Decimals.plain(value));
    }

    @Test
    void readingWithoutLocationsRefusesExactlyWhatReadingRefuses() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "json-cases"))) {
            cases = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(cases.size() > 30);
        for (Path file : cases) {
            byte[] bytes = Files.readAllBytes(file);
            for (boolean ignoreUnknown : new boolean[] {false, true}) {
                Object located = outcome(bytes, p -> DisclosureJsonReader.read(p, "c", 1, ignoreUnknown));
                Object unlocated = outcome(bytes, p -> DisclosureJsonReader.readOrRefuse(p, "c", ignoreUnknown));
                assertEquals(located, unlocated, file.toString());
            }
        }
    }

    /** The disclosure read, or the class of what was thrown. */
    private static Object outcome(byte[] bytes, ParserRead read) throws IOException {
        try (JsonParser parser = JsonLimits.factory().createParser(bytes)) {
            return read.read(parser);
        } catch (RuntimeException | IOException e) {
            return e.getClass();
        }
    }

    private interface ParserRead {
        BudgetDisclosure read(JsonParser parser) throws IOException;
    }

    @Provide
    Arbitrary<String> shortTexts() {
        return Arbitraries.strings().withChars("0123456789a-٣０").ofMaxLength(9);
    }

    @Provide
    Arbitrary<String> dateLikeTexts() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789-x٣").ofMinLength(8).ofMaxLength(12),
                Arbitraries.of("2024-02-01", "0000-00-00", "9999-99-99", "2024-2-01", "2024-02-1", "20240201"));
    }

    @Provide
    Arbitrary<String> numberTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.-eE+").ofMaxLength(45),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(30)
                        .flatMap(integer -> Arbitraries.strings().withChars("0123456789").ofMaxLength(15)
                                .map(fraction -> integer + (fraction.isEmpty() ? "" : "." + fraction))),
                Arbitraries.of("-0", "0.00", "-1.5", "1e3", "1E-3", ".5", "-", ""));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigIntegers().between(java.math.BigInteger.valueOf(-1_000_000_000_000L),
                java.math.BigInteger.valueOf(1_000_000_000_000L))
                .flatMap(unscaled -> Arbitraries.integers().between(-10, 12)
                        .map(scale -> new BigDecimal(unscaled, scale)));
    }
}
