package org.yusuan.validation.internal;

import java.util.List;
import java.util.Set;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.SecondLevelIndicatorKind;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#PERF_TARGET_UNPARSED}: an indicator target (指标值) that cannot be read (detail {@code unreadable}),
 * is blank ({@code blank}), has a number but no comparator ({@code comparator}), or is text under a second-level
 * category that is quantitative by nature, 数量指标 or 经济成本指标 ({@code qualitative}). WARNING.
 */
final class PerformanceTargetRule implements Rule {

    private static final Set<SecondLevelIndicatorKind> QUANTITATIVE = Set.of(SecondLevelIndicatorKind.QUANTITY,
            SecondLevelIndicatorKind.ECONOMIC_COST);

    @Override
    public List<String> ids() {
        return List.of(Rules.PERF_TARGET_UNPARSED);
    }

    @Override
    public void check(Context context) {
        for (PerformanceSheets.Sheet sheet : PerformanceSheets.of(context.disclosure())) {
            for (PerformanceIndicator indicator : sheet.indicators()) {
                TargetValue target = indicator.getTarget();
                String detail = switch (target.getForm()) {
                    case UNREADABLE -> "unreadable";
                    case BLANK -> "blank";
                    case QUANTITATIVE -> target.getComparator().isEmpty() ? "comparator" : null;
                    case QUALITATIVE -> indicator.getSecondLevel().getKind().filter(QUANTITATIVE::contains).isPresent()
                            ? "qualitative" : null;
                };
                if (detail != null) {
                    context.report(Rules.PERF_TARGET_UNPARSED, Severity.WARNING,
                            Where.DISCLOSURE.project(sheet.owner()).name(indicator.getName()), detail,
                            target.getText());
                }
            }
        }
    }
}
