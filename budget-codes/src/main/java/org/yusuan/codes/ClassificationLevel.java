package org.yusuan.codes;

/**
 * The level of a classification code in its hierarchy: 类, 款 or 项.
 *
 * <p>A 类 code has 3 digits, a 款 code 5 (its 类 and two more digits), a 项 code 7 (its 款 and two more).
 * The 部门预算支出经济分类科目 has only 类 and 款.
 */
public enum ClassificationLevel {
    /** 类: the top level, 3 digits (201 一般公共服务支出, 301 工资福利支出). */
    CATEGORY("类", 3),
    /** 款: the second level, 5 digits (20103 政府办公厅（室）及相关机构事务, 30101 基本工资). */
    SECTION("款", 5),
    /** 项: the third level, 7 digits (2010301 行政运行); functional codes only. */
    ITEM("项", 7);

    private final String label;
    private final int digits;

    ClassificationLevel(String label, int digits) {
        this.label = label;
        this.digits = digits;
    }

    /**
     * The official Chinese name of the level.
     *
     * @return 类, 款 or 项, never null
     */
    public String label() {
        return label;
    }

    /**
     * How many digits a code of this level has.
     *
     * @return 3, 5 or 7
     */
    public int digits() {
        return digits;
    }

    /**
     * The level of a code with the given number of digits.
     *
     * @param digits the length of a canonical code
     * @return the level
     * @throws IllegalArgumentException if no level has that many digits
     */
    public static ClassificationLevel ofDigits(int digits) {
        for (ClassificationLevel level : values()) {
            if (level.digits == digits) {
                return level;
            }
        }
        throw new IllegalArgumentException("no classification level has " + digits + " digits (类 3, 款 5, 项 7)");
    }
}
