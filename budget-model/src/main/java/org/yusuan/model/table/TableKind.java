package org.yusuan.model.table;

import java.util.Objects;

/**
 * The eleven tables of a budget disclosure (预算公开表), in the order and with the numbers of the national template:
 * 表1 收支总体情况表 to 表11 上年结转结余情况明细表.
 *
 * <p>{@link #label()} is the table's official name without the 部门/单位 prefix that 表1–表3 carry in print
 * (部门收支总体情况表, 单位收支总体情况表); {@code EntityKind.tableTitle(TableKind)} in {@code org.yusuan.model} adds it.
 */
public enum TableKind {
    /** 表1 收支总体情况表: every income item and expenditure by functional 类. */
    REVENUE_EXPENDITURE_SUMMARY(1, "收支总体情况表", "Revenue and expenditure summary",
            RevenueExpenditureSummary.class),
    /** 表2 收入总体情况表: income by functional code and source of funds. */
    REVENUE_SUMMARY(2, "收入总体情况表", "Revenue summary", RevenueSummary.class),
    /** 表3 支出总体情况表: expenditure by functional code, basic and project. */
    EXPENDITURE_SUMMARY(3, "支出总体情况表", "Expenditure summary", ExpenditureSummary.class),
    /** 表4 财政拨款收支预算总体情况表: fiscal appropriations received and spent by functional 类. */
    FISCAL_APPROPRIATION_SUMMARY(4, "财政拨款收支预算总体情况表",
            "Fiscal appropriation revenue and expenditure summary", FiscalAppropriationSummary.class),
    /** 表5 一般公共预算支出情况表: general public budget expenditure by functional code, basic and project. */
    GENERAL_BUDGET_EXPENDITURE(5, "一般公共预算支出情况表", "General public budget expenditure",
            GeneralBudgetExpenditure.class),
    /** 表6 一般公共预算基本支出情况表: general public budget basic expenditure by economic code. */
    GENERAL_BUDGET_BASIC_EXPENDITURE(6, "一般公共预算基本支出情况表", "General public budget basic expenditure",
            GeneralBudgetBasicExpenditure.class),
    /** 表7 一般公共预算项目支出情况表: general public budget projects by functional code and economic 类. */
    GENERAL_BUDGET_PROJECT_EXPENDITURE(7, "一般公共预算项目支出情况表", "General public budget project expenditure",
            GeneralBudgetProjectExpenditure.class),
    /** 表8 政府性基金预算支出情况表: government fund budget expenditure by functional code. */
    GOVERNMENT_FUND_EXPENDITURE(8, "政府性基金预算支出情况表", "Government fund budget expenditure",
            GovernmentFundExpenditure.class),
    /** 表9 国有资本经营预算支出情况表: state capital operation budget expenditure by functional code. */
    STATE_CAPITAL_EXPENDITURE(9, "国有资本经营预算支出情况表", "State capital operation budget expenditure",
            StateCapitalExpenditure.class),
    /** 表10 财政拨款“三公”经费支出情况表: the "three public expenses" paid from fiscal appropriations. */
    THREE_PUBLIC_EXPENSES(10, "财政拨款“三公”经费支出情况表", "Fiscal appropriation \"three public expenses\"",
            ThreePublicExpenses.class),
    /** 表11 上年结转结余情况明细表: the prior year's carry-over and balance, in detail. */
    CARRYOVER_DETAIL(11, "上年结转结余情况明细表", "Prior-year carry-over and balance details",
            CarryoverDetail.class);

    private final int number;
    private final String label;
    private final String englishName;
    private final Class<? extends BudgetTable> tableType;

    TableKind(int number, String label, String englishName, Class<? extends BudgetTable> tableType) {
        this.number = number;
        this.label = label;
        this.englishName = englishName;
        this.tableType = tableType;
    }

    /**
     * The table's number in the template: 1 for 表1.
     *
     * @return 1 to 11
     */
    public int number() {
        return number;
    }

    /**
     * The official Chinese name of the table, without the 部门/单位 prefix: {@code 一般公共预算基本支出情况表}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The English name of the table: {@code General public budget basic expenditure}.
     *
     * @return the name, never null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * The model type that represents this table: {@code GeneralBudgetBasicExpenditure.class} for 表6.
     *
     * @return the abstract value type, never null
     */
    public Class<? extends BudgetTable> tableType() {
        return tableType;
    }

    /**
     * Whether the table's printed title carries the 部门/单位 prefix of the disclosing entity: true for 表1–表3
     * (部门收支总体情况表, 单位收入总体情况表).
     *
     * @return true for 表1, 表2 and 表3
     */
    public boolean isTitledByEntity() {
        return number <= 3;
    }

    /**
     * The table with the given template number.
     *
     * @param number 1 to 11
     * @return the kind, never null
     * @throws IllegalArgumentException if no table has that number
     */
    public static TableKind ofNumber(int number) {
        for (TableKind kind : values()) {
            if (kind.number == number) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no disclosure table has number " + number + " (expected 1 to 11)");
    }

    /**
     * The table whose official label is the given text, with or without the 部门/单位 prefix and white space:
     * {@code 部门收支总体情况表} and {@code 收 支 总 体 情 况 表} both give {@link #REVENUE_EXPENDITURE_SUMMARY}.
     *
     * @param printedTitle a printed table title, not null
     * @return the kind, never null
     * @throws IllegalArgumentException if the title names none of the eleven tables
     * @throws NullPointerException if printedTitle is null
     */
    public static TableKind ofLabel(String printedTitle) {
        Objects.requireNonNull(printedTitle, "printed title must not be null");
        String folded = fold(printedTitle);
        if (folded.startsWith("部门") || folded.startsWith("单位")) {
            folded = folded.substring(2);
        }
        for (TableKind kind : values()) {
            if (fold(kind.label).equals(folded)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("\"" + printedTitle + "\" names none of the eleven disclosure tables");
    }

    /** Drops white space and quotation marks, which documents print in many forms (“三公”, "三公", 三公). */
    private static String fold(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000\"“”]", "");
    }
}
