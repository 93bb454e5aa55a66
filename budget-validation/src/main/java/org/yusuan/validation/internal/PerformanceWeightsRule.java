package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#PERF_WEIGHTS}: the weights (分值权重) of a sheet's indicators add up to one of the expected totals
 * (default 90, where 10 points are reserved for budget execution, or 100). A sheet that prints no weight is skipped.
 * ERROR; the expected figure reported is the nearest accepted total.
 */
final class PerformanceWeightsRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.PERF_WEIGHTS);
    }

    @Override
    public void check(Context context) {
        List<BigDecimal> accepted = context.settings().weightTotals();
        String acceptedText = accepted.stream().map(BigDecimal::toPlainString).collect(Collectors.joining("/"));
        for (PerformanceSheets.Sheet sheet : PerformanceSheets.of(context.disclosure())) {
            BigDecimal sum = BigDecimal.ZERO;
            int weighted = 0;
            for (PerformanceIndicator indicator : sheet.indicators()) {
                if (indicator.getWeight().isPresent()) {
                    sum = sum.add(indicator.getWeight().get());
                    weighted++;
                }
            }
            if (weighted == 0) {
                continue;
            }
            BigDecimal total = sum;
            if (accepted.stream().anyMatch(a -> a.compareTo(total) == 0)) {
                continue;
            }
            BigDecimal nearest = accepted.get(0);
            for (BigDecimal a : accepted) {
                if (a.subtract(sum).abs().compareTo(nearest.subtract(sum).abs()) < 0) {
                    nearest = a;
                }
            }
            context.add(Rules.PERF_WEIGHTS, Severity.ERROR, Where.DISCLOSURE.project(sheet.owner()), nearest, sum,
                    false, null, null, acceptedText, String.valueOf(weighted));
        }
    }
}
