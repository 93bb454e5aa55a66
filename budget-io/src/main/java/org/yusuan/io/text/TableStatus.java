package org.yusuan.io.text;

/**
 * What the importer found of one of the eleven tables (预算公开表) in a disclosure text.
 */
public enum TableStatus {
    /** The table is printed with rows (or at least its heading and header): 已找到. */
    FOUND("已找到"),
    /** The table is printed and declared empty by a note such as {@code …为空表}: 空表. */
    FOUND_EMPTY("空表"),
    /** The text has no such table: 缺失. */
    MISSING("缺失");

    private final String label;

    TableStatus(String label) {
        this.label = label;
    }

    /**
     * The Chinese label used in reports.
     *
     * @return 已找到, 空表 or 缺失; never null
     */
    public String label() {
        return label;
    }
}
