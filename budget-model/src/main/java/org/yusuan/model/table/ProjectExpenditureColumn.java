package org.yusuan.model.table;

import java.util.Optional;
import org.yusuan.codes.EconomicCode;

/**
 * The amount columns of 表7 一般公共预算项目支出情况表, numbered 1 to 11 in the template: 项目支出合计, then one column per
 * 类 of the 部门预算支出经济分类科目 (301 工资福利支出 to 399 其他支出).
 */
public enum ProjectExpenditureColumn implements AmountColumn {
    /** 1 项目支出合计: the project's total. */
    TOTAL("项目支出合计", "Project total", null),
    /** 2 工资福利支出 (301): wages and welfare. */
    WAGES_AND_WELFARE("工资福利支出", "Wages and welfare", "301"),
    /** 3 商品和服务支出 (302): goods and services; some documents print 商品服务支出. */
    GOODS_AND_SERVICES("商品和服务支出", "Goods and services", "302"),
    /** 4 对个人和家庭的补助 (303): subsidies to individuals and households. */
    HOUSEHOLD_SUBSIDIES("对个人和家庭的补助", "Subsidies to individuals and households", "303"),
    /** 5 债务利息及费用支出 (307): debt interest and fees. */
    DEBT_INTEREST("债务利息及费用支出", "Debt interest and fees", "307"),
    /** 6 资本性支出（基本建设） (309): capital expenditure under capital construction. */
    CAPITAL_CONSTRUCTION("资本性支出（基本建设）", "Capital expenditure (capital construction)", "309"),
    /** 7 资本性支出 (310): other capital expenditure. */
    CAPITAL("资本性支出", "Capital expenditure", "310"),
    /** 8 对企业补助（基本建设） (311): subsidies to enterprises under capital construction. */
    ENTERPRISE_SUBSIDIES_CONSTRUCTION("对企业补助（基本建设）", "Subsidies to enterprises (capital construction)", "311"),
    /** 9 对企业补助 (312): other subsidies to enterprises. */
    ENTERPRISE_SUBSIDIES("对企业补助", "Subsidies to enterprises", "312"),
    /** 10 对社会保障基金补助 (313): subsidies to social security funds. */
    SOCIAL_SECURITY_FUND_SUBSIDIES("对社会保障基金补助", "Subsidies to social security funds", "313"),
    /** 11 其他支出 (399): other expenditure. */
    OTHER("其他支出", "Other expenditure", "399");

    private final String label;
    private final String englishLabel;
    private final String economicCategory;

    ProjectExpenditureColumn(String label, String englishLabel, String economicCategory) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.economicCategory = economicCategory;
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
     * The 类 of the 部门预算支出经济分类科目 this column sums: 302 for 商品和服务支出.
     *
     * @return the economic 类, or empty for {@link #TOTAL}
     */
    public Optional<EconomicCode> economicCategory() {
        return Optional.ofNullable(economicCategory).map(EconomicCode::parse);
    }
}
