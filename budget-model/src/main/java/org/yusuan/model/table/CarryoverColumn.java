package org.yusuan.model.table;

import java.util.List;

/**
 * The amount columns of 表11 上年结转结余情况明细表, numbered 1 to 9 in the template: 总计, then for
 * 财政拨款 and for 非财政拨款 each a 合计, 基本支出 split into 人员经费 and 公用经费, and 项目支出.
 */
public enum CarryoverColumn implements AmountColumn {
    /** 1 总计: the total. */
    TOTAL("总计", "Total", List.of()),
    /** 2 合计 under 财政拨款: fiscal appropriations, total. */
    FISCAL_TOTAL("合计", "Fiscal: total", List.of("财政拨款")),
    /** 3 人员经费 under 财政拨款/基本支出: fiscal appropriations, basic expenditure, personnel expenses. */
    FISCAL_PERSONNEL("人员经费", "Fiscal: basic: personnel expenses", List.of("财政拨款", "基本支出")),
    /** 4 公用经费 under 财政拨款/基本支出: fiscal appropriations, basic expenditure, public expenses. */
    FISCAL_PUBLIC_EXPENSES("公用经费", "Fiscal: basic: public expenses", List.of("财政拨款", "基本支出")),
    /** 5 项目支出 under 财政拨款: fiscal appropriations, project expenditure. */
    FISCAL_PROJECT("项目支出", "Fiscal: project expenditure", List.of("财政拨款")),
    /** 6 合计 under 非财政拨款: non-fiscal funds, total. */
    NON_FISCAL_TOTAL("合计", "Non-fiscal: total", List.of("非财政拨款")),
    /** 7 人员经费 under 非财政拨款/基本支出: non-fiscal funds, basic expenditure, personnel expenses. */
    NON_FISCAL_PERSONNEL("人员经费", "Non-fiscal: basic: personnel expenses", List.of("非财政拨款", "基本支出")),
    /** 8 公用经费 under 非财政拨款/基本支出: non-fiscal funds, basic expenditure, public expenses. */
    NON_FISCAL_PUBLIC_EXPENSES("公用经费", "Non-fiscal: basic: public expenses", List.of("非财政拨款", "基本支出")),
    /** 9 项目支出 under 非财政拨款: non-fiscal funds, project expenditure. */
    NON_FISCAL_PROJECT("项目支出", "Non-fiscal: project expenditure", List.of("非财政拨款"));

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    CarryoverColumn(String label, String englishLabel, List<String> headerGroups) {
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
