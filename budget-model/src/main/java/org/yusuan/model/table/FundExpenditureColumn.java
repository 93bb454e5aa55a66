package org.yusuan.model.table;

import java.util.List;

/**
 * The amount columns of 表8 政府性基金预算支出情况表 and 表9 国有资本经营预算支出情况表, numbered 1 to 4
 * in the template: 合计, 基本支出 split into 人员经费 and 公用经费, 项目支出. The template has no column for
 * 基本支出 itself.
 */
public enum FundExpenditureColumn implements AmountColumn {
    /** 1 合计: the total. */
    TOTAL("合计", "Total", List.of()),
    /** 2 人员经费 under 基本支出: basic expenditure, personnel expenses. */
    PERSONNEL("人员经费", "Basic: personnel expenses", List.of("基本支出")),
    /** 3 公用经费 under 基本支出: basic expenditure, public expenses. */
    PUBLIC_EXPENSES("公用经费", "Basic: public expenses", List.of("基本支出")),
    /** 4 项目支出: project expenditure. */
    PROJECT("项目支出", "Project expenditure", List.of());

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    FundExpenditureColumn(String label, String englishLabel, List<String> headerGroups) {
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
