package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.codes.FunctionalCode;

/**
 * A row of 表3 支出总体情况表 or 表5 一般公共预算支出情况表: a functional code (类, 款 or 项), its name as printed, and
 * 合计, 基本支出 and 项目支出.
 */
@Value.Immutable
public abstract class ExpenditureRow implements FunctionalCodedRow<ExpenditureColumn> {

    /** Only the generated {@code ImmutableExpenditureRow} extends this type. */
    ExpenditureRow() {
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
    public abstract Map<ExpenditureColumn, BigDecimal> getAmounts();

    /**
     * The total (合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(ExpenditureColumn.TOTAL);
    }

    /**
     * Basic expenditure (基本支出).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getBasic() {
        return amount(ExpenditureColumn.BASIC);
    }

    /**
     * Project expenditure (项目支出).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getProject() {
        return amount(ExpenditureColumn.PROJECT);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableExpenditureRow.Builder builder() {
        return ImmutableExpenditureRow.builder();
    }
}
