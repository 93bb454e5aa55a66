package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#PERF_PROJECT_MATCH}: every project sheet (项目支出绩效目标表) has its project in 表7, found by
 * {@link ProjectNames#normalize normalized} name (a project printed on several rows is summed). When no name is
 * equal, a 表7 project whose name differs only by a generic suffix ({@link ProjectNames#sameStem 大楼维修项目 and
 * 大楼维修}, 慰问项目 and 慰问费) and whose amount is the sheet's 财政拨款 is the same project, reported as INFO (detail
 * {@code suffix}); otherwise a 表7 project with such a stem, or a {@link ProjectNames#similar similar} name, or else
 * the only one with the same amount, is taken as the match and reported as a WARNING (detail {@code name}); when none
 * is found, a WARNING (detail {@code missing}). A matched project whose 财政拨款 differs from its 表7 amount is an ERROR (detail {@code amount}).
 * Skipped when 表7 is absent.
 */
final class PerformanceProjectMatchRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.PERF_PROJECT_MATCH);
    }

    @Override
    public void check(Context context) {
        if (context.disclosure().getGeneralBudgetProjectExpenditure().isEmpty()) {
            return;
        }
        GeneralBudgetProjectExpenditure t7 = context.disclosure().getGeneralBudgetProjectExpenditure().get();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        for (ProjectExpenditureRow row : t7.getRows()) {
            if (row.getRowKind() == ProjectRowKind.PROJECT && row.getProjectName().isPresent()) {
                String key = ProjectNames.normalize(row.getProjectName().get());
                amounts.merge(key, Amounts.orZero(row.getTotal().orElse(null)), BigDecimal::add);
                printed.putIfAbsent(key, row.getProjectName().get());
            }
        }
        List<ProjectPerformanceTarget> sheets = context.disclosure().getProjectPerformanceTargets();
        Set<String> taken = new HashSet<>();
        List<ProjectPerformanceTarget> unmatched = new ArrayList<>();
        for (ProjectPerformanceTarget sheet : sheets) {
            String key = ProjectNames.normalize(sheet.getProjectName());
            if (amounts.containsKey(key)) {
                taken.add(key);
                compareAmount(context, sheet, t7.getUnit(), amounts.get(key), printed.get(key));
            } else {
                unmatched.add(sheet);
            }
        }
        for (ProjectPerformanceTarget sheet : unmatched) {
            String key = ProjectNames.normalize(sheet.getProjectName());
            MoneyUnit unit = sheet.getFunding().getUnit();
            String match = null;
            for (String candidate : amounts.keySet()) {
                if (!taken.contains(candidate) && ProjectNames.sameStem(key, candidate)) {
                    match = candidate;
                    break;
                }
            }
            if (match != null && sameAmount(sheet, t7.getUnit(), amounts.get(match))) {
                taken.add(match);
                context.report(Rules.PERF_PROJECT_MATCH, Severity.INFO,
                        Where.table(t7.getKind()).project(sheet.getProjectName()), "suffix", printed.get(match));
                continue;
            }
            for (String candidate : amounts.keySet()) {
                if (match == null && !taken.contains(candidate) && ProjectNames.similar(key, candidate)) {
                    match = candidate;
                }
            }
            if (match == null) {
                String byAmount = null;
                int hits = 0;
                for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
                    BigDecimal v = Amounts.convert(e.getValue(), t7.getUnit(), unit);
                    if (!taken.contains(e.getKey())
                            && v.compareTo(sheet.getFunding().getFiscalAppropriation()) == 0) {
                        byAmount = e.getKey();
                        hits++;
                    }
                }
                match = hits == 1 ? byAmount : null;
            }
            Where at = Where.table(t7.getKind()).project(sheet.getProjectName());
            if (match == null) {
                context.report(Rules.PERF_PROJECT_MATCH, Severity.WARNING, at, "missing");
                continue;
            }
            taken.add(match);
            context.report(Rules.PERF_PROJECT_MATCH, Severity.WARNING, at, "name", printed.get(match));
            compareAmount(context, sheet, t7.getUnit(), amounts.get(match), printed.get(match));
        }
    }

    private static boolean sameAmount(ProjectPerformanceTarget sheet, MoneyUnit tableUnit, BigDecimal tableAmount) {
        BigDecimal expected = Amounts.convert(tableAmount, tableUnit, sheet.getFunding().getUnit());
        return expected.compareTo(sheet.getFunding().getFiscalAppropriation()) == 0;
    }

    private static void compareAmount(Context context, ProjectPerformanceTarget sheet, MoneyUnit tableUnit,
            BigDecimal tableAmount, String tableName) {
        MoneyUnit unit = sheet.getFunding().getUnit();
        BigDecimal expected = Amounts.convert(tableAmount, tableUnit, unit);
        BigDecimal actual = sheet.getFunding().getFiscalAppropriation();
        if (expected.compareTo(actual) != 0) {
            context.add(Rules.PERF_PROJECT_MATCH, Severity.ERROR,
                    Where.DISCLOSURE.project(sheet.getProjectName()).column("财政拨款"), expected, actual,
                    tableUnit != unit && context.withinRounding(expected, actual, 1), unit, "amount", tableName);
        }
    }
}
