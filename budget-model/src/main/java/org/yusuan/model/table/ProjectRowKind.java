package org.yusuan.model.table;

/**
 * What a row of 表7 一般公共预算项目支出情况表 is: a project, or one of the summary rows the table prints between
 * projects.
 */
public enum ProjectRowKind {
    /** A project (项目): a row with a 项目名称. */
    PROJECT("项目", "Project"),
    /** A functional 类, 款 or 项 row without a project, summing the projects printed under it (科目汇总行). */
    CLASSIFICATION_SUBTOTAL("科目汇总", "Classification subtotal"),
    /**
     * A row naming a sub-unit (下属预算单位) and summing its projects, printed above them as in
     * {@code 库尔勒市人民政府办公室 340.00}.
     */
    SUB_UNIT_SUBTOTAL("单位汇总", "Sub-unit subtotal");

    private final String label;
    private final String englishLabel;

    ProjectRowKind(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    /**
     * The Chinese name of the kind of row.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The English name of the kind of row.
     *
     * @return the label, never null
     */
    public String englishLabel() {
        return englishLabel;
    }
}
