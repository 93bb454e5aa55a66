package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表5 一般公共预算支出情况表: general public budget expenditure by functional code (类, 款, 项), as 合计, 基本支出
 * and 项目支出.
 */
@Value.Immutable
public abstract class GeneralBudgetExpenditure implements RowTable<ExpenditureRow, ExpenditureColumn> {

    /** Only the generated {@code ImmutableGeneralBudgetExpenditure} extends this type. */
    GeneralBudgetExpenditure() {
    }

    /**
     * Which table this is: {@link TableKind#GENERAL_BUDGET_EXPENDITURE}.
     *
     * @return {@link TableKind#GENERAL_BUDGET_EXPENDITURE}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.GENERAL_BUDGET_EXPENDITURE;
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
    public static ImmutableGeneralBudgetExpenditure.Builder builder() {
        return ImmutableGeneralBudgetExpenditure.builder();
    }
}
