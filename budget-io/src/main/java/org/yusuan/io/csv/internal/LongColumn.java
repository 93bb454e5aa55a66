package org.yusuan.io.csv.internal;

/** The columns of the long CSV shape, in file order; the header is each constant's {@link #header()}. */
public enum LongColumn {
    /** The disclosure's 1-based ordinal in the file. */
    DISCLOSURE,
    /** 部门/单位名称. */
    ENTITY,
    /** 部门 or 单位. */
    ENTITY_KIND,
    /** 预算年度. */
    FISCAL_YEAR,
    /** What the line is: disclosure, table, row, amount or field. */
    RECORD,
    /** The table's number, 1 to 11. */
    TABLE_NUMBER,
    /** The table's official label. */
    TABLE_NAME,
    /** The section of 表1/表4. */
    SECTION,
    /** The body row's 1-based position in its section; blank on totals rows. */
    ROW_INDEX,
    /** 明细, 合计, 项目, 科目汇总 or 单位汇总. */
    ROW_KIND,
    /** true on the totals row. */
    IS_TOTAL,
    /** The standard item. */
    ROW_ITEM,
    /** The classification code. */
    ROW_CODE,
    /** The printed name. */
    ROW_NAME,
    /** The project name (表7). */
    PROJECT,
    /** The sub-unit (表7). */
    SUB_UNIT,
    /** The amount column's qualified Chinese label. */
    COLUMN,
    /** The printed amount. */
    AMOUNT,
    /** 元 or 万元. */
    UNIT,
    /** The key of a field record. */
    FIELD,
    /** The value of a field record, or the 为空表 note of a table record. */
    VALUE;

    // Errors and cells name their column by header on every line: computed once, not lower-cased each time.
    private final String header = name().toLowerCase(java.util.Locale.ROOT);

    /**
     * The header name.
     *
     * @return the lower-case name
     */
    public String header() {
        return header;
    }
}
