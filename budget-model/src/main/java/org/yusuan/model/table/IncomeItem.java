package org.yusuan.model.table;

import java.util.Objects;
import java.util.Optional;

/**
 * The standard income items of 表1 收支总体情况表 (收入项目), in template order. A document's income line names
 * one of them, or none when its label is not a standard item.
 */
public enum IncomeItem {
    /** 一、本年收入: current-year income. */
    CURRENT_YEAR_INCOME("本年收入", "Current-year income", null),
    /** 1. 一般公共预算拨款: appropriation from the general public budget. */
    GENERAL_PUBLIC_BUDGET_APPROPRIATION("一般公共预算拨款", "General public budget appropriation", CURRENT_YEAR_INCOME),
    /** 其中：一般财力: of which, general financial resources of this level. */
    GENERAL_FINANCIAL_RESOURCES("一般财力", "General financial resources", GENERAL_PUBLIC_BUDGET_APPROPRIATION),
    /** 上级一般公共预算安排转移支付: of which, transfers from the general public budget of the level above. */
    GENERAL_PUBLIC_BUDGET_TRANSFER("上级一般公共预算安排转移支付", "General public budget transfers from above",
            GENERAL_PUBLIC_BUDGET_APPROPRIATION),
    /** 2. 政府性基金预算拨款: appropriation from the government fund budget. */
    GOVERNMENT_FUND_APPROPRIATION("政府性基金预算拨款", "Government fund budget appropriation", CURRENT_YEAR_INCOME),
    /** 其中：政府性基金收入: of which, government fund revenue of this level. */
    GOVERNMENT_FUND_REVENUE("政府性基金收入", "Government fund revenue", GOVERNMENT_FUND_APPROPRIATION),
    /** 上级政府性基金安排转移支付: of which, transfers from the government funds of the level above. */
    GOVERNMENT_FUND_TRANSFER("上级政府性基金安排转移支付", "Government fund transfers from above", GOVERNMENT_FUND_APPROPRIATION),
    /** 3. 国有资本经营预算拨款: appropriation from the state capital operation budget. */
    STATE_CAPITAL_OPERATION_APPROPRIATION("国有资本经营预算拨款", "State capital operation budget appropriation",
            CURRENT_YEAR_INCOME),
    /** 其中：国有资本经营收入: of which, state capital operation revenue of this level. */
    STATE_CAPITAL_OPERATION_REVENUE("国有资本经营收入", "State capital operation revenue",
            STATE_CAPITAL_OPERATION_APPROPRIATION),
    /** 上级国有资本经营预算安排转移支付: of which, transfers from the state capital operation budget of the level above. */
    STATE_CAPITAL_OPERATION_TRANSFER("上级国有资本经营预算安排转移支付", "State capital operation transfers from above",
            STATE_CAPITAL_OPERATION_APPROPRIATION),
    /** 4. 财政专户核拨: allotted from the fiscal special account. */
    FISCAL_SPECIAL_ACCOUNT("财政专户核拨", "Fiscal special account allotment", CURRENT_YEAR_INCOME),
    /** 5. 单位资金: the unit's own funds. */
    UNIT_FUNDS("单位资金", "Unit funds", CURRENT_YEAR_INCOME),
    /** 其中：事业收入: of which, income from public service activities. */
    BUSINESS_INCOME("事业收入", "Public service income", UNIT_FUNDS),
    /** 上级补助收入: of which, subsidies from the superior unit. */
    SUPERIOR_SUBSIDY_INCOME("上级补助收入", "Subsidies from the superior", UNIT_FUNDS),
    /** 附属单位上缴收入: of which, remittances from subordinate units. */
    SUBORDINATE_REMITTANCE_INCOME("附属单位上缴收入", "Remittances from subordinate units", UNIT_FUNDS),
    /** 事业单位经营收入: of which, operating income of public institutions. */
    OPERATING_INCOME("事业单位经营收入", "Operating income of public institutions", UNIT_FUNDS),
    /** 其他收入: of which, other income. */
    OTHER_INCOME("其他收入", "Other income", UNIT_FUNDS),
    /** 二、上年结转结余: carry-over and balance from the prior year. */
    PRIOR_YEAR_CARRYOVER("上年结转结余", "Prior-year carry-over and balance", null),
    /** 1、财政拨款结转: fiscal appropriations carried over. */
    FISCAL_CARRYOVER("财政拨款结转", "Fiscal appropriation carry-over", PRIOR_YEAR_CARRYOVER),
    /** 其中：一般公共预算拨款: of which, from the general public budget. */
    FISCAL_CARRYOVER_GENERAL_PUBLIC_BUDGET("一般公共预算拨款", "Carried-over general public budget appropriation",
            FISCAL_CARRYOVER),
    /** 政府性基金预算拨款: of which, from the government fund budget. */
    FISCAL_CARRYOVER_GOVERNMENT_FUND("政府性基金预算拨款", "Carried-over government fund budget appropriation",
            FISCAL_CARRYOVER),
    /** 国有资本经营预算拨款: of which, from the state capital operation budget. */
    FISCAL_CARRYOVER_STATE_CAPITAL_OPERATION("国有资本经营预算拨款", "Carried-over state capital operation budget appropriation",
            FISCAL_CARRYOVER),
    /** 2、非财政拨款结转结余: non-fiscal funds carried over or left over; some documents print 非财政拨款结余. */
    NON_FISCAL_CARRYOVER("非财政拨款结转结余", "Non-fiscal carry-over and balance", PRIOR_YEAR_CARRYOVER),
    /** 其中：财政专户核拨: of which, from the fiscal special account. */
    NON_FISCAL_CARRYOVER_SPECIAL_ACCOUNT("财政专户核拨", "Carried-over fiscal special account allotment",
            NON_FISCAL_CARRYOVER),
    /** 单位资金: of which, the unit's own funds. */
    NON_FISCAL_CARRYOVER_UNIT_FUNDS("单位资金", "Carried-over unit funds", NON_FISCAL_CARRYOVER);

    private final String label;
    private final String englishLabel;
    private final IncomeItem parent;

    IncomeItem(String label, String englishLabel, IncomeItem parent) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.parent = parent;
    }

    /**
     * The item's official Chinese name, without the outline numbering (一、, 1.) or the 其中： that print before it.
     * Names repeat under different parents (一般公共预算拨款 under 本年收入 and under 财政拨款结转): tell them
     * apart by {@link #parent()}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The item's English name.
     *
     * @return the name, never null
     */
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * The item this one is part of (其中 lines belong to the line above them).
     *
     * @return the parent item, or empty for a top-level item
     */
    public Optional<IncomeItem> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Whether this item is part of another one, directly or not.
     *
     * @param ancestor another item, not null
     * @return true when ancestor is this item's parent, or its parent's parent
     * @throws NullPointerException if ancestor is null
     */
    public boolean isPartOf(IncomeItem ancestor) {
        Objects.requireNonNull(ancestor, "ancestor must not be null");
        for (Optional<IncomeItem> up = parent(); up.isPresent(); up = up.get().parent()) {
            if (up.get() == ancestor) {
                return true;
            }
        }
        return false;
    }
}
