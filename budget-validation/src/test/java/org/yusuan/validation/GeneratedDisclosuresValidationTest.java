package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.BrokenDisclosure;
import org.yusuan.testkit.Mutations;

/**
 * The validator against budget-testkit's generators: every consistent disclosure passes, and every disclosure
 * broken in one rule is reported by that rule, at the place the change was made, and by no other rule as an error.
 * (These properties live here rather than in budget-testkit because budget-validation's tests already depend on
 * budget-testkit, and Maven allows no cycle between modules, not even in test scope.)
 */
class GeneratedDisclosuresValidationTest {

    private static final DisclosureValidator VALIDATOR = DisclosureValidator.standard();

    @Property
    void everyConsistentDisclosurePassesWithNoErrorAndNoWarning(@ForAll BudgetDisclosure disclosure) {
        List<Finding> serious = VALIDATOR.validate(disclosure).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
        assertTrue(serious.isEmpty(), () -> "a consistent disclosure was reported:\n" + describe(serious));
    }

    @Provide
    Arbitrary<Tuple2<String, BrokenDisclosure>> broken() {
        return Arbitraries.of(Mutations.RULES).flatMap(rule -> Mutations.breaking(rule).map(b -> Tuple.of(rule, b)));
    }

    @Property
    void eachBrokenRuleIsReportedByThatRuleAtThatPlaceAndNoOtherRuleIsAnError(
            @ForAll("broken") Tuple2<String, BrokenDisclosure> sample) {
        BrokenDisclosure broken = sample.get2();
        List<Finding> findings = VALIDATOR.validate(broken.disclosure()).findings();
        BrokenDisclosure.Location at = broken.location();
        boolean reported = findings.stream().anyMatch(f -> f.rule().equals(broken.rule())
                && f.severity() != Severity.INFO
                && f.table().equals(at.table()) && f.code().equals(at.code()) && f.name().equals(at.name())
                && f.project().equals(at.project()) && f.column().equals(at.column()));
        assertTrue(reported, () -> broken.rule() + " not reported at " + at + "; findings:\n" + describe(findings));
        List<Finding> otherErrors = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR && !f.rule().equals(broken.rule())).toList();
        assertTrue(otherErrors.isEmpty(), () -> "breaking " + broken.rule() + " also gave errors:\n"
                + describe(otherErrors));
        Statistics.label("rule").collect(sample.get1());
        Statistics.label("rule").coverage(coverage -> Mutations.RULES.forEach(
                rule -> coverage.check(rule).count(n -> n > 0)));
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> "  " + f.severity() + " " + f.rule() + " " + f.table() + " " + f.code()
                + " " + f.name() + " " + f.project() + " " + f.column() + ": " + f.message(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
