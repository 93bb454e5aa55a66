package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.ExpenditureRow;

/**
 * Fuzzes the amount cell with number text of every size and exponent, as a JSON number and as a JSON string: the
 * reader either reads it exactly (plain notation within the limits) or refuses it with a {@link ReadException} that
 * names the cell. Nothing else may happen, and every try must finish: an exponent such as {@code e2000000000} never
 * reaches arithmetic.
 */
class HostileNumberProperties {

    private static final String HEAD = "{\"format\":\"yusuan-disclosure\",\"version\":1,\"entityName\":\"x\","
            + "\"entityKind\":\"UNIT\",\"fiscalYear\":2024,\"tables\":{\"expenditureSummary\":{\"unit\":\"元\","
            + "\"rows\":[{\"amounts\":{\"total\":";

    @Property(tries = 400)
    void anyNumberIsReadExactlyOrRefusedNamingTheCell(@ForAll("numbers") String number, @ForAll boolean quoted) {
        String json = HEAD + (quoted ? "\"" + number + "\"" : number) + "}}]}}}";
        String integerPart = number.replaceFirst("^-", "").split("[.eE]")[0];
        int point = number.indexOf('.');
        int exponentAt = Math.max(number.indexOf('e'), number.indexOf('E'));
        int fractionDigits = point < 0 ? 0 : (exponentAt < 0 ? number.length() : exponentAt) - point - 1;
        boolean acceptable = !quoted && exponentAt < 0 && integerPart.length() <= 24 && fractionDigits <= 12
                && (integerPart.length() == 1 || !integerPart.startsWith("0"));

        try {
            BudgetDisclosure read = BudgetJson.standard().read(json, "fuzz.json");

            assertTrue(acceptable, "read although it should be refused: " + number);
            ExpenditureRow row = read.getExpenditureSummary().orElseThrow().getRows().get(0);
            assertEquals(new BigDecimal(number), row.getTotal().orElseThrow());
        } catch (ReadException e) {
            assertFalse(acceptable, "refused although acceptable: " + number + ": " + e.getMessage());
            assertEquals("fuzz.json", e.source());
            assertTrue(e.line().isPresent() && e.column().isPresent(), e.getMessage());
            assertTrue(e.expected().isPresent(), e.getMessage());
            assertTrue(e.field().orElseThrow().startsWith("/tables/expenditureSummary/rows/0/amounts"),
                    e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3000));
        Arbitrary<String> fraction = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(16).map(d -> "." + d),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3000).map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.of("e", "E", "e+", "e-", "E-").flatMap(e -> Arbitraries.longs()
                        .between(0, 2_000_000_000L).map(n -> e + n)));
        return Combinators.combine(Arbitraries.of("", "-"), digits, fraction, exponent)
                .as((sign, integer, fractional, exp) -> sign + integer + fractional + exp);
    }
}
