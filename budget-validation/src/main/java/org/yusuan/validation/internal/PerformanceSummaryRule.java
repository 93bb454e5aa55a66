package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * against the 表7 project rows (detail {@code count}); when 表8 or 表9 prints 项目支出, whose projects are not listed
 * by name (and may be 表7 projects drawing on a second source), the count must only be at least the 表7 rows (detail
 * {@code count_funds}) and amount against 表7 + 表8/表9 项目支出 (detail {@code
 * amount}); 整体预算绩效目标 amount against 表1 收入总计 (detail {@code overall}); the number of printed overall sheets
 * against the stated count (detail {@code overall_count}) and of project sheets against the stated project counts
 * (detail {@code sheet_count}), where sheets are printed; projects whose sheets the text says are not published
 * (绩效目标表完全不予公开, with their number) count as accounted for: INFO (detail {@code sheet_withheld}) when that
 * explains the difference, else the WARNING names them (detail {@code sheet_count_withheld}).
 * WARNING.
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
            long fundTables = List.of(d.getGovernmentFundExpenditure(), d.getStateCapitalExpenditure()).stream()
                    .flatMap(Optional::stream)
                    .filter(f -> Amounts.orZero(Tables.total(f.getTotals(), FundExpenditureColumn.PROJECT))
                            .signum() > 0)
                    .count();
            if (fundTables == 0 && projects != s.getFiscalProjectCount()) {
                context.add(Rules.PERF_SUMMARY, Severity.WARNING, at, BigDecimal.valueOf(projects),
                        BigDecimal.valueOf(s.getFiscalProjectCount()), false, null, "count");
            } else if (fundTables > 0 && s.getFiscalProjectCount() < projects) {
                context.add(Rules.PERF_SUMMARY, Severity.WARNING, at, BigDecimal.valueOf(projects),
                        BigDecimal.valueOf(s.getFiscalProjectCount()), false, null, "count_funds");
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
        int withheld = withheldSheets(s, d.getOtherMatters().get().getOtherNotes());
        if (projectSheets > 0 && projectSheets + withheld != stated) {
            context.add(Rules.PERF_SUMMARY, Severity.WARNING, at, BigDecimal.valueOf(projectSheets),
                    BigDecimal.valueOf(stated), false, null, withheld == 0 ? "sheet_count" : "sheet_count_withheld",
                    String.valueOf(withheld));
        } else if (projectSheets > 0 && withheld > 0) {
            context.add(Rules.PERF_SUMMARY, Severity.INFO, at, BigDecimal.valueOf(projectSheets),
                    BigDecimal.valueOf(stated), false, null, "sheet_withheld", String.valueOf(withheld));
        }
    }

    /** "项目1个，涉及预算金额5.88万元，绩效目标表完全不予公开": a count of projects whose sheets are not published. */
    private static final Pattern WITHHELD = Pattern.compile("项目\\s*(\\d+)\\s*个[^。；;]*?绩效目标表[^。；;]*?不予公开");

    /**
     * The number of projects whose sheets the text says are not published (绩效目标表不予公开), in the summary's note
     * and in 其他需说明的事项; a sentence printed in both is counted once.
     */
    private static int withheldSheets(PerformanceSummary s, Optional<String> otherNotes) {
        Set<String> sentences = new LinkedHashSet<>();
        for (Optional<String> text : List.of(s.getNote(), otherNotes)) {
            text.ifPresent(t -> {
                Matcher m = WITHHELD.matcher(t.replaceAll("\\s+", ""));
                while (m.find()) {
                    sentences.add(m.group());
                }
            });
        }
        int count = 0;
        for (String sentence : sentences) {
            Matcher m = WITHHELD.matcher(sentence);
            if (m.find()) {
                count += Integer.parseInt(m.group(1));
            }
        }
        return count;
    }
}
