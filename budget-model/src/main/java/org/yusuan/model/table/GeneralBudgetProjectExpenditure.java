package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表7 一般公共预算项目支出情况表: general public budget projects by functional code, as 项目支出合计 and its split over
 * the economic 类.
 *
 * <p>Besides projects, the body keeps the summary rows the table prints (functional 类/款/项 rows without a project and
 * sub-unit rows), each marked by its {@link ProjectRowKind}. Some documents state this table in 元 while their other
 * tables are in 万元: {@link #getUnit()} says which.
 */
@Value.Immutable
public abstract class GeneralBudgetProjectExpenditure
        implements RowTable<ProjectExpenditureRow, ProjectExpenditureColumn> {

    /** Only the generated {@code ImmutableGeneralBudgetProjectExpenditure} extends this type. */
    GeneralBudgetProjectExpenditure() {
    }

    /**
     * Which table this is: {@link TableKind#GENERAL_BUDGET_PROJECT_EXPENDITURE}.
     *
     * @return {@link TableKind#GENERAL_BUDGET_PROJECT_EXPENDITURE}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE;
    }

    /**
     * The body rows in document order: projects, and the functional and sub-unit summary rows printed between them,
     * without the totals row.
     *
     * @return the rows; immutable, never null
     */
    @Override
    public abstract List<ProjectExpenditureRow> getRows();

    /**
     * The printed totals row (总计 or 合计), as printed, which may disagree with the rows.
     *
     * @return the totals row, or empty when the table printed none
     */
    @Override
    public abstract Optional<TotalsRow<ProjectExpenditureColumn>> getTotals();

    /**
     * The enum of the table's amount columns.
     *
     * @return {@code ProjectExpenditureColumn.class}
     */
    @Override
    public final Class<ProjectExpenditureColumn> columnType() {
        return ProjectExpenditureColumn.class;
    }

    /**
     * A new builder. The unit is required; rows, totals row and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableGeneralBudgetProjectExpenditure.Builder builder() {
        return ImmutableGeneralBudgetProjectExpenditure.builder();
    }
}
