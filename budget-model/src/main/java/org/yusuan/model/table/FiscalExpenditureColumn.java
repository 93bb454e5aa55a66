package org.yusuan.model.table;

import java.util.List;

/**
 * The amount columns of the expenditure side of 表4 财政拨款收支预算总体情况表: 合计 and the three
 * budgets that make fiscal appropriations.
 */
public enum FiscalExpenditureColumn implements AmountColumn {
    /** 合计: the total. */
    TOTAL("合计", "Total", List.of()),
    /** 一般公共预算: from the general public budget. */
    GENERAL_PUBLIC_BUDGET("一般公共预算", "General public budget", List.of()),
    /** 政府性基金预算: from the government fund budget. */
    GOVERNMENT_FUND_BUDGET("政府性基金预算", "Government fund budget", List.of()),
    /** 国有资本经营预算: from the state capital operation budget. */
    STATE_CAPITAL_OPERATION_BUDGET("国有资本经营预算", "State capital operation budget", List.of());

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    FiscalExpenditureColumn(String label, String englishLabel, List<String> headerGroups) {
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
