package org.yusuan.model.table;

import java.util.List;

/**
 * The amount columns of 表3 支出总体情况表 and 表5 一般公共预算支出情况表, numbered 1 to 3 in the
 * template: 合计, 基本支出, 项目支出.
 */
public enum ExpenditureColumn implements AmountColumn {
    /** 1 合计: the total. */
    TOTAL("合计", "Total", List.of()),
    /** 2 基本支出: basic expenditure (personnel and public expenses). */
    BASIC("基本支出", "Basic expenditure", List.of()),
    /** 3 项目支出: project expenditure. */
    PROJECT("项目支出", "Project expenditure", List.of());

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    ExpenditureColumn(String label, String englishLabel, List<String> headerGroups) {
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
