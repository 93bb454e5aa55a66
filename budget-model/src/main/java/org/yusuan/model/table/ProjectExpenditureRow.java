package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.codes.FunctionalCode;

/**
 * A row of 表7 一般公共预算项目支出情况表: a project (项目) with its functional code, or one of the summary rows the
 * table prints between projects (a functional 类/款/项 without a project, or a sub-unit's name), and the project
 * total with its split over the economic 类.
 *
 * <p>Rows keep document order. Where the table groups projects under sub-unit rows (下属预算单位, printed as
 * {@code 库尔勒市人民政府办公室 340.00}), the sub-unit row is a {@link ProjectRowKind#SUB_UNIT_SUBTOTAL} row whose name
 * column holds the unit's name, and every row under it names the same unit in {@link #getSubUnit()}.
 */
@Value.Immutable
public abstract class ProjectExpenditureRow implements FunctionalCodedRow<ProjectExpenditureColumn> {

    /** Only the generated {@code ImmutableProjectExpenditureRow} extends this type. */
    ProjectExpenditureRow() {
    }

    /**
     * What the row is: a project or a summary row.
     *
     * @return the kind of row, never null
     */
    public abstract ProjectRowKind getRowKind();

    /**
     * The functional code printed on the row (科目编码).
     *
     * @return the code, or empty for a row printed without one (a sub-unit row)
     */
    @Override
    public abstract Optional<FunctionalCode> getCode();

    /**
     * The text printed in the functional classification name column (功能分类科目名称), exactly as printed: a 类/款/项
     * name, or a sub-unit's name on a sub-unit row.
     *
     * @return the name, or empty when the document printed none
     */
    @Override
    public abstract Optional<String> getName();

    /**
     * The project name (项目名称), exactly as printed.
     *
     * @return the name, or empty on a summary row
     */
    public abstract Optional<String> getProjectName();

    /**
     * The sub-unit (下属预算单位) the row is grouped under, as printed on its sub-unit row; on a sub-unit row, that
     * unit itself.
     *
     * @return the sub-unit's name, or empty when the table does not group rows by sub-unit
     */
    public abstract Optional<String> getSubUnit();

    /**
     * The printed cells of the row, by column; a blank cell has no entry.
     *
     * @return the printed amounts; immutable, never null
     */
    @Override
    public abstract Map<ProjectExpenditureColumn, BigDecimal> getAmounts();

    /**
     * The project total (项目支出合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(ProjectExpenditureColumn.TOTAL);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableProjectExpenditureRow.Builder builder() {
        return ImmutableProjectExpenditureRow.builder();
    }
}
