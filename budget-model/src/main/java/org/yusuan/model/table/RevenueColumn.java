package org.yusuan.model.table;

import java.util.List;

/**
 * The amount columns of 表2 收入总体情况表, numbered 1 to 12 in the template: the total, the fiscal
 * appropriations by budget and transfer, the fiscal special account, the unit's own funds and the two carry-overs.
 */
public enum RevenueColumn implements AmountColumn {
    /** 1 总计: the total. */
    TOTAL("总计", "Total", List.of()),
    /** 2 财政拨款（补助）小计: the subtotal of fiscal appropriations (columns 3 to 8). */
    FISCAL_SUBTOTAL("财政拨款（补助）小计", "Fiscal appropriations subtotal", List.of("财政拨款（补助）")),
    /** 3 一般公共预算: the general public budget. */
    GENERAL_PUBLIC_BUDGET("一般公共预算", "General public budget", List.of("财政拨款（补助）")),
    /** 4 上级一般公共预算安排的转移支付: transfers from the general public budget of the level above. */
    GENERAL_PUBLIC_BUDGET_TRANSFER("上级一般公共预算安排的转移支付", "General public budget transfers from above", List.of("财政拨款（补助）")),
    /** 5 政府性基金预算: the government fund budget. */
    GOVERNMENT_FUND_BUDGET("政府性基金预算", "Government fund budget", List.of("财政拨款（补助）")),
    /** 6 上级政府性基金安排的转移支付: transfers from the government funds of the level above. */
    GOVERNMENT_FUND_TRANSFER("上级政府性基金安排的转移支付", "Government fund transfers from above", List.of("财政拨款（补助）")),
    /** 7 国有资本经营预算: the state capital operation budget. */
    STATE_CAPITAL_OPERATION_BUDGET("国有资本经营预算", "State capital operation budget", List.of("财政拨款（补助）")),
    /** 8 上级国有资本经营预算安排的转移支付: transfers from the state capital operation budget of the level above. */
    STATE_CAPITAL_OPERATION_TRANSFER("上级国有资本经营预算安排的转移支付", "State capital operation transfers from above", List.of("财政拨款（补助）")),
    /** 9 财政专户（教育收费）: funds allotted from the fiscal special account (education fees). */
    FISCAL_SPECIAL_ACCOUNT("财政专户（教育收费）", "Fiscal special account (education fees)", List.of()),
    /** 10 单位资金: the unit's own funds. */
    UNIT_FUNDS("单位资金", "Unit funds", List.of()),
    /** 11 财政拨款结转: fiscal appropriations carried over from the prior year. */
    FISCAL_CARRYOVER("财政拨款结转", "Fiscal appropriation carry-over", List.of()),
    /** 12 非财政拨款结转结余: non-fiscal funds carried over or left over from the prior year. */
    NON_FISCAL_CARRYOVER("非财政拨款结转结余", "Non-fiscal carry-over and balance", List.of());

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    RevenueColumn(String label, String englishLabel, List<String> headerGroups) {
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
