package org.yusuan.model.table;

import java.util.Objects;
import java.util.Optional;

/**
 * The standard income items of 表4 财政拨款收支预算总体情况表 (财政拨款收入), in template order: the current
 * year's fiscal appropriations by budget and, where a document prints them, the prior year's carried-over ones.
 */
public enum FiscalIncomeItem {
    /** 一、财政拨款（补助）: the current year's fiscal appropriations. */
    FISCAL_APPROPRIATION("财政拨款（补助）", "Fiscal appropriations", null),
    /** 一般公共预算: from the general public budget. */
    GENERAL_PUBLIC_BUDGET("一般公共预算", "General public budget", FISCAL_APPROPRIATION),
    /** 政府性基金预算: from the government fund budget. */
    GOVERNMENT_FUND_BUDGET("政府性基金预算", "Government fund budget", FISCAL_APPROPRIATION),
    /** 国有资本经营预算: from the state capital operation budget. */
    STATE_CAPITAL_OPERATION_BUDGET("国有资本经营预算", "State capital operation budget", FISCAL_APPROPRIATION),
    /** 二、上年结转: fiscal appropriations carried over from the prior year. */
    PRIOR_YEAR_CARRYOVER("上年结转", "Prior-year carry-over", null),
    /** 一般公共预算 under 上年结转: carried over from the general public budget. */
    CARRYOVER_GENERAL_PUBLIC_BUDGET("一般公共预算", "Carried-over general public budget", PRIOR_YEAR_CARRYOVER),
    /** 政府性基金预算 under 上年结转: carried over from the government fund budget. */
    CARRYOVER_GOVERNMENT_FUND_BUDGET("政府性基金预算", "Carried-over government fund budget", PRIOR_YEAR_CARRYOVER),
    /** 国有资本经营预算 under 上年结转: carried over from the state capital operation budget. */
    CARRYOVER_STATE_CAPITAL_OPERATION_BUDGET("国有资本经营预算", "Carried-over state capital operation budget",
            PRIOR_YEAR_CARRYOVER);

    private final String label;
    private final String englishLabel;
    private final FiscalIncomeItem parent;

    FiscalIncomeItem(String label, String englishLabel, FiscalIncomeItem parent) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.parent = parent;
    }

    /**
     * The item's official Chinese name, without the outline numbering (一、, 二、) that prints before it. Names repeat
     * under different parents (一般公共预算 under 财政拨款（补助） and under 上年结转): tell them apart by {@link
     * #parent()}.
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
    public Optional<FiscalIncomeItem> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Whether this item is part of another one, directly or not.
     *
     * @param ancestor another item, not null
     * @return true when ancestor is this item's parent, or its parent's parent
     * @throws NullPointerException if ancestor is null
     */
    public boolean isPartOf(FiscalIncomeItem ancestor) {
        Objects.requireNonNull(ancestor, "ancestor must not be null");
        for (Optional<FiscalIncomeItem> up = parent(); up.isPresent(); up = up.get().parent()) {
            if (up.get() == ancestor) {
                return true;
            }
        }
        return false;
    }
}
