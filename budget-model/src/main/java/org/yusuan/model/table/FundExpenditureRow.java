package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.codes.FunctionalCode;

/**
 * A row of 表8 政府性基金预算支出情况表 or 表9 国有资本经营预算支出情况表: a functional code (类, 款 or 项), its name
 * as printed, and 合计, 基本支出 (人员经费, 公用经费) and 项目支出.
 */
@Value.Immutable
public abstract class FundExpenditureRow implements FunctionalCodedRow<FundExpenditureColumn> {

    /** Only the generated {@code ImmutableFundExpenditureRow} extends this type. */
    FundExpenditureRow() {
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
    public abstract Map<FundExpenditureColumn, BigDecimal> getAmounts();

    /**
     * The total (合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(FundExpenditureColumn.TOTAL);
    }

    /**
     * Basic expenditure, personnel expenses (基本支出 人员经费).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getPersonnel() {
        return amount(FundExpenditureColumn.PERSONNEL);
    }

    /**
     * Basic expenditure, public expenses (基本支出 公用经费).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getPublicExpenses() {
        return amount(FundExpenditureColumn.PUBLIC_EXPENSES);
    }

    /**
     * Project expenditure (项目支出).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getProject() {
        return amount(FundExpenditureColumn.PROJECT);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableFundExpenditureRow.Builder builder() {
        return ImmutableFundExpenditureRow.builder();
    }
}
