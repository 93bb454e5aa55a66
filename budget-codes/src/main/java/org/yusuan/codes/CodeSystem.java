package org.yusuan.codes;

/**
 * A classification system (科目体系) of the 政府收支分类科目 whose codes this library models.
 */
public enum CodeSystem {
    /** 支出功能分类科目: what the money is for, 类/款/项, codes beginning with 2. */
    FUNCTIONAL("支出功能分类科目", ClassificationLevel.ITEM, '2', "functional"),
    /** 部门预算支出经济分类科目: what kind of spending it is, 类/款, codes beginning with 3. */
    ECONOMIC("部门预算支出经济分类科目", ClassificationLevel.SECTION, '3', "economic");

    private final String label;
    private final ClassificationLevel deepestLevel;
    private final char firstDigit;
    private final String fileStem;

    CodeSystem(String label, ClassificationLevel deepestLevel, char firstDigit, String fileStem) {
        this.label = label;
        this.deepestLevel = deepestLevel;
        this.firstDigit = firstDigit;
        this.fileStem = fileStem;
    }

    /**
     * The official Chinese name of the system.
     *
     * @return for example 支出功能分类科目, never null
     */
    public String label() {
        return label;
    }

    /**
     * The most detailed level the system has.
     *
     * @return {@link ClassificationLevel#ITEM} (项) for functional codes, {@link ClassificationLevel#SECTION} (款) for
     *     economic codes
     */
    public ClassificationLevel deepestLevel() {
        return deepestLevel;
    }

    /**
     * The digit every code of this system begins with.
     *
     * @return '2' for functional codes, '3' for economic codes
     */
    public char firstDigit() {
        return firstDigit;
    }

    /**
     * The stem of this system's catalog file names, as in {@code org/yusuan/codes/2024/functional.csv}.
     *
     * @return "functional" or "economic", never null
     */
    public String fileStem() {
        return fileStem;
    }
}
