package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表6 一般公共预算基本支出情况表: general public budget basic expenditure by economic code (部门预算支出经济分类
 * 类 and 款), as 合计, 人员经费 and 公用经费.
 */
@Value.Immutable
public abstract class GeneralBudgetBasicExpenditure implements RowTable<BasicExpenditureRow, BasicExpenditureColumn> {

    /** Only the generated {@code ImmutableGeneralBudgetBasicExpenditure} extends this type. */
    GeneralBudgetBasicExpenditure() {
    }

    /**
     * Which table this is: {@link TableKind#GENERAL_BUDGET_BASIC_EXPENDITURE}.
     *
     * @return {@link TableKind#GENERAL_BUDGET_BASIC_EXPENDITURE}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE;
    }

    /**
     * The body rows in document order: economic 类 and 款 rows as printed, without the totals row.
     *
     * @return the rows; immutable, never null
     */
    @Override
    public abstract List<BasicExpenditureRow> getRows();

    /**
     * The printed totals row (总计 or 合计), as printed, which may disagree with the rows.
     *
     * @return the totals row, or empty when the table printed none
     */
    @Override
    public abstract Optional<TotalsRow<BasicExpenditureColumn>> getTotals();

    /**
     * The enum of the table's amount columns.
     *
     * @return {@code BasicExpenditureColumn.class}
     */
    @Override
    public final Class<BasicExpenditureColumn> columnType() {
        return BasicExpenditureColumn.class;
    }

    /**
     * A new builder. The unit is required; rows, totals row and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableGeneralBudgetBasicExpenditure.Builder builder() {
        return ImmutableGeneralBudgetBasicExpenditure.builder();
    }
}
