package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表3 支出总体情况表 (部门/单位支出总体情况表): expenditure by functional code (类, 款, 项), as 合计, 基本支出 and
 * 项目支出.
 */
@Value.Immutable
public abstract class ExpenditureSummary implements RowTable<ExpenditureRow, ExpenditureColumn> {

    /** Only the generated {@code ImmutableExpenditureSummary} extends this type. */
    ExpenditureSummary() {
    }

    /**
     * Which table this is: {@link TableKind#EXPENDITURE_SUMMARY}.
     *
     * @return {@link TableKind#EXPENDITURE_SUMMARY}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.EXPENDITURE_SUMMARY;
    }

    /**
     * The body rows in document order: functional 类, 款 and 项 rows as printed, without the totals row.
     *
     * @return the rows; immutable, never null
     */
    @Override
    public abstract List<ExpenditureRow> getRows();

    /**
     * The printed totals row (总计 or 合计), as printed, which may disagree with the rows.
     *
     * @return the totals row, or empty when the table printed none
     */
    @Override
    public abstract Optional<TotalsRow<ExpenditureColumn>> getTotals();

    /**
     * The enum of the table's amount columns.
     *
     * @return {@code ExpenditureColumn.class}
     */
    @Override
    public final Class<ExpenditureColumn> columnType() {
        return ExpenditureColumn.class;
    }

    /**
     * A new builder. The unit is required; rows, totals row and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableExpenditureSummary.Builder builder() {
        return ImmutableExpenditureSummary.builder();
    }
}
