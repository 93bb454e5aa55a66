package org.yusuan.model.table;

import java.util.List;

/**
 * The amount column of the income side of 表4 财政拨款收支预算总体情况表: 合计.
 */
public enum FiscalIncomeColumn implements AmountColumn {
    /** 合计: the amount of the income item. */
    TOTAL("合计", "Total", List.of());

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    FiscalIncomeColumn(String label, String englishLabel, List<String> headerGroups) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.headerGroups = headerGroups;
    }

    /**
     * The column's official Chinese header.
     *
     * @return the label, never null
     */
    @Override
    public String label() {
        return label;
    }

    /**
     * The column's English name.
     *
     * @return the label, never null
     */
    @Override
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * The headers spanning this column in the template, outermost first.
     *
     * @return the spanning headers, empty when none; immutable, never null
     */
    @Override
    public List<String> headerGroups() {
        return headerGroups;
    }
}
