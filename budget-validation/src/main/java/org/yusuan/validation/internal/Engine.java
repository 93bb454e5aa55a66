package org.yusuan.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.validation.Finding;
import org.yusuan.validation.Rules;
import org.yusuan.validation.ValidationReport;

/** Runs Bean Validation and every rule over a disclosure. Immutable and thread-safe. */
public final class Engine {

    private static final List<Rule> RULES = List.of(
            new BeanValidationRule(),
            new CodeRule(),
            new DeclaredEmptyRule(),
            new HierarchyRule(),
            new RowSumRule(),
            new TableTotalRule(),
            new SummaryTableRule(),
            new ThreePublicRule(),
            new CrossTableRule(),
            new PerformanceWeightsRule(),
            new PerformanceProjectMatchRule(),
            new PerformanceFundsRule(),
            new PerformanceTargetRule(),
            new PerformanceCostUnitRule(),
            new PerformanceSummaryRule(),
            new ProcurementRule(),
            new NarrativeAmountRule(),
            new NarrativePercentRule(),
            new NarrativeYearRule());

    private final Settings settings;
    private final List<Rule> rules;

    /**
     * An engine with the given settings.
     *
     * @param settings the settings
     */
    public Engine(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.rules = RULES.stream().filter(r -> settings.anyEnabled(r.ids())).toList();
    }

    /**
     * Validates a disclosure.
     *
     * @param disclosure the disclosure
     * @return the report, findings ordered by rule (as {@link Rules#ALL}) and then as found
     */
    public ValidationReport validate(BudgetDisclosure disclosure) {
        Context context = new Context(disclosure, settings, Catalogs.forYear(disclosure.getFiscalYear(), settings));
        for (Rule rule : rules) {
            rule.check(context);
        }
        List<Finding> findings = new ArrayList<>(context.findings());
        findings.sort(Comparator.comparingInt(Engine::order));
        return new ValidationReport(findings);
    }

    /** The place of each rule id in {@link Rules#ALL}, the order of a report. */
    private static final Map<String, Integer> ORDER = order();

    private static Map<String, Integer> order() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < Rules.ALL.size(); i++) {
            m.putIfAbsent(Rules.ALL.get(i), i);
        }
        return Map.copyOf(m);
    }

    private static int order(Finding f) {
        return ORDER.getOrDefault(f.rule(), Rules.ALL.size());
    }

    /** Bean Validation as a rule. */
    private static final class BeanValidationRule implements Rule {
        @Override
        public List<String> ids() {
            return List.of(Rules.CODE_UNKNOWN, Rules.AMOUNT_NEGATIVE, Rules.UNIT_SUSPECT, Rules.FIELD_INVALID);
        }

        @Override
        public void check(Context context) {
            BeanValidation.check(context);
        }
    }
}
