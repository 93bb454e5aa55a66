package org.yusuan.model.table;

import java.util.List;

/**
 * The amount columns of 表10 财政拨款“三公”经费支出情况表, numbered 1 to 4 in the template: 合计
 * and the three sources of funds (资金来源).
 */
public enum ThreePublicExpenseColumn implements AmountColumn {
    /** 1 合计: the total. */
    TOTAL("合计", "Total", List.of()),
    /** 2 一般公共预算 under 资金来源: paid from the general public budget. */
    GENERAL_PUBLIC_BUDGET("一般公共预算", "Source: general public budget", List.of("资金来源")),
    /** 3 政府性基金 under 资金来源: paid from government funds. */
    GOVERNMENT_FUND("政府性基金", "Source: government funds", List.of("资金来源")),
    /** 4 国有资本经营预算 under 资金来源: paid from the state capital operation budget. */
    STATE_CAPITAL_OPERATION_BUDGET("国有资本经营预算", "Source: state capital operation budget", List.of("资金来源"));

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    ThreePublicExpenseColumn(String label, String englishLabel, List<String> headerGroups) {
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
