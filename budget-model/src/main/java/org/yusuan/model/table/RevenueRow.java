package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.codes.FunctionalCode;

/**
 * A row of 表2 收入总体情况表: a functional code (类, 款 or 项), its name as printed and the income in each of the
 * twelve columns.
 */
@Value.Immutable
public abstract class RevenueRow implements FunctionalCodedRow<RevenueColumn> {

    /** Only the generated {@code ImmutableRevenueRow} extends this type. */
    RevenueRow() {
    }

    /**
     * The functional code printed on the row (功能分类科目编码).
     *
     * @return the code, or empty for a row printed without one
     */
    @Override
    public abstract Optional<FunctionalCode> getCode();

    /**
     * The functional classification name (功能分类科目名称), exactly as printed.
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
    public abstract Map<RevenueColumn, BigDecimal> getAmounts();

    /**
     * The total (总计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(RevenueColumn.TOTAL);
    }

    /**
     * The fiscal appropriations subtotal (财政拨款（补助）小计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getFiscalSubtotal() {
        return amount(RevenueColumn.FISCAL_SUBTOTAL);
    }

    /**
     * The general public budget (一般公共预算).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getGeneralPublicBudget() {
        return amount(RevenueColumn.GENERAL_PUBLIC_BUDGET);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableRevenueRow.Builder builder() {
        return ImmutableRevenueRow.builder();
    }
}
