package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表9 国有资本经营预算支出情况表: state capital operation budget expenditure by functional code (类, 款, 项), as
 * 合计, 基本支出 (人员经费, 公用经费) and 项目支出. Often declared empty (为空表).
 */
@Value.Immutable
public abstract class StateCapitalExpenditure implements RowTable<FundExpenditureRow, FundExpenditureColumn> {

    /** Only the generated {@code ImmutableStateCapitalExpenditure} extends this type. */
    StateCapitalExpenditure() {
    }

    /**
     * Which table this is: {@link TableKind#STATE_CAPITAL_EXPENDITURE}.
     *
     * @return {@link TableKind#STATE_CAPITAL_EXPENDITURE}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.STATE_CAPITAL_EXPENDITURE;
    }

    /**
     * The body rows in document order: functional 类, 款 and 项 rows as printed, without the totals row.
     *
     * @return the rows; immutable, never null
     */
    @Override
    public abstract List<FundExpenditureRow> getRows();

    /**
     * The printed totals row (合计), as printed, which may disagree with the rows.
     *
     * @return the totals row, or empty when the table printed none
     */
    @Override
    public abstract Optional<TotalsRow<FundExpenditureColumn>> getTotals();

    /**
     * The enum of the table's amount columns.
     *
     * @return {@code FundExpenditureColumn.class}
     */
    @Override
    public final Class<FundExpenditureColumn> columnType() {
        return FundExpenditureColumn.class;
    }

    /**
     * A new builder. The unit is required; rows, totals row and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableStateCapitalExpenditure.Builder builder() {
        return ImmutableStateCapitalExpenditure.builder();
    }
}
