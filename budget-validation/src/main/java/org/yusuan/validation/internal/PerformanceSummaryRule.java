package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.matters.PerformanceSummary;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#PERF_SUMMARY}: 其他重要事项 预算绩效情况 against the rest of the document. 当年财政拨款项目 count
 * against the 表7 project rows (detail {@code count}) and amount against 表7 + 表8/表9 项目支出 (detail {@code
 * amount}); 整体预算绩效目标 amount against 表1 收入总计 (detail {@code overall}); the number of printed overall sheets
 * against the stated count (detail {@code overall_count}) and of project sheets against the stated project counts
 * (detail {@code sheet_count}), where sheets are printed. WARNING.
 */
final class PerformanceSummaryRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.PERF_SUMMARY);
    }

    @Override
    public void check(Context context) {
        BudgetDisclosure d = context.disclosure();
        if (d.getOtherMatters().isEmpty() || d.getOtherMatters().get().getPerformanceSummary().isEmpty()) {
            return;
        }
        PerformanceSummary s = d.getOtherMatters().get().getPerformanceSummary().get();
        MoneyUnit unit = s.getUnit();
        Where at = Where.DISCLOSURE.column("预算绩效情况");
        d.getGeneralBudgetProjectExpenditure().ifPresent(t7 -> {
            long projects = t7.getRows().stream().filter(r -> r.getRowKind() == ProjectRowKind.PROJECT).count();
            if (projects != s.getFiscalProjectCount()) {
                context.add(Rules.PERF_SUMMARY, Severity.WARNING, at, BigDecimal.valueOf(projects),
                        BigDecimal.valueOf(s.getFiscalProjectCount()), false, null, "count");
            }
            BigDecimal expected = Amounts.convert(Amounts.orZero(Tables.total(t7.getTotals(),
                    ProjectExpenditureColumn.TOTAL)), t7.getUnit(), unit);
            for (var fund : List.of(d.getGovernmentFundExpenditure(), d.getStateCapitalExpenditure())) {
                if (fund.isPresent()) {
                    expected = expected.add(Amounts.convert(Amounts.orZero(Tables.total(fund.get().getTotals(),
                            FundExpenditureColumn.PROJECT)), fund.get().getUnit(), unit));
                }
            }
            context.compare(Rules.PERF_SUMMARY, Severity.WARNING, at, unit, expected, s.getFiscalProjectAmount(),
                    t7.getUnit() == unit ? 0 : 1, "amount");
        });
        d.getRevenueExpenditureSummary().flatMap(t1 -> t1.getIncomeTotal().map(total -> Amounts.convert(
                Amounts.cell(total, SummaryColumn.BUDGET), t1.getUnit(), unit))).ifPresent(expected ->
                context.compare(Rules.PERF_SUMMARY, Severity.WARNING, at, unit, expected, s.getOverallTargetAmount(),
                        0, "overall"));
        int overallSheets = d.getOverallPerformanceTargets().size();
        if (overallSheets > 0 && overallSheets != s.getOverallTargetCount()) {
            context.add(Rules.PERF_SUMMARY, Severity.WARNING, at, BigDecimal.valueOf(overallSheets),
                    BigDecimal.valueOf(s.getOverallTargetCount()), false, null, "overall_count");
        }
        int projectSheets = d.getProjectPerformanceTargets().size();
        int stated = s.getFiscalProjectCount() + s.getNonFiscalProjectCount();
        if (projectSheets > 0 && projectSheets != stated) {
            context.add(Rules.PERF_SUMMARY, Severity.WARNING, at, BigDecimal.valueOf(projectSheets),
                    BigDecimal.valueOf(stated), false, null, "sheet_count");
        }
    }
}
