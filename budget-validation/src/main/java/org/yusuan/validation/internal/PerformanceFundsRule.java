package org.yusuan.validation.internal;

import java.util.List;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#PERF_FUNDS_SUM}: a project sheet's 年度预算总额 = 财政拨款 + 其他资金; an overall sheet's 资金总额 (when
 * printed) = 上级安排 + 本级安排 + 其他资金. ERROR; rounding INFO.
 */
final class PerformanceFundsRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.PERF_FUNDS_SUM, Rules.UNIT_SUSPECT);
    }

    @Override
    public void check(Context context) {
        for (ProjectPerformanceTarget sheet : context.disclosure().getProjectPerformanceTargets()) {
            ProjectFunding f = sheet.getFunding();
            Where at = Where.DISCLOSURE.project(sheet.getProjectName());
            context.sum(Rules.PERF_FUNDS_SUM, Severity.ERROR, at.column("年度预算总额"), f.getUnit(), f.getTotal(),
                    List.of(new Term(f.getFiscalAppropriation(), at.column("财政拨款")),
                            new Term(f.getOtherFunds(), at.column("其他资金"))), null);
        }
        for (OverallPerformanceTarget sheet : context.disclosure().getOverallPerformanceTargets()) {
            OverallFunding f = sheet.getFunding();
            if (f.getTotal().isEmpty()) {
                continue;
            }
            Where at = Where.DISCLOSURE.project(sheet.getEntityName());
            context.sum(Rules.PERF_FUNDS_SUM, Severity.ERROR, at.column("资金总额"), f.getUnit(), f.getTotal().get(),
                    List.of(new Term(f.getFiscalFromHigherLevel(), at.column("上级安排")),
                            new Term(f.getFiscalFromOwnLevel(), at.column("本级安排")),
                            new Term(f.getOtherFunds(), at.column("其他资金"))), null);
        }
    }
}
