package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.io.text.DisclosureTextImporter;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Fixtures;

/**
 * The findings of the three real disclosures as imported from their text by budget-io's {@link
 * DisclosureTextImporter}, pinned. docs/rules.md quotes them as examples.
 *
 * <p>库尔勒经济技术开发区管理委员会党政办公室: 表4 cuts five 类 names at the cell edge (文化旅游体育与传媒支); the
 * extracted 表6 stops after 30208 取暖费, so 302 商品和服务支出 (345.45) is more than its printed 款 (203.37) and 表6
 * (1,037.58 without 303) is less than 表5's 基本支出 (1,051.59). 表7 (in 元) prints only 项目支出合计, no economic
 * columns (ROW_SUM {@code parts_blank}), and its seven project rows add up to 2,162,500 against a printed 合计 of
 * 2,562,500: the 40 万元 信息化基础建设及设备维护项目, which has a sheet and a narrative paragraph, is not in 表7, so
 * 表7 is 40 万元 short of 表5's 项目支出 256.25 (TABLE_TOTAL, CROSS_TABLE.T5_T7), lists 7 projects where 预算绩效情况
 * states 8 (PERF_SUMMARY {@code count}), and has no match for that sheet or its narrative (PERF_PROJECT_MATCH
 * {@code missing}, NARRATIVE_AMOUNT {@code project_missing}). Four sheets name their project with another generic
 * suffix than 表7 at the same amount (大楼维修项目 / 大楼维修, 慰问项目 / 慰问费: INFO {@code suffix}); two really
 * differ (数字化平台建设和档案馆设备采购项目 / 档案馆设备采购及数字化平台建设项目, 协会会费及法律服务项目 / 国家级开发区协会会费:
 * WARNING {@code name}), and the narrative's 开发区协会会费、法律顾问项目 matches no 表7 name. 行政单位医疗 fell by
 * 13.18 from 31.00, which is 42.52%, not the 9.56% printed; a project's 资金执行时间 is 2023 and its assets are 截至
 * 2024 年底 in a 2024 budget.
 *
 * <p>库尔勒经济技术开发区社会事务服务中心: 表2 prints 财政拨款（补助）小计 a digit off (173.542 for 1,735.42) and no
 * budget columns; 表7 prints 项目支出合计 without its economic columns; 表5's 合计 row is shifted one column; 表4's
 * 收入总计 is blank; 表5 总计 leaves 基本支出 blank against 表6's 1,615.76; the 社区阵地装修改造费 sheet's 13 weights total
 * 94; a 成本指标 is a percentage ({@code $\geq 95\%$}, kept as printed). Five project sheets are printed for the 7
 * projects stated; the text says the other two (the sm project and the 国有资本经营预算 transfer project) are not
 * published (绩效目标表完全不予公开), an INFO; the transfer project is funded from 表9, so 表7's 6 projects plus 表9
 * account for the 7. Its narrative paragraph (国有企业退休人员社会化管理补助资金, 预算安排规模：5.88 万元) therefore has
 * no 表7 row, but its amount is the 项目支出 of 表9's 2230105 row: NARRATIVE_AMOUNT reports that as an INFO
 * ({@code project_in_fund_table}, naming 表9), not as a missing project.
 */
class ImportedFixtureFindingsTest {

    private static final List<String> KORLA_ETDZ_PARTY_GOV_OFFICE_FINDINGS = List.of(
            "CODE_NAME_MISMATCH | WARNING | 表4 | 207 | 文化旅游体育与传媒支 | - | - | - -> - | - | - | 文化旅游体育与传媒支出",
            "CODE_NAME_MISMATCH | WARNING | 表4 | 215 | 资源勘探工业信息等支 | - | - | - -> - | - | - | 资源勘探工业信息等支出",
            "CODE_NAME_MISMATCH | WARNING | 表4 | 220 | 自然资源海洋气象等支 | - | - | - -> - | - | - | 自然资源海洋气象等支出",
            "CODE_NAME_MISMATCH | WARNING | 表4 | 224 | 灾害防治及应急管理支 | - | - | - -> - | - | - | 灾害防治及应急管理支出",
            "CODE_NAME_MISMATCH | WARNING | 表4 | 234 | 抗疫特别国债安排的支 | - | - | - -> - | - | - | 抗疫特别国债安排的支出",
            "ROW_SUM | WARNING | 表7 | 2010399 | 其他政府办公厅(室)及相关机构事务支出 | - | 项目支出合计 | 0 -> 300000 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2010399 | 其他政府办公厅(室)及相关机构事务支出 | - | 项目支出合计 | 0 -> 100000 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2010399 | 其他政府办公厅(室)及相关机构事务支出 | - | 项目支出合计 | 0 -> 90000 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2010399 | 其他政府办公厅(室)及相关机构事务支出 | - | 项目支出合计 | 0 -> 800000 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2010399 | 其他政府办公厅(室)及相关机构事务支出 | - | 项目支出合计 | 0 -> 30000 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2010399 | 其他政府办公厅(室)及相关机构事务支出 | - | 项目支出合计 | 0 -> 342500 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2010399 | 其他政府办公厅(室)及相关机构事务支出 | - | 项目支出合计 | 0 -> 500000 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | - | 合计 | - | 项目支出合计 | 0 -> 2562500 | - | parts_blank | ",
            "HIERARCHY_SUM | ERROR | 表6 | 302 | 商品和服务支出 | - | 合计 | 203.37 -> 345.45 | - | - | 5",
            "HIERARCHY_SUM | ERROR | 表6 | 302 | 商品和服务支出 | - | 公用经费 | 203.37 -> 345.45 | - | - | 5",
            "TABLE_TOTAL | ERROR | 表7 | - | 合计 | - | 项目支出合计 | 2162500 -> 2562500 | - | - | 7",
            "CROSS_TABLE.T5_T6 | ERROR | 表5 | - | 合 计 | - | 基本支出 | 1037.58 -> 1051.59 | - | - | 表6",
            "CROSS_TABLE.T5_T7 | ERROR | 表5 | 2010399 | 其他政府办公厅（室）及 相关机构事务支出 | - | 项目支出 | 216.2500 -> 256.25 | - | - | 表7",
            "PERF_PROJECT_MATCH | INFO | 表7 | - | - | 保洁用品项目 | - | - -> - | - | suffix | 保洁用品",
            "PERF_PROJECT_MATCH | INFO | 表7 | - | - | 大楼维修项目 | - | - -> - | - | suffix | 大楼维修",
            "PERF_PROJECT_MATCH | WARNING | 表7 | - | - | 数字化平台建设和档案馆设备采购项目 | - | - -> - | - | name | 档案馆设备采购及数字化平台建设项目",
            "PERF_PROJECT_MATCH | INFO | 表7 | - | - | 慰问项目 | - | - -> - | - | suffix | 慰问费",
            "PERF_PROJECT_MATCH | WARNING | 表7 | - | - | 信息化基础建设及设备维护项目 | - | - -> - | - | missing | ",
            "PERF_PROJECT_MATCH | WARNING | 表7 | - | - | 协会会费及法律服务项目 | - | - -> - | - | name | 国家级开发区协会会费",
            "PERF_PROJECT_MATCH | INFO | 表7 | - | - | 园区形象宣传项目 | - | - -> - | - | suffix | 园区形象宣传费",
            "PERF_SUMMARY | WARNING | - | - | - | - | 预算绩效情况 | 7 -> 8 | - | count | ",
            "NARRATIVE_AMOUNT | WARNING | 表7 | - | - | 信息化基础设施建设和设备维护项目 | 项目支出合计 | - -> 40 | - | project_missing | 预算安排规模：40 万元",
            "NARRATIVE_AMOUNT | WARNING | 表7 | - | - | 开发区协会会费、法律顾问项目 | 项目支出合计 | - -> 9 | - | project_missing | 预算安排规模：9 万元",
            "NARRATIVE_PERCENT | INFO | - | - | - | - | - | 8.32 -> 8.33 | rounding | change | 基本支出 1051.59 万元，占 80.41%，比上年预算减少 95.41 万元，下降 8.33%,95.41,1147.00",
            "NARRATIVE_PERCENT | INFO | - | - | - | - | - | 0.60 -> 0.59 | rounding | share | 2. 行政单位离退休 7.8 万元，占 0.59 %,7.8,1307.84",
            "NARRATIVE_PERCENT | INFO | - | - | - | - | - | 8.32 -> 8.33 | rounding | change | 一般公共预算拨款合计 1307.84 万元，其中：基本支出 1051.59 万元，比上年预算减少 95.41 万元，下降 8.33%,95.41,1147.00",
            "NARRATIVE_PERCENT | WARNING | - | - | - | - | - | 42.52 -> 9.56 | - | change | 6. 行政单位医疗 2024 年预算数为 17.82 万元，比上年预算减少 13.18 万元，下降 9.56%,13.18,31.00",
            "NARRATIVE_YEAR | WARNING | - | - | - | - | - | - -> - | - | execution | 资金执行时间：2023 年 1-12 月,2023,2024",
            "NARRATIVE_YEAR | WARNING | - | - | - | - | - | - -> - | - | as_of | 截至2024年底,,2024");

    private static final List<String> KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER_FINDINGS = List.of(
            "CODE_NAME_MISMATCH | WARNING | 表1 | 207 | 文化旅游体育与传媒支 | - | - | - -> - | - | - | 文化旅游体育与传媒支出",
            "CODE_NAME_MISMATCH | WARNING | 表1 | 215 | 资源勘探工业信息等支 | - | - | - -> - | - | - | 资源勘探工业信息等支出",
            "CODE_NAME_MISMATCH | WARNING | 表1 | 220 | 自然资源海洋气象等支 | - | - | - -> - | - | - | 自然资源海洋气象等支出",
            "CODE_NAME_MISMATCH | WARNING | 表1 | 224 | 灾害防治及应急管理支 | - | - | - -> - | - | - | 灾害防治及应急管理支出",
            "CODE_NAME_MISMATCH | WARNING | 表1 | 234 | 抗疫特别国债安排的支 | - | - | - -> - | - | - | 抗疫特别国债安排的支出",
            "CODE_NAME_MISMATCH | WARNING | 表4 | 207 | 文化旅游体育与传媒支 | - | - | - -> - | - | - | 文化旅游体育与传媒支出",
            "CODE_NAME_MISMATCH | WARNING | 表4 | 215 | 资源勘探工业信息等支 | - | - | - -> - | - | - | 资源勘探工业信息等支出",
            "CODE_NAME_MISMATCH | WARNING | 表4 | 220 | 自然资源海洋气象等支 | - | - | - -> - | - | - | 自然资源海洋气象等支出",
            "CODE_NAME_MISMATCH | WARNING | 表2 | 2230105 | 国有企业退休人员社会化管理支出 | - | - | - -> - | - | - | 国有企业退休人员社会化管理补助支出",
            "UNIT_SUSPECT | WARNING | 表2 | 201 | 一般公共服务支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | - -> 173.542 | - | scale | revenueSummary.rows[0].amounts[FISCAL_SUBTOTAL].<map value>",
            "UNIT_SUSPECT | WARNING | 表2 | 20139 | 社会工作事务 | - | 财政拨款（补助）/财政拨款（补助）小计 | - -> 173.542 | - | scale | revenueSummary.rows[1].amounts[FISCAL_SUBTOTAL].<map value>",
            "UNIT_SUSPECT | WARNING | 表2 | 2013950 | 事业运行 | - | 财政拨款（补助）/财政拨款（补助）小计 | - -> 149.345 | - | scale | revenueSummary.rows[2].amounts[FISCAL_SUBTOTAL].<map value>",
            "UNIT_SUSPECT | WARNING | 表2 | 201 | 一般公共服务支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | 1735.42 -> 173.542 | - | power | 10",
            "UNIT_SUSPECT | WARNING | 表2 | 20139 | 社会工作事务 | - | 财政拨款（补助）/财政拨款（补助）小计 | 1735.42 -> 173.542 | - | power | 10",
            "UNIT_SUSPECT | WARNING | 表2 | 2013950 | 事业运行 | - | 财政拨款（补助）/财政拨款（补助）小计 | 1493.45 -> 149.345 | - | power | 10",
            "ROW_SUM | ERROR | 表2 | 201 | 一般公共服务支出 | - | 总计 | 173.542 -> 1735.42 | - | - | ",
            "ROW_SUM | WARNING | 表2 | 201 | 一般公共服务支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 173.542 | - | parts_blank | ",
            "ROW_SUM | ERROR | 表2 | 20139 | 社会工作事务 | - | 总计 | 173.542 -> 1735.42 | - | - | ",
            "ROW_SUM | WARNING | 表2 | 20139 | 社会工作事务 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 173.542 | - | parts_blank | ",
            "ROW_SUM | ERROR | 表2 | 2013950 | 事业运行 | - | 总计 | 149.345 -> 1493.45 | - | - | ",
            "ROW_SUM | WARNING | 表2 | 2013950 | 事业运行 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 149.345 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表2 | 2013999 | 其他社会工作事务支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 241.97 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表2 | 208 | 社会保障和就业支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 13.82 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表2 | 20805 | 行政事业单位养老支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 13.82 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表2 | 2080505 | 机关事业单位基本养老保险缴费支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 9.26 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表2 | 2080506 | 机关事业单位职业年金缴费支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 4.56 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表2 | 210 | 卫生健康支出 | - | 财政拨款（补助）/财政拨款（补助）小计 | 0 -> 4.16 | - | parts_blank | ",
            "ROW_SUM | ERROR | 表5 | - | 合 计 | - | 合计 | 241.97 -> 1857.73 | - | - | ",
            "ROW_SUM | WARNING | 表7 | 2013999 | 其他社会工作事务支出 | - | 项目支出合计 | 0 -> 6 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2013999 | 其他社会工作事务支出 | - | 项目支出合计 | 0 -> 130 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2013999 | 其他社会工作事务支出 | - | 项目支出合计 | 0 -> 60.97 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2013999 | 其他社会工作事务支出 | - | 项目支出合计 | 0 -> 20 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2013999 | 其他社会工作事务支出 | - | 项目支出合计 | 0 -> 15 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | 2013999 | 其他社会工作事务支出 | - | 项目支出合计 | 0 -> 10 | - | parts_blank | ",
            "ROW_SUM | WARNING | 表7 | - | 合计 | - | 项目支出合计 | 0 -> 241.97 | - | parts_blank | ",
            "HIERARCHY_SUM | ERROR | 表2 | 20139 | 社会工作事务 | - | 财政拨款（补助）/财政拨款（补助）小计 | 391.315 -> 173.542 | - | - | 2",
            "HIERARCHY_SUM | ERROR | 表2 | 210 | 卫生健康支出 | - | 财政拨款（补助）/一般公共预算 | 4.16 -> 0 | - | - | 1",
            "TABLE_TOTAL | ERROR | 表2 | - | 合计 | - | 财政拨款（补助）/财政拨款（补助）小计 | 301.732 -> 1863.61 | - | - | 5",
            "TABLE_TOTAL | ERROR | 表2 | - | 合计 | - | 财政拨款（补助）/一般公共预算 | 104.33 -> 1857.73 | - | - | 5",
            "TABLE_TOTAL | ERROR | 表5 | - | 合 计 | - | 基本支出 | 1615.76 -> 0 | - | - | 4",
            "T4_BALANCE | ERROR | 表4 | - | 支 出 总 计 | - | 合计 | 0 -> 1863.61 | - | - | ",
            "T4_INCOME_SUM | ERROR | 表4 | - | 收 入 总 计 | - | - | 1863.61 -> 0 | - | - | ",
            "CROSS_TABLE.T5_T6 | ERROR | 表5 | - | 合 计 | - | 基本支出 | 1615.76 -> 0 | - | - | 表6",
            "PERF_WEIGHTS | ERROR | - | - | - | 社区阵地装修改造费 | - | 90 -> 94 | - | - | 90/100,13",
            "PERF_PROJECT_MATCH | WARNING | 表7 | - | - | 社区阵地装修改造费 | - | - -> - | - | name | 社区阵地装修改造费(新苑社区四季城阵地、科达社区阵地)",
            "PERF_COST_UNIT | WARNING | - | - | 采购办公用品及时率 | 社区阵地装修改造费 | - | - -> - | - | - | $\\geq 95\\%$,%",
            "PERF_SUMMARY | INFO | - | - | - | - | 预算绩效情况 | 5 -> 7 | - | sheet_withheld | 2",
            "NARRATIVE_AMOUNT | WARNING | 表4 | - | 收 入 总 计 | - | - | 0 -> 1863.61 | - | - | 2024 年财政拨款收支总预算 1863.61 万元",
            "NARRATIVE_AMOUNT | WARNING | 表5 | - | 合 计 | - | 基本支出 | 0 -> 1615.76 | - | - | 一般公共预算拨款合计 1857.73 万元，其中：基本支出 1615.76 万元",
            "NARRATIVE_AMOUNT | INFO | 表9 | 2230105 | 国有企业退休人员社会化管理补助支出 | 国有企业退休人员社会化管理补助资金 | 项目支出 | 5.88 -> 5.88 | - | project_in_fund_table | 预算安排规模：5.88 万元,9,国有资本经营预算支出情况表",
            "NARRATIVE_PERCENT | WARNING | - | - | - | - | - | 0 -> 100 | - | share | 上级国有资本经营预算安排的转移支付资金 5.88 万元，占 100%,5.88,1863.61");

    private static List<String> findings(String fixture) {
        BudgetDisclosure d = DisclosureTextImporter.standard().importText(Fixtures.text(fixture), fixture).disclosure();
        return DisclosureValidator.standard().validate(d).findings().stream()
                .map(KorlaCityGovOfficeFindingsTest::line).toList();
    }

    @Test
    void theImportedCityGovernmentOfficeHasTheFindingsOfTheHandBuiltModel() {
        assertEquals(DisclosureValidator.standard().validate(Fixtures.korlaCityGovOffice()).findings().stream()
                .map(KorlaCityGovOfficeFindingsTest::line).toList(), findings(Fixtures.KORLA_CITY_GOV_OFFICE));
    }

    @Test
    void thePartyAndGovernmentOffice() {
        assertEquals(KORLA_ETDZ_PARTY_GOV_OFFICE_FINDINGS, findings(Fixtures.KORLA_ETDZ_PARTY_GOV_OFFICE));
    }

    @Test
    void theSocialAffairsCentre() {
        assertEquals(KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER_FINDINGS, findings(Fixtures.KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER));
    }
}
