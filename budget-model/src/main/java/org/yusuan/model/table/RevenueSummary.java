package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表2 收入总体情况表 (部门/单位收入总体情况表): income by functional code (类, 款, 项) in twelve columns, from
 * 总计 to 非财政拨款结转结余.
 */
@Value.Immutable
public abstract class RevenueSummary implements RowTable<RevenueRow, RevenueColumn> {

    /** Only the generated {@code ImmutableRevenueSummary} extends this type. */
    RevenueSummary() {
    }

    /**
     * Which table this is: {@link TableKind#REVENUE_SUMMARY}.
     *
     * @return {@link TableKind#REVENUE_SUMMARY}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.REVENUE_SUMMARY;
    }

    /**
     * The body rows in document order: functional 类, 款 and 项 rows as printed, without the totals row.
     *
     * @return the rows; immutable, never null
     */
    @Override
    public abstract List<RevenueRow> getRows();

    /**
     * The printed totals row (总计 or 合计), as printed, which may disagree with the rows.
     *
     * @return the totals row, or empty when the table printed none
     */
    @Override
    public abstract Optional<TotalsRow<RevenueColumn>> getTotals();

    /**
     * The enum of the table's amount columns.
     *
     * @return {@code RevenueColumn.class}
     */
    @Override
    public final Class<RevenueColumn> columnType() {
        return RevenueColumn.class;
    }

    /**
     * A new builder. The unit is required; rows, totals row and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableRevenueSummary.Builder builder() {
        return ImmutableRevenueSummary.builder();
    }
}
