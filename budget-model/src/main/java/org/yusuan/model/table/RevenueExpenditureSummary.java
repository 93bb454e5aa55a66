package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表1 收支总体情况表 (部门/单位收支总体情况表): on the income side every standard income item (一、本年收入 with its
 * 1.–5. lines and their 其中 lines, 二、上年结转结余 with its lines) and on the expenditure side every functional 类,
 * each with its budgeted amount (预算数), and the printed 收入总计 and 支出总计.
 *
 * <p>The two sides are printed side by side in one grid; the model keeps them as two lists, each in document order,
 * and keeps lines with blank amounts since the template prints them.
 */
@Value.Immutable
public abstract class RevenueExpenditureSummary implements BudgetTable {

    /** Only the generated {@code ImmutableRevenueExpenditureSummary} extends this type. */
    RevenueExpenditureSummary() {
    }

    /**
     * Which table this is: {@link TableKind#REVENUE_EXPENDITURE_SUMMARY}.
     *
     * @return {@link TableKind#REVENUE_EXPENDITURE_SUMMARY}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.REVENUE_EXPENDITURE_SUMMARY;
    }

    /**
     * The income lines (收入) in document order, blank ones included, without 收入总计.
     *
     * @return the lines; immutable, never null
     */
    public abstract List<SummaryIncomeLine> getIncomeLines();

    /**
     * The printed 收入总计 row of the income side, as printed, which may disagree with the lines.
     *
     * @return the totals row, or empty when the table printed none
     */
    public abstract Optional<TotalsRow<SummaryColumn>> getIncomeTotal();

    /**
     * The expenditure lines (支出功能分类) in document order, one per functional 类, blank ones included, without
     * 支出总计.
     *
     * @return the lines; immutable, never null
     */
    public abstract List<SummaryExpenditureLine> getExpenditureLines();

    /**
     * The printed 支出总计 row of the expenditure side, as printed, which may disagree with the lines.
     *
     * @return the totals row, or empty when the table printed none
     */
    public abstract Optional<TotalsRow<SummaryColumn>> getExpenditureTotal();

    /**
     * The two sides of the table: income (收入) with its total, then expenditure (支出) with its total.
     *
     * @return two sections; immutable, never null
     */
    @Override
    public List<TableSection<?>> sections() {
        return List.of(
                TableSection.<SummaryColumn>builder()
                        .title("收入")
                        .columnType(SummaryColumn.class)
                        .addAllRows(getIncomeLines())
                        .totals(getIncomeTotal())
                        .build(),
                TableSection.<SummaryColumn>builder()
                        .title("支出")
                        .columnType(SummaryColumn.class)
                        .addAllRows(getExpenditureLines())
                        .totals(getExpenditureTotal())
                        .build());
    }

    /**
     * A new builder. The unit is required; lines, totals rows and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableRevenueExpenditureSummary.Builder builder() {
        return ImmutableRevenueExpenditureSummary.builder();
    }
}
