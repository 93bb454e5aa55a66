package org.yusuan.validation;

import java.util.List;

/**
 * The ids of the validation rules (校验规则), part of the public contract: findings carry them, and {@link
 * DisclosureValidator.Builder} selects and re-grades rules by them. {@code docs/rules.md} documents each rule with
 * its severity, tolerance and a real example.
 *
 * <p>A rule may have sub-rules, written {@code FAMILY.SUB}: {@link #CROSS_TABLE} has one sub-rule per pair of
 * tables that state the same quantity ({@link #CROSS_TABLE_T1_T3} is {@code CROSS_TABLE.T1_T3}). Wherever a rule id
 * is accepted, a family id stands for all its sub-rules.
 */
public final class Rules {

    /** Bean Validation: a classification code that is not in the catalog of the disclosure's fiscal year. */
    public static final String CODE_UNKNOWN = "CODE_UNKNOWN";
    /** A printed 科目名称 differs from the catalog name of its code after normalization. */
    public static final String CODE_NAME_MISMATCH = "CODE_NAME_MISMATCH";
    /** A coded table's row printed without a readable code; placed by its name where the catalog allows. */
    public static final String CODE_MISSING = "CODE_MISSING";
    /** A row's total column differs from the sum of its component columns. */
    public static final String ROW_SUM = "ROW_SUM";
    /** A 类 or 款 row (or a 表7 sub-unit row) differs from the sum of its children. */
    public static final String HIERARCHY_SUM = "HIERARCHY_SUM";
    /** A table's 合计/总计 row differs from the sum of its top-level rows. */
    public static final String TABLE_TOTAL = "TABLE_TOTAL";
    /** The same classification code printed twice in one table (or one 表7 sub-unit). */
    public static final String ROW_DUPLICATE = "ROW_DUPLICATE";
    /** A row printed before the 类 or 款 it belongs to. */
    public static final String ROW_ORDER = "ROW_ORDER";
    /** A table declared empty (为空表) that still prints amounts. */
    public static final String TABLE_DECLARED_EMPTY = "TABLE_DECLARED_EMPTY";
    /** Bean Validation: a negative amount. */
    public static final String AMOUNT_NEGATIVE = "AMOUNT_NEGATIVE";
    /** 表1: 收入总计 differs from 支出总计. */
    public static final String T1_BALANCE = "T1_BALANCE";
    /** 表1: income lines that do not add up, or a 其中 line larger than its parent. */
    public static final String T1_INCOME_SUM = "T1_INCOME_SUM";
    /** 表4: 收入总计 differs from 支出总计. */
    public static final String T4_BALANCE = "T4_BALANCE";
    /** 表4: income lines that do not add up. */
    public static final String T4_INCOME_SUM = "T4_INCOME_SUM";
    /** One quantity stated in two tables differs; the family of the {@code CROSS_TABLE.*} sub-rules. */
    public static final String CROSS_TABLE = "CROSS_TABLE";
    /** 表1 expenditure by 类 and 支出总计 against 表3. */
    public static final String CROSS_TABLE_T1_T3 = "CROSS_TABLE.T1_T3";
    /** 表2 against 表3, 总计 by code and in total. */
    public static final String CROSS_TABLE_T2_T3 = "CROSS_TABLE.T2_T3";
    /** 表4 财政拨款收入 against 表1's fiscal income lines. */
    public static final String CROSS_TABLE_T4_T1 = "CROSS_TABLE.T4_T1";
    /** 表4 一般公共预算 column by 类 against 表5. */
    public static final String CROSS_TABLE_T4_T5 = "CROSS_TABLE.T4_T5";
    /** 表4 政府性基金预算 column by 类 against 表8. */
    public static final String CROSS_TABLE_T4_T8 = "CROSS_TABLE.T4_T8";
    /** 表4 国有资本经营预算 column by 类 against 表9. */
    public static final String CROSS_TABLE_T4_T9 = "CROSS_TABLE.T4_T9";
    /** 表8 total against 表1 政府性基金 income (current year and carry-over). */
    public static final String CROSS_TABLE_T1_T8 = "CROSS_TABLE.T1_T8";
    /** 表9 total against 表1 国有资本经营 income (current year and carry-over). */
    public static final String CROSS_TABLE_T1_T9 = "CROSS_TABLE.T1_T9";
    /** 表5 基本支出 total against 表6 total. */
    public static final String CROSS_TABLE_T5_T6 = "CROSS_TABLE.T5_T6";
    /** 表5 项目支出 (total and per 项) against 表7. */
    public static final String CROSS_TABLE_T5_T7 = "CROSS_TABLE.T5_T7";
    /** 表11 total against 表1 上年结转结余. */
    public static final String CROSS_TABLE_T11_T1 = "CROSS_TABLE.T11_T1";
    /** 表10 公务接待费 and 公务用车运行费 against 表6 30217 and 30231 (may legitimately differ). */
    public static final String CROSS_TABLE_T10_T6 = "CROSS_TABLE.T10_T6";
    /** 表10: 合计 differs from 出国 + 接待 + 车辆, or 车辆 from 购置 + 运行, per source of funds. */
    public static final String THREE_PUBLIC_SUM = "THREE_PUBLIC_SUM";
    /** An amount misplaced by a power of ten, or with more decimals than the unit allows. */
    public static final String UNIT_SUSPECT = "UNIT_SUSPECT";
    /** Performance indicator weights that do not add up to an expected total (90 or 100 by default). */
    public static final String PERF_WEIGHTS = "PERF_WEIGHTS";
    /** A project performance sheet without a matching 表7 project, or with a different amount. */
    public static final String PERF_PROJECT_MATCH = "PERF_PROJECT_MATCH";
    /** A performance sheet's 年度预算总额 differs from the sum of its sources. */
    public static final String PERF_FUNDS_SUM = "PERF_FUNDS_SUM";
    /** A quantitative indicator whose target has no comparator or number. */
    public static final String PERF_TARGET_UNPARSED = "PERF_TARGET_UNPARSED";
    /** A 成本指标 whose target is not an amount of money. */
    public static final String PERF_COST_UNIT = "PERF_COST_UNIT";
    /** 其他重要事项 预算绩效情况: counts and amounts against the sheets and 表1/表7. */
    public static final String PERF_SUMMARY = "PERF_SUMMARY";
    /** 其他重要事项 政府采购: 货物 + 工程 + 服务 against the total, 小微 against 中小. */
    public static final String PROCUREMENT_SUM = "PROCUREMENT_SUM";
    /** An amount stated in the narrative differs from the tables. */
    public static final String NARRATIVE_AMOUNT = "NARRATIVE_AMOUNT";
    /** A percentage stated in the narrative (占 X%, 增长/下降 Y%) that its amounts do not give. */
    public static final String NARRATIVE_PERCENT = "NARRATIVE_PERCENT";
    /** A year in the narrative that does not fit the fiscal year. */
    public static final String NARRATIVE_YEAR = "NARRATIVE_YEAR";
    /** Bean Validation: any other constraint on the model (a blank entity name). */
    public static final String FIELD_INVALID = "FIELD_INVALID";

    /** Every rule id and family, in report order. */
    public static final List<String> ALL = List.of(
            FIELD_INVALID, CODE_UNKNOWN, CODE_MISSING, CODE_NAME_MISMATCH, AMOUNT_NEGATIVE, UNIT_SUSPECT,
            TABLE_DECLARED_EMPTY, ROW_DUPLICATE, ROW_ORDER, ROW_SUM, HIERARCHY_SUM, TABLE_TOTAL,
            T1_BALANCE, T1_INCOME_SUM, T4_BALANCE, T4_INCOME_SUM, THREE_PUBLIC_SUM,
            CROSS_TABLE_T1_T3, CROSS_TABLE_T2_T3, CROSS_TABLE_T4_T1, CROSS_TABLE_T4_T5, CROSS_TABLE_T4_T8,
            CROSS_TABLE_T4_T9, CROSS_TABLE_T1_T8, CROSS_TABLE_T1_T9, CROSS_TABLE_T5_T6, CROSS_TABLE_T5_T7,
            CROSS_TABLE_T11_T1, CROSS_TABLE_T10_T6,
            PERF_WEIGHTS, PERF_PROJECT_MATCH, PERF_FUNDS_SUM, PERF_TARGET_UNPARSED, PERF_COST_UNIT, PERF_SUMMARY,
            PROCUREMENT_SUM, NARRATIVE_AMOUNT, NARRATIVE_PERCENT, NARRATIVE_YEAR);

    private Rules() {
    }
}
