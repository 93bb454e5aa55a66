package org.yusuan.model.table;

import java.util.List;

/**
 * The amount column of 表1 收支总体情况表: both its income and its expenditure side print one column,
 * 预算数 (the budgeted amount).
 */
public enum SummaryColumn implements AmountColumn {
    /** 预算数: the budgeted amount. */
    BUDGET("预算数", "Budgeted amount", List.of());

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    SummaryColumn(String label, String englishLabel, List<String> headerGroups) {
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
