package org.yusuan.validation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The result of validating one disclosure (校验报告): every {@link Finding}, in a stable order (by rule family
 * as {@link Rules#ALL} lists them, then in document order). Immutable; a record of plain values so that it can be
 * written as JSON.
 *
 * @param findings the findings; immutable, never null
 */
public record ValidationReport(List<Finding> findings) {

    /**
     * Copies the findings.
     *
     * @throws NullPointerException if findings or one of them is null
     */
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /**
     * The findings that satisfy a condition, as a new report.
     *
     * @param condition which findings to keep, not null
     * @return a report of the kept findings, in the same order; never null
     * @throws NullPointerException if condition is null
     */
    public ValidationReport filter(Predicate<Finding> condition) {
        Objects.requireNonNull(condition, "condition must not be null");
        return new ValidationReport(findings.stream().filter(condition).toList());
    }

    /**
     * How many findings have a severity.
     *
     * @param severity the severity, not null
     * @return the count, zero or more
     * @throws NullPointerException if severity is null
     */
    public long count(Severity severity) {
        Objects.requireNonNull(severity, "severity must not be null");
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Whether any finding is an {@link Severity#ERROR}.
     *
     * @return true when the report has at least one error
     */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * Whether the report has no finding at all.
     *
     * @return true when there is nothing to report
     */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * How many findings each rule id has.
     *
     * @return rule id to count, in rule id order; immutable, never null
     */
    public Map<String, Long> countByRule() {
        Map<String, Long> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.rule(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
