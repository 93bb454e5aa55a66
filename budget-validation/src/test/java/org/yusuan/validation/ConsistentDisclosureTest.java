package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A hand-built disclosure in which everything adds up yields no finding at all, rule by rule. */
class ConsistentDisclosureTest {

    static final List<String> RULES = Rules.ALL;

    @Test
    void aConsistentDisclosureHasNoFinding() {
        ValidationReport report = DisclosureValidator.standard().validate(Sample.disclosure());
        assertEquals(List.of(), report.findings().stream().map(f -> f.message(Locale.CHINA)).toList());
        assertFalse(report.hasErrors());
        assertEquals(0, report.count(Severity.WARNING));
    }

    @ParameterizedTest
    @FieldSource("RULES")
    void eachRuleStaysQuietOnConsistentData(String rule) {
        ValidationReport report = DisclosureValidator.builder().only(rule).build().validate(Sample.disclosure());
        assertEquals(List.of(), report.findings());
    }
}
