package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表11 上年结转结余情况明细表: the prior year's carry-over and balance by project or functional code, split into fiscal
 * (财政拨款) and non-fiscal (非财政拨款) funds. Often declared empty (为空表).
 */
@Value.Immutable
public abstract class CarryoverDetail implements RowTable<CarryoverRow, CarryoverColumn> {

    /** Only the generated {@code ImmutableCarryoverDetail} extends this type. */
    CarryoverDetail() {
    }

    /**
     * Which table this is: {@link TableKind#CARRYOVER_DETAIL}.
     *
     * @return {@link TableKind#CARRYOVER_DETAIL}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.CARRYOVER_DETAIL;
    }

    /**
     * The body rows in document order, without the totals row.
     *
     * @return the rows; immutable, never null
     */
    @Override
    public abstract List<CarryoverRow> getRows();

    /**
     * The printed totals row (总计 or 合计), as printed, which may disagree with the rows.
     *
     * @return the totals row, or empty when the table printed none
     */
    @Override
    public abstract Optional<TotalsRow<CarryoverColumn>> getTotals();

    /**
     * The enum of the table's amount columns.
     *
     * @return {@code CarryoverColumn.class}
     */
    @Override
    public final Class<CarryoverColumn> columnType() {
        return CarryoverColumn.class;
    }

    /**
     * A new builder. The unit is required; rows, totals row and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableCarryoverDetail.Builder builder() {
        return ImmutableCarryoverDetail.builder();
    }
}
