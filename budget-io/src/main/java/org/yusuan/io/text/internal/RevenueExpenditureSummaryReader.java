package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryExpenditureLine;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TotalsRow;

/**
 * Reads 表1 收支总体情况表: on each line an income item (收入, matched to the template's items, carry-over items after
 * {@code 二、上年结转结余}) and an expenditure 类 ({@code 201 一般公共服务支出}), each with its 预算数; the last line has
 * 收入总计 and 支出总计.
 */
public final class RevenueExpenditureSummaryReader extends TableReader {

    private static final Pattern CODE_NAME = Pattern.compile("^(\\d{3})\\s*(.+)$");

    private final List<SummaryIncomeLine> income = new ArrayList<>();
    private final List<SummaryExpenditureLine> expenditure = new ArrayList<>();
    private TotalsRow<SummaryColumn> incomeTotal;
    private TotalsRow<SummaryColumn> expenditureTotal;
    private boolean carryover;

    /**
     * A reader of one block of 表1.
     *
     * @param context the context
     * @param block the block
     */
    public RevenueExpenditureSummaryReader(ReadContext context, TableBlock block) {
        super(context, block);
    }

    @Override
    protected boolean row(TextLine line) {
        Optional<SideTokens> sides = SideTokens.of(line, 1);
        if (sides.isEmpty()) {
            return false;
        }
        SideTokens s = sides.get();
        String in = s.incomeLabel();
        String out = s.expenditureLabel();
        Optional<BigDecimal> inAmount = first(s.incomeAmounts());
        Optional<BigDecimal> outAmount = first(s.expenditureAmounts());
        boolean read = false;
        IncomeItem item = null;
        boolean inTotal = !in.isEmpty() && TotalsLabel.is(in);
        if (!in.isEmpty() && !inTotal) {
            item = incomeItem(in);
            if (item == null) {
                return false;
            }
        }
        FunctionalCode code = null;
        String name = null;
        boolean outTotal = !out.isEmpty() && TotalsLabel.is(out);
        if (!out.isEmpty() && !outTotal) {
            Matcher m = CODE_NAME.matcher(out.strip());
            if (!m.matches()) {
                return false;
            }
            Optional<FunctionalCode> c = context.codes().category(m.group(1));
            if (c.isEmpty()) {
                return false;
            }
            code = c.get();
            name = m.group(2).strip();
        }
        if (in.isEmpty() && out.isEmpty()) {
            return false;
        }
        if (inTotal) {
            incomeTotal = TotalsRow.<SummaryColumn>builder().name(in)
                    .putAllAmounts(amounts(inAmount)).build();
            read = true;
        } else if (item != null) {
            if (item == IncomeItem.PRIOR_YEAR_CARRYOVER) {
                carryover = true;
            }
            income.add(SummaryIncomeLine.builder().item(item).name(in).putAllAmounts(amounts(inAmount)).build());
            read = true;
        }
        if (outTotal) {
            expenditureTotal = TotalsRow.<SummaryColumn>builder().name(out).putAllAmounts(amounts(outAmount)).build();
            read = true;
        } else if (code != null) {
            expenditure.add(SummaryExpenditureLine.builder().code(code).name(name).putAllAmounts(amounts(outAmount))
                    .build());
            read = true;
        }
        return read;
    }

    private IncomeItem incomeItem(String printed) {
        String folded = ItemLabels.fold(printed);
        if (folded.equals("本年收入")) {
            return IncomeItem.CURRENT_YEAR_INCOME;
        }
        if (folded.startsWith("上年结转")) {
            return IncomeItem.PRIOR_YEAR_CARRYOVER;
        }
        if (folded.startsWith("非财政拨款")) {
            return IncomeItem.NON_FISCAL_CARRYOVER;
        }
        for (IncomeItem item : IncomeItem.values()) {
            boolean carryoverItem = item.isPartOf(IncomeItem.PRIOR_YEAR_CARRYOVER);
            if (carryoverItem == carryover && LineNormalizer.fold(item.label()).equals(folded)) {
                return item;
            }
        }
        for (IncomeItem item : IncomeItem.values()) {
            if (LineNormalizer.fold(item.label()).equals(folded)) {
                return item;
            }
        }
        return null;
    }

    private static Optional<BigDecimal> first(List<String> cells) {
        for (String c : cells) {
            if (!c.isEmpty()) {
                return Amounts.parse(c);
            }
        }
        return Optional.empty();
    }

    private static java.util.Map<SummaryColumn, BigDecimal> amounts(Optional<BigDecimal> amount) {
        return amount.map(a -> java.util.Map.of(SummaryColumn.BUDGET, a)).orElse(java.util.Map.of());
    }

    @Override
    protected String whyNot(TextLine line) {
        return "既不是模板中的收入项目，也不是“类编码 名称”的支出功能分类";
    }

    @Override
    protected BudgetTable build(MoneyUnit unit, Optional<String> emptyNote) {
        return RevenueExpenditureSummary.builder().unit(unit).emptyNote(emptyNote).addAllIncomeLines(income)
                .incomeTotal(Optional.ofNullable(incomeTotal)).addAllExpenditureLines(expenditure)
                .expenditureTotal(Optional.ofNullable(expenditureTotal)).build();
    }

    @Override
    protected int rowsRead() {
        return income.size() + expenditure.size();
    }
}
