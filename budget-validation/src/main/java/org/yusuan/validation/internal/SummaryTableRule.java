package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * The two summary tables.
 *
 * <ul>
 *   <li>{@link Rules#T1_BALANCE}: 表1 收入总计 equals 支出总计 (ERROR).</li>
 *   <li>{@link Rules#T1_INCOME_SUM}: 表1 收入总计 = 本年收入 + 上年结转结余, 本年收入 = its five sources, 上年结转结余 =
 *       its two parts (ERROR); a 其中 list (一般财力 + 上级转移支付, …) that does not add up to its parent (WARNING, only
 *       when one of its lines is printed), and a 其中 line larger than its parent (ERROR, detail
 *       {@code part_exceeds}).</li>
 *   <li>{@link Rules#T4_BALANCE}: 表4 收入总计 equals 支出总计 (合计 column).</li>
 *   <li>{@link Rules#T4_INCOME_SUM}: 表4 收入总计 = 财政拨款（补助）+ 上年结转, each the sum of its three budgets.</li>
 * </ul>
 */
final class SummaryTableRule implements Rule {

    private static final Set<IncomeItem> STRUCTURAL = Set.of(IncomeItem.CURRENT_YEAR_INCOME,
            IncomeItem.PRIOR_YEAR_CARRYOVER);

    @Override
    public List<String> ids() {
        return List.of(Rules.T1_BALANCE, Rules.T1_INCOME_SUM, Rules.T4_BALANCE, Rules.T4_INCOME_SUM,
                Rules.UNIT_SUSPECT);
    }

    @Override
    public void check(Context context) {
        context.disclosure().getRevenueExpenditureSummary().ifPresent(t -> table1(context, t));
        context.disclosure().getFiscalAppropriationSummary().ifPresent(t -> table4(context, t));
    }

    private static void table1(Context context, RevenueExpenditureSummary t) {
        TableKind kind = t.getKind();
        MoneyUnit unit = t.getUnit();
        if (t.getIncomeTotal().isPresent() && t.getExpenditureTotal().isPresent()) {
            context.compare(Rules.T1_BALANCE, Severity.ERROR, Where.row(kind, t.getExpenditureTotal().get())
                    .column(SummaryColumn.BUDGET), unit, Amounts.cell(t.getIncomeTotal().get(), SummaryColumn.BUDGET),
                    Amounts.cell(t.getExpenditureTotal().get(), SummaryColumn.BUDGET), 0, null);
        }
        Map<IncomeItem, SummaryIncomeLine> lines = new EnumMap<>(IncomeItem.class);
        for (SummaryIncomeLine line : t.getIncomeLines()) {
            line.getItem().ifPresent(item -> lines.putIfAbsent(item, line));
        }
        if (t.getIncomeTotal().isPresent()
                && (lines.containsKey(IncomeItem.CURRENT_YEAR_INCOME) || lines.containsKey(IncomeItem.PRIOR_YEAR_CARRYOVER))) {
            List<Term> terms = new ArrayList<>();
            for (IncomeItem top : List.of(IncomeItem.CURRENT_YEAR_INCOME, IncomeItem.PRIOR_YEAR_CARRYOVER)) {
                SummaryIncomeLine line = lines.get(top);
                if (line != null) {
                    terms.add(new Term(line.getAmount().orElse(null), Where.row(kind, line)));
                }
            }
            context.sum(Rules.T1_INCOME_SUM, Severity.ERROR, Where.row(kind, t.getIncomeTotal().get()), unit,
                    Amounts.cell(t.getIncomeTotal().get(), SummaryColumn.BUDGET), terms, null);
        }
        // The lines under each printed line, in the order of the items (one pass, not one per parent).
        Map<IncomeItem, List<SummaryIncomeLine>> children = new EnumMap<>(IncomeItem.class);
        for (Map.Entry<IncomeItem, SummaryIncomeLine> k : lines.entrySet()) {
            IncomeItem up = k.getKey().parent().orElse(null);
            if (up != null && lines.containsKey(up)) {
                children.computeIfAbsent(up, x -> new ArrayList<>()).add(k.getValue());
            }
        }
        for (Map.Entry<IncomeItem, List<SummaryIncomeLine>> e : children.entrySet()) {
            IncomeItem parent = e.getKey();
            List<SummaryIncomeLine> kids = e.getValue();
            SummaryIncomeLine parentLine = lines.get(parent);
            BigDecimal parentAmount = parentLine.getAmount().orElse(null);
            boolean anyKid = kids.stream().anyMatch(k -> k.getAmount().isPresent());
            Where at = Where.row(kind, parentLine);
            if (STRUCTURAL.contains(parent)) {
                if (parentAmount != null || anyKid) {
                    context.sum(Rules.T1_INCOME_SUM, Severity.ERROR, at, unit, parentAmount, terms(kind, kids), null);
                }
                continue;
            }
            if (!anyKid) {
                continue;
            }
            boolean exceeded = false;
            for (SummaryIncomeLine kid : kids) {
                BigDecimal v = kid.getAmount().orElse(null);
                if (v != null && v.compareTo(Amounts.orZero(parentAmount)) > 0) {
                    context.add(Rules.T1_INCOME_SUM, Severity.ERROR, Where.row(kind, kid), Amounts.orZero(parentAmount),
                            v, false, unit, "part_exceeds", parentLine.getName().orElse(parent.label()));
                    exceeded = true;
                }
            }
            if (!exceeded) {
                context.sum(Rules.T1_INCOME_SUM, Severity.WARNING, at, unit, parentAmount, terms(kind, kids), "parts");
            }
        }
    }

    private static List<Term> terms(TableKind kind, List<SummaryIncomeLine> kids) {
        List<Term> terms = new ArrayList<>();
        for (SummaryIncomeLine kid : kids) {
            terms.add(new Term(kid.getAmount().orElse(null), Where.row(kind, kid)));
        }
        return terms;
    }

    private static void table4(Context context, FiscalAppropriationSummary t) {
        TableKind kind = t.getKind();
        MoneyUnit unit = t.getUnit();
        if (t.getIncomeTotal().isPresent() && t.getExpenditureTotal().isPresent()) {
            context.compare(Rules.T4_BALANCE, Severity.ERROR, Where.row(kind, t.getExpenditureTotal().get())
                    .column(FiscalExpenditureColumn.TOTAL), unit,
                    Amounts.cell(t.getIncomeTotal().get(), FiscalIncomeColumn.TOTAL),
                    Amounts.cell(t.getExpenditureTotal().get(), FiscalExpenditureColumn.TOTAL), 0, null);
        }
        Map<FiscalIncomeItem, FiscalIncomeLine> lines = new EnumMap<>(FiscalIncomeItem.class);
        for (FiscalIncomeLine line : t.getIncomeLines()) {
            line.getItem().ifPresent(item -> lines.putIfAbsent(item, line));
        }
        if (t.getIncomeTotal().isPresent() && !lines.isEmpty()) {
            List<Term> terms = new ArrayList<>();
            for (FiscalIncomeItem top : List.of(FiscalIncomeItem.FISCAL_APPROPRIATION,
                    FiscalIncomeItem.PRIOR_YEAR_CARRYOVER)) {
                FiscalIncomeLine line = lines.get(top);
                if (line != null) {
                    terms.add(new Term(line.getTotal().orElse(null), Where.row(kind, line)));
                } else {
                    for (Map.Entry<FiscalIncomeItem, FiscalIncomeLine> k : lines.entrySet()) {
                        if (k.getKey().parent().orElse(null) == top) {
                            terms.add(new Term(k.getValue().getTotal().orElse(null), Where.row(kind, k.getValue())));
                        }
                    }
                }
            }
            context.sum(Rules.T4_INCOME_SUM, Severity.ERROR, Where.row(kind, t.getIncomeTotal().get()), unit,
                    Amounts.cell(t.getIncomeTotal().get(), FiscalIncomeColumn.TOTAL), terms, null);
        }
        for (FiscalIncomeItem parent : List.of(FiscalIncomeItem.FISCAL_APPROPRIATION,
                FiscalIncomeItem.PRIOR_YEAR_CARRYOVER)) {
            FiscalIncomeLine parentLine = lines.get(parent);
            if (parentLine == null) {
                continue;
            }
            List<Term> terms = new ArrayList<>();
            for (Map.Entry<FiscalIncomeItem, FiscalIncomeLine> k : lines.entrySet()) {
                if (k.getKey().parent().orElse(null) == parent) {
                    terms.add(new Term(k.getValue().getTotal().orElse(null), Where.row(kind, k.getValue())));
                }
            }
            if (!terms.isEmpty()) {
                context.sum(Rules.T4_INCOME_SUM, Severity.ERROR, Where.row(kind, parentLine), unit,
                        parentLine.getTotal().orElse(null), terms, null);
            }
        }
    }
}
