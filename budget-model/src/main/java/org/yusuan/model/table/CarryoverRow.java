package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.codes.FunctionalCode;

/**
 * A row of 表11 上年结转结余情况明细表: a project or a functional code with its name as printed, and the prior year's
 * carry-over and balance by fiscal and non-fiscal funds.
 */
@Value.Immutable
public abstract class CarryoverRow implements FunctionalCodedRow<CarryoverColumn> {

    /** Only the generated {@code ImmutableCarryoverRow} extends this type. */
    CarryoverRow() {
    }

    /**
     * The functional code printed on the row (功能分类科目编码).
     *
     * @return the code, or empty for a row printed without one
     */
    @Override
    public abstract Optional<FunctionalCode> getCode();

    /**
     * The project name (项目名称) or functional classification name, exactly as printed.
     *
     * @return the name, or empty when the document printed none
     */
    @Override
    public abstract Optional<String> getName();

    /**
     * The printed cells of the row, by column; a blank cell has no entry.
     *
     * @return the printed amounts; immutable, never null
     */
    @Override
    public abstract Map<CarryoverColumn, BigDecimal> getAmounts();

    /**
     * The total (总计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(CarryoverColumn.TOTAL);
    }

    /**
     * Fiscal appropriations, total (财政拨款 合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getFiscalTotal() {
        return amount(CarryoverColumn.FISCAL_TOTAL);
    }

    /**
     * Non-fiscal funds, total (非财政拨款 合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getNonFiscalTotal() {
        return amount(CarryoverColumn.NON_FISCAL_TOTAL);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableCarryoverRow.Builder builder() {
        return ImmutableCarryoverRow.builder();
    }
}
