package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.EconomicCode;

/**
 * A row of 表6 一般公共预算基本支出情况表: a code of the 部门预算支出经济分类科目 (类 or 款), its name as printed, and
 * 合计, 人员经费 and 公用经费. The code is an {@link EconomicCode} by type: a functional code cannot be put here.
 */
@Value.Immutable
public abstract class BasicExpenditureRow implements TableRow<BasicExpenditureColumn> {

    /** Only the generated {@code ImmutableBasicExpenditureRow} extends this type. */
    BasicExpenditureRow() {
    }

    /**
     * The economic code printed on the row (经济分类科目编码): 301 or 30101.
     *
     * @return the code, or empty for a row printed without one
     */
    public abstract Optional<EconomicCode> getCode();

    /**
     * The economic classification name (经济分类科目名称), exactly as printed.
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
    public abstract Map<BasicExpenditureColumn, BigDecimal> getAmounts();

    /**
     * The economic code as a generic classification code.
     *
     * @return the same as {@link #getCode()}, the same instance (an {@code Optional} is immutable, so viewing it as
     *     an optional of the supertype is safe)
     */
    @Override
    @SuppressWarnings("unchecked")
    public Optional<ClassificationCode<?>> classificationCode() {
        return (Optional<ClassificationCode<?>>) (Optional<?>) getCode();
    }

    /**
     * The total (合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(BasicExpenditureColumn.TOTAL);
    }

    /**
     * Personnel expenses (人员经费).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getPersonnel() {
        return amount(BasicExpenditureColumn.PERSONNEL);
    }

    /**
     * Public expenses (公用经费).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getPublicExpenses() {
        return amount(BasicExpenditureColumn.PUBLIC_EXPENSES);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableBasicExpenditureRow.Builder builder() {
        return ImmutableBasicExpenditureRow.builder();
    }
}
