package org.yusuan.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.validation.internal.Engine;
import org.yusuan.validation.internal.Settings;

/**
 * Checks a budget disclosure (预算公开校验) for every place it contradicts itself: Bean Validation of the model
 * (known codes, non-negative amounts, two decimals) and the rules of {@link Rules} across rows and tables.
 * Immutable, thread-safe and reusable: build one and validate many disclosures with it.
 *
 * <pre>{@code
 * ValidationReport report = DisclosureValidator.standard().validate(disclosure);
 * report.filter(f -> f.severity() == Severity.ERROR).findings()
 *         .forEach(f -> System.out.println(f.message(Locale.CHINA)));
 * }</pre>
 */
public final class DisclosureValidator {

    private static final DisclosureValidator STANDARD = builder().build();

    private final Engine engine;

    private DisclosureValidator(Settings settings) {
        this.engine = new Engine(settings);
    }

    /**
     * The validator with every rule, default severities, a rounding allowance of 0.005 per addend and performance
     * weight totals of 90 or 100.
     *
     * @return the shared standard validator, never null
     */
    public static DisclosureValidator standard() {
        return STANDARD;
    }

    /**
     * A builder starting from the standard settings.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a disclosure.
     *
     * @param disclosure the disclosure, not null
     * @return the report, never null
     * @throws NullPointerException if disclosure is null
     */
    public ValidationReport validate(BudgetDisclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        return engine.validate(disclosure);
    }

    /** Configures a {@link DisclosureValidator}; not thread-safe, each setter returns this builder. */
    public static final class Builder {

        private BigDecimal tolerance = new BigDecimal("0.005");
        private final Set<String> disabled = new HashSet<>();
        private final Set<String> only = new HashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private List<BigDecimal> weightTotals = List.of(new BigDecimal("90"), new BigDecimal("100"));
        private ClassificationCatalog<FunctionalCode> functional;
        private ClassificationCatalog<EconomicCode> economic;
        private boolean reportRounding = true;

        private Builder() {
        }

        /**
         * The rounding allowance per printed addend, in the unit of the table: a difference no larger than this
         * times the number of addends is reported as {@link Severity#INFO} with {@link Finding#rounding()}.
         * Default 0.005 (half a cent of the printed precision).
         *
         * @param perAddend the allowance, not negative, not null
         * @return this builder
         * @throws IllegalArgumentException if the allowance is negative
         */
        public Builder tolerance(BigDecimal perAddend) {
            Objects.requireNonNull(perAddend, "tolerance must not be null");
            if (perAddend.signum() < 0) {
                throw new IllegalArgumentException("tolerance must not be negative: " + perAddend);
            }
            this.tolerance = perAddend;
            return this;
        }

        /**
         * Switches rules off, by id or family ({@code CROSS_TABLE} switches off every {@code CROSS_TABLE.*}).
         *
         * @param ruleIds ids of {@link Rules}
         * @return this builder
         * @throws IllegalArgumentException if an id is not one of {@link Rules}
         */
        public Builder disable(String... ruleIds) {
            disabled.addAll(known(ruleIds));
            return this;
        }

        /**
         * Runs only these rules (ids or families); by default all run. Disabled rules stay off.
         *
         * @param ruleIds ids of {@link Rules}
         * @return this builder
         * @throws IllegalArgumentException if an id is not one of {@link Rules}
         */
        public Builder only(String... ruleIds) {
            only.addAll(known(ruleIds));
            return this;
        }

        /**
         * Reports a rule (id or family) with another severity. Rounding findings stay {@link Severity#INFO}.
         *
         * @param ruleId an id of {@link Rules}
         * @param severity the severity, not null
         * @return this builder
         * @throws IllegalArgumentException if the id is not one of {@link Rules}
         */
        public Builder severity(String ruleId, Severity severity) {
            Objects.requireNonNull(severity, "severity must not be null");
            severities.put(known(ruleId).get(0), severity);
            return this;
        }

        /**
         * The totals that performance indicator weights may add up to ({@link Rules#PERF_WEIGHTS}); default 90
         * (10 points reserved for budget execution) and 100.
         *
         * @param totals the accepted totals, at least one
         * @return this builder
         * @throws IllegalArgumentException if no total is given
         */
        public Builder expectedWeightTotals(BigDecimal... totals) {
            if (totals.length == 0) {
                throw new IllegalArgumentException("at least one expected weight total is needed");
            }
            this.weightTotals = List.of(totals);
            return this;
        }

        /**
         * A user's 支出功能分类科目 (a province's, or a newer year's) instead of the built-in one of the fiscal year.
         *
         * @param catalog the catalog, not null
         * @return this builder
         */
        public Builder functionalCatalog(ClassificationCatalog<FunctionalCode> catalog) {
            this.functional = Objects.requireNonNull(catalog, "catalog must not be null");
            return this;
        }

        /**
         * A user's 部门预算支出经济分类科目 instead of the built-in one of the fiscal year.
         *
         * @param catalog the catalog, not null
         * @return this builder
         */
        public Builder economicCatalog(ClassificationCatalog<EconomicCode> catalog) {
            this.economic = Objects.requireNonNull(catalog, "catalog must not be null");
            return this;
        }

        /**
         * Whether differences that rounding explains are reported (as INFO); default true.
         *
         * @param report false to leave them out
         * @return this builder
         */
        public Builder reportRounding(boolean report) {
            this.reportRounding = report;
            return this;
        }

        /**
         * The validator.
         *
         * @return a new validator, never null
         */
        public DisclosureValidator build() {
            return new DisclosureValidator(new Settings(tolerance, disabled, only, severities, weightTotals,
                    Optional.ofNullable(functional), Optional.ofNullable(economic), reportRounding));
        }

        private static List<String> known(String... ids) {
            List<String> out = new ArrayList<>();
            for (String id : ids) {
                Objects.requireNonNull(id, "rule id must not be null");
                if (!Rules.ALL.contains(id) && !Rules.CROSS_TABLE.equals(id)) {
                    throw new IllegalArgumentException("unknown rule id \"" + id + "\"; known ids are " + Rules.ALL
                            + " and the family " + Rules.CROSS_TABLE);
                }
                out.add(id);
            }
            return out;
        }
    }
}
