package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Plain ASCII digits, the form every file yusuan writes, take a short way through parsing: it must read them exactly
 * as the general way reads the same digits surrounded by white space.
 */
class PlainDigitsProperties {

    @Property
    void functionalCodeOfPlainDigitsReadsAsWithWhiteSpaceAround(
            @ForAll @StringLength(min = 1, max = 9) @CharRange(from = '0', to = '9') String digits) {
        assertSameOutcome(FunctionalCode::parse, digits);
    }

    @Property
    void economicCodeOfPlainDigitsReadsAsWithWhiteSpaceAround(
            @ForAll @StringLength(min = 1, max = 7) @CharRange(from = '0', to = '9') String digits) {
        assertSameOutcome(EconomicCode::parse, digits);
    }

    private static void assertSameOutcome(Function<String, ?> parse, String digits) {
        assertEquals(outcome(parse, " " + digits + "\u3000"), outcome(parse, digits));
    }

    private static String outcome(Function<String, ?> parse, String text) {
        try {
            return "code " + parse.apply(text);
        } catch (CodeFormatException e) {
            return "refused: " + e.reason();
        }
    }
}
