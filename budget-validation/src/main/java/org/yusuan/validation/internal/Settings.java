package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.validation.Severity;

/**
 * The configuration of a validator, fixed when it is built.
 *
 * @param tolerancePerAddend the rounding allowance per printed addend, in the table's unit (0.005 by default)
 * @param disabled rule ids or families switched off
 * @param only rule ids or families to run exclusively; empty for all
 * @param severities severity overrides by rule id or family
 * @param weightTotals the accepted totals of performance indicator weights
 * @param functionalCatalog a user's 支出功能分类科目 to use instead of the built-in one
 * @param economicCatalog a user's 部门预算支出经济分类科目 to use instead of the built-in one
 * @param reportRounding whether rounding differences are reported (as INFO)
 */
public record Settings(
        BigDecimal tolerancePerAddend,
        Set<String> disabled,
        Set<String> only,
        Map<String, Severity> severities,
        List<BigDecimal> weightTotals,
        Optional<ClassificationCatalog<FunctionalCode>> functionalCatalog,
        Optional<ClassificationCatalog<EconomicCode>> economicCatalog,
        boolean reportRounding) {

    /** Copies the collections. */
    public Settings {
        Objects.requireNonNull(tolerancePerAddend, "tolerance must not be null");
        disabled = Set.copyOf(disabled);
        only = Set.copyOf(only);
        severities = Map.copyOf(severities);
        weightTotals = List.copyOf(weightTotals);
        Objects.requireNonNull(functionalCatalog, "functionalCatalog must not be null");
        Objects.requireNonNull(economicCatalog, "economicCatalog must not be null");
    }

    /**
     * Whether a rule id is switched on: not disabled by id or family, and selected by {@code only} if that is set.
     *
     * @param rule a rule id, possibly {@code FAMILY.SUB}
     * @return true when findings of the rule are reported
     */
    public boolean enabled(String rule) {
        String family = family(rule);
        if (disabled.contains(rule) || disabled.contains(family)) {
            return false;
        }
        return only.isEmpty() || only.contains(rule) || only.contains(family);
    }

    /**
     * Whether any of the given rule ids is switched on.
     *
     * @param rules rule ids
     * @return true when at least one is on
     */
    public boolean anyEnabled(List<String> rules) {
        for (String rule : rules) {
            if (enabled(rule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The severity a rule's findings get: an override for the rule id, else for its family, else the default.
     *
     * @param rule the rule id
     * @param byDefault the rule's own severity
     * @return the severity to report
     */
    public Severity severity(String rule, Severity byDefault) {
        Severity s = severities.get(rule);
        if (s == null) {
            s = severities.get(family(rule));
        }
        return s == null ? byDefault : s;
    }

    static String family(String rule) {
        int dot = rule.indexOf('.');
        return dot < 0 ? rule : rule.substring(0, dot);
    }
}
