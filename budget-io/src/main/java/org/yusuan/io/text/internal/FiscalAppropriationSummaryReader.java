package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.TotalsRow;

/**
 * Reads 表4 财政拨款收支预算总体情况表: on each line a fiscal income item with its 合计, and an expenditure 类 with 合计,
 * 一般公共预算, 政府性基金预算, 国有资本经营预算. Without the column structure, two equal amounts are 合计 and 一般公共预算
 * (recorded as an inference); an income label cut short ({@code 国有资本经营预}) is matched by its beginning.
 */
public final class FiscalAppropriationSummaryReader extends TableReader {

    private static final Pattern CODE_NAME = Pattern.compile("^(\\d{3})\\s*(.+)$");
    private static final FiscalExpenditureColumn[] COLUMNS = FiscalExpenditureColumn.values();

    private final List<FiscalIncomeLine> income = new ArrayList<>();
    private final List<FiscalExpenditureLine> expenditure = new ArrayList<>();
    private TotalsRow<FiscalIncomeColumn> incomeTotal;
    private TotalsRow<FiscalExpenditureColumn> expenditureTotal;
    private boolean carryover;

    /**
     * A reader of one block of 表4.
     *
     * @param context the context
     * @param block the block
     */
    public FiscalAppropriationSummaryReader(ReadContext context, TableBlock block) {
        super(context, block);
    }

    @Override
    protected boolean row(TextLine line) {
        Optional<SideTokens> sides = SideTokens.of(line, COLUMNS.length);
        if (sides.isEmpty()) {
            return false;
        }
        SideTokens s = sides.get();
        String in = s.incomeLabel();
        String out = s.expenditureLabel();
        if (in.isEmpty() && out.isEmpty()) {
            return false;
        }
        boolean inTotal = !in.isEmpty() && TotalsLabel.is(in);
        FiscalIncomeItem item = null;
        if (!in.isEmpty() && !inTotal) {
            item = incomeItem(in, line);
            if (item == null) {
                return false;
            }
        }
        boolean outTotal = !out.isEmpty() && TotalsLabel.is(out);
        FunctionalCode code = null;
        String name = null;
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
        Map<FiscalIncomeColumn, BigDecimal> inAmount = new EnumMap<>(FiscalIncomeColumn.class);
        s.incomeAmounts().stream().filter(a -> !a.isEmpty()).findFirst()
                .ifPresent(a -> inAmount.put(FiscalIncomeColumn.TOTAL, Amounts.of(a)));
        if (inTotal) {
            incomeTotal = TotalsRow.<FiscalIncomeColumn>builder().name(in).putAllAmounts(inAmount).build();
        } else if (item != null) {
            if (item == FiscalIncomeItem.PRIOR_YEAR_CARRYOVER) {
                carryover = true;
            }
            income.add(FiscalIncomeLine.builder().item(item).name(in).putAllAmounts(inAmount).build());
        }
        if (outTotal || code != null) {
            Map<FiscalExpenditureColumn, BigDecimal> outAmounts = place(s, line);
            if (outTotal) {
                expenditureTotal = TotalsRow.<FiscalExpenditureColumn>builder().name(out).putAllAmounts(outAmounts).build();
            } else {
                expenditure.add(FiscalExpenditureLine.builder().code(code).name(name).putAllAmounts(outAmounts).build());
            }
        }
        return true;
    }

    private Map<FiscalExpenditureColumn, BigDecimal> place(SideTokens s, TextLine line) {
        Map<FiscalExpenditureColumn, BigDecimal> out = new EnumMap<>(FiscalExpenditureColumn.class);
        List<String> cells = s.expenditureAmounts();
        if (s.positional()) {
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    out.put(COLUMNS[i], Amounts.of(cells.get(i)));
                }
            }
            return out;
        }
        List<BigDecimal> values = cells.stream().filter(c -> !c.isEmpty()).map(Amounts::of).toList();
        if (values.isEmpty()) {
            return out;
        }
        if (values.size() == COLUMNS.length) {
            for (int i = 0; i < values.size(); i++) {
                out.put(COLUMNS[i], values.get(i));
            }
            return out;
        }
        out.put(FiscalExpenditureColumn.TOTAL, values.get(0));
        if (values.size() == 2 && values.get(0).compareTo(values.get(1)) == 0) {
            out.put(FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET, values.get(1));
            context.log().infer(line.number(), kind(), "列位置已丢失：与合计相等的金额读作一般公共预算");
        } else {
            for (int i = 1; i < values.size(); i++) {
                out.put(COLUMNS[i], values.get(i));
            }
            if (values.size() > 1) {
                context.log().infer(line.number(), kind(), "列位置已丢失：" + values.size() + " 个金额按表头顺序读");
            }
        }
        return out;
    }

    private FiscalIncomeItem incomeItem(String printed, TextLine line) {
        String folded = ItemLabels.fold(printed);
        if (folded.startsWith("上年结转")) {
            return FiscalIncomeItem.PRIOR_YEAR_CARRYOVER;
        }
        if (folded.equals("财政拨款") || folded.startsWith("财政拨款（")) {
            return FiscalIncomeItem.FISCAL_APPROPRIATION;
        }
        for (FiscalIncomeItem item : FiscalIncomeItem.values()) {
            boolean carryoverItem = item.isPartOf(FiscalIncomeItem.PRIOR_YEAR_CARRYOVER);
            if (carryoverItem == carryover && item.label().equals(folded)) {
                return item;
            }
        }
        if (folded.length() >= 4) {
            for (FiscalIncomeItem item : FiscalIncomeItem.values()) {
                boolean carryoverItem = item.isPartOf(FiscalIncomeItem.PRIOR_YEAR_CARRYOVER);
                if (carryoverItem == carryover && item.label().startsWith(folded)) {
                    context.log().infer(line.number(), kind(), "收入项目“" + printed + "”印刷不全，读作“" + item.label()
                            + "”");
                    return item;
                }
            }
        }
        return null;
    }

    @Override
    protected String whyNot(TextLine line) {
        return "既不是模板中的财政拨款收入项目，也不是“类编码 名称”的财政拨款支出";
    }

    @Override
    protected BudgetTable build(MoneyUnit unit, Optional<String> emptyNote) {
        return FiscalAppropriationSummary.builder().unit(unit).emptyNote(emptyNote).addAllIncomeLines(income)
                .incomeTotal(Optional.ofNullable(incomeTotal)).addAllExpenditureLines(expenditure)
                .expenditureTotal(Optional.ofNullable(expenditureTotal)).build();
    }

    @Override
    protected int rowsRead() {
        return income.size() + expenditure.size();
    }
}
