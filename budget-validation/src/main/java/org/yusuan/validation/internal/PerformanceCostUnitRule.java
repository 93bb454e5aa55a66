package org.yusuan.validation.internal;

import java.util.List;
import org.yusuan.model.performance.FirstLevelIndicatorKind;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.SecondLevelIndicatorKind;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#PERF_COST_UNIT}: a cost indicator (一级 成本指标 or 运行成本, or 二级 经济成本指标) with a quantitative
 * target whose unit is not an amount of money (元, 万元, 元/人, 万元/项 …). Targets that cannot be read are {@link
 * Rules#PERF_TARGET_UNPARSED}'s. WARNING.
 */
final class PerformanceCostUnitRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.PERF_COST_UNIT);
    }

    @Override
    public void check(Context context) {
        for (PerformanceSheets.Sheet sheet : PerformanceSheets.of(context.disclosure())) {
            for (PerformanceIndicator indicator : sheet.indicators()) {
                if (!isCost(indicator)) {
                    continue;
                }
                TargetValue target = indicator.getTarget();
                if (!target.isQuantitative()) {
                    continue;
                }
                String unit = target.getUnit().orElse("").replaceAll("\\s", "");
                if (!unit.contains("元")) {
                    context.report(Rules.PERF_COST_UNIT, Severity.WARNING,
                            Where.DISCLOSURE.project(sheet.owner()).name(indicator.getName()), null,
                            target.getText(), unit);
                }
            }
        }
    }

    private static boolean isCost(PerformanceIndicator indicator) {
        if (indicator.getSecondLevel().getKind().orElse(null) == SecondLevelIndicatorKind.ECONOMIC_COST) {
            return true;
        }
        FirstLevelIndicatorKind first = indicator.getFirstLevel().getKind().orElse(null);
        return (first == FirstLevelIndicatorKind.COST || first == FirstLevelIndicatorKind.RUNNING_COST)
                && indicator.getSecondLevel().getKind().map(k -> k == SecondLevelIndicatorKind.ECONOMIC_COST)
                        .orElse(true);
    }
}
