package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表4 财政拨款收支预算总体情况表: fiscal appropriations received (财政拨款收入: 一、财政拨款（补助） by budget, and
 * 上年结转 lines where a document prints them) and spent by functional 类 (财政拨款支出: 合计 split over 一般公共预算,
 * 政府性基金预算 and 国有资本经营预算), and the printed 收入总计 and 支出总计.
 */
@Value.Immutable
public abstract class FiscalAppropriationSummary implements BudgetTable {

    /** Only the generated {@code ImmutableFiscalAppropriationSummary} extends this type. */
    FiscalAppropriationSummary() {
    }

    /**
     * Which table this is: {@link TableKind#FISCAL_APPROPRIATION_SUMMARY}.
     *
     * @return {@link TableKind#FISCAL_APPROPRIATION_SUMMARY}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.FISCAL_APPROPRIATION_SUMMARY;
    }

    /**
     * The income lines (财政拨款收入) in document order, blank ones included, without 收入总计.
     *
     * @return the lines; immutable, never null
     */
    public abstract List<FiscalIncomeLine> getIncomeLines();

    /**
     * The printed 收入总计 row of the income side, as printed, which may disagree with the lines.
     *
     * @return the totals row, or empty when the table printed none
     */
    public abstract Optional<TotalsRow<FiscalIncomeColumn>> getIncomeTotal();

    /**
     * The expenditure lines (财政拨款支出) in document order, one per functional 类, blank ones included, without
     * 支出总计.
     *
     * @return the lines; immutable, never null
     */
    public abstract List<FiscalExpenditureLine> getExpenditureLines();

    /**
     * The printed 支出总计 row of the expenditure side, as printed, which may disagree with the lines.
     *
     * @return the totals row, or empty when the table printed none
     */
    public abstract Optional<TotalsRow<FiscalExpenditureColumn>> getExpenditureTotal();

    /**
     * The two sides of the table: income (财政拨款收入) with its total, then expenditure (财政拨款支出) with its total.
     *
     * @return two sections; immutable, never null
     */
    @Override
    public List<TableSection<?>> sections() {
        return List.of(
                TableSection.<FiscalIncomeColumn>builder()
                        .title("财政拨款收入")
                        .columnType(FiscalIncomeColumn.class)
                        .addAllRows(getIncomeLines())
                        .totals(getIncomeTotal())
                        .build(),
                TableSection.<FiscalExpenditureColumn>builder()
                        .title("财政拨款支出")
                        .columnType(FiscalExpenditureColumn.class)
                        .addAllRows(getExpenditureLines())
                        .totals(getExpenditureTotal())
                        .build());
    }

    /**
     * A new builder. The unit is required; lines, totals rows and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableFiscalAppropriationSummary.Builder builder() {
        return ImmutableFiscalAppropriationSummary.builder();
    }
}
