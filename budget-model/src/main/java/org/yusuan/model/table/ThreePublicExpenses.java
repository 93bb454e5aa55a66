package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表10 财政拨款“三公”经费支出情况表: the "three public expenses" paid from fiscal appropriations (因公出国（境）费,
 * 公务接待费, 公务用车购置及运行费), as 合计 and by source of funds (资金来源).
 */
@Value.Immutable
public abstract class ThreePublicExpenses implements RowTable<ThreePublicExpenseRow, ThreePublicExpenseColumn> {

    /** Only the generated {@code ImmutableThreePublicExpenses} extends this type. */
    ThreePublicExpenses() {
    }

    /**
     * Which table this is: {@link TableKind#THREE_PUBLIC_EXPENSES}.
     *
     * @return {@link TableKind#THREE_PUBLIC_EXPENSES}
     */
    @Override
    public final TableKind getKind() {
        return TableKind.THREE_PUBLIC_EXPENSES;
    }

    /**
     * The body rows in document order, without the 合计 row: 因公出国（境）费, 公务接待费, 公务用车购置及运行费 and its two
     * 其中 lines.
     *
     * @return the rows; immutable, never null
     */
    @Override
    public abstract List<ThreePublicExpenseRow> getRows();

    /**
     * The printed 合计 row (the first row of the template), as printed, which may disagree with the rows.
     *
     * @return the totals row, or empty when the table printed none
     */
    @Override
    public abstract Optional<TotalsRow<ThreePublicExpenseColumn>> getTotals();

    /**
     * The enum of the table's amount columns.
     *
     * @return {@code ThreePublicExpenseColumn.class}
     */
    @Override
    public final Class<ThreePublicExpenseColumn> columnType() {
        return ThreePublicExpenseColumn.class;
    }

    /**
     * A new builder. The unit is required; rows, totals row and empty note are optional.
     *
     * @return a builder, never null
     */
    public static ImmutableThreePublicExpenses.Builder builder() {
        return ImmutableThreePublicExpenses.builder();
    }
}
