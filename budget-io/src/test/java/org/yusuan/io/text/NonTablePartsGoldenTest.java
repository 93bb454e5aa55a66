package org.yusuan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.Staffing;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.matters.PerformanceSummary;
import org.yusuan.model.matters.RunningCostKind;
import org.yusuan.model.matters.RunningCosts;
import org.yusuan.model.matters.StateAssets;
import org.yusuan.model.matters.VehicleHolding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.testkit.Fixtures;

/**
 * The parts outside the tables of the two fixtures without a hand-built model, against values read by hand from the
 * text (line numbers in the comments): identity, staffing, budget units, 其他重要事项, the performance sheets' heads
 * and funding, the explanatory sections. Amounts are compared by value. The indicator rows, the main functions, the
 * internal structure and the section titles are checked line by line against the goldens by {@link GoldenImportTest}.
 */
class NonTablePartsGoldenTest {

    @Test
    void partyOfficeOutsideTheTables() {
        BudgetDisclosure d = read(Fixtures.KORLA_ETDZ_PARTY_GOV_OFFICE);
        assertEquals("库尔勒经济技术开发区管理委员会党政办公室", d.getEntityName()); // line 95
        assertEquals(EntityKind.UNIT, d.getEntityKind());
        assertEquals(2024, d.getFiscalYear());
        assertStaffing(d, 45, 43, 34, -3, 9, 0, 0, 0); // line 75
        // 表7's rows follow the cut-off 表6 without heading or unit; 合计 2562500 = 表5 项目支出 256.25 万元 in 元
        assertEquals(org.yusuan.model.MoneyUnit.YUAN, d.getGeneralBudgetProjectExpenditure().orElseThrow().getUnit());
        assertEquals(List.of(), d.getSubUnits()); // line 73: 本单位无下属预算单位
        OtherMatters m = d.getOtherMatters().orElseThrow();
        assertRunning(m.getRunningCosts().orElseThrow(), RunningCostKind.ADMINISTRATIVE, "345.45", "-33.75", "-8.9"); // 507
        assertEquals(Optional.of("相应支出减少。"), m.getRunningCosts().get().getReason());
        assertProcurement(m.getProcurement().orElseThrow(), "332.83", "82.5", "0", "250.33", "332.83", "332.83"); // 511-515
        StateAssets a = m.getStateAssets().orElseThrow(); // lines 519-528
        assertEquals(Optional.of("截至2024年底"), a.getAsOfText());
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), a.getAsOfDate());
        assertNumber("210", a.getBuildingArea());
        assertNumber("7.1", a.getBuildingValue());
        assertEquals(Optional.of(22), a.getVehicleCount());
        assertNumber("476.53", a.getVehicleValue());
        assertVehicles(a, List.of("轿车", "越野车", "其他车辆"), List.of(13, 7, 2), List.of("162.21", "190.15", "124.17"));
        assertNumber("0", a.getFurnitureValue());
        assertNumber("0", a.getOtherAssetsValue());
        assertEquals(3, a.getLargeEquipment().orElseThrow().getAtLeast500Thousand());
        assertEquals(0, a.getLargeEquipment().get().getAtLeast1Million());
        assertEquals(Optional.of("套"), a.getLargeEquipment().get().getMeasureWord());
        assertEquals(false, a.getPlannedPurchases().orElseThrow().isVehicleFundsArranged());
        assertSummary(m.getPerformanceSummary().orElseThrow(), 1, "1307.84", 8, "256.25", 0, "0"); // line 532
        assertEquals(1, d.getOverallPerformanceTargets().size()); // lines 534-549
        OverallPerformanceTarget overall = d.getOverallPerformanceTargets().get(0);
        assertEquals("库尔勒经济技术开发区管理委员会党政办公室", overall.getEntityName());
        assertEquals(Optional.of("吴丽芬"), overall.getContactPerson());
        assertEquals(Optional.of("2119621"), overall.getContactPhone());
        assertNumber("0", Optional.of(overall.getFunding().getFiscalFromHigherLevel()));
        assertNumber("1307.84", Optional.of(overall.getFunding().getFiscalFromOwnLevel()));
        assertEquals(4, overall.getIndicators().size());
        assertProjects(d, List.of("保洁用品项目", "大楼维修项目", "数字化平台建设和档案馆设备采购项目", "慰问项目",
                "信息化基础建设及设备维护项目", "协会会费及法律服务项目", "园区形象宣传项目", "招商引资专项经费"),
                List.of("3", "30", "80", "10", "40", "9", "34.25", "50"));
        assertEquals(11, d.getNarrativeSections().size());
        assertEquals("一、关于库尔勒经济技术开发区管理委员会党政办公室 2024 年收支预算情况的总体说明",
                d.getNarrativeSections().get(0).getTitle()); // line 275
    }

    @Test
    void socialAffairsCentreOutsideTheTables() {
        BudgetDisclosure d = read(Fixtures.KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER);
        assertEquals("库尔勒经济技术开发区社会事务管理中心", d.getEntityName());
        assertEquals(EntityKind.UNIT, d.getEntityKind());
        assertStaffing(d, 154, 154, 154, 0, 0, 0, 0, 0); // lines 86-88, one sentence over three lines
        assertEquals(List.of("库尔勒经济技术开发区新苑社区", "库尔勒经济技术开发区东湖社区", "库尔勒经济技术开发区科达社区"),
                d.getSubUnits()); // lines 80-84
        OtherMatters m = d.getOtherMatters().orElseThrow();
        assertRunning(m.getRunningCosts().orElseThrow(), RunningCostKind.PUBLIC_INSTITUTION, "45.19", "45.19", "100");
        assertProcurement(m.getProcurement().orElseThrow(), "191.02", "61.02", "130", "0", "191.02", "191.02"); // 575-579
        StateAssets a = m.getStateAssets().orElseThrow(); // lines 583-595
        assertEquals(Optional.of(LocalDate.of(2023, 12, 31)), a.getAsOfDate());
        assertVehicles(a, List.of("一般公务用车", "执法执勤用车", "其他车辆"), List.of(0, 0, 0), List.of("0", "0", "0"));
        assertEquals(Optional.of("台（套）"), a.getLargeEquipment().orElseThrow().getMeasureWord());
        assertEquals(0, a.getLargeEquipment().get().getAtLeast500Thousand());
        assertSummary(m.getPerformanceSummary().orElseThrow(), 1, "1863.61", 7, "247.85", 0, "0"); // line 599
        assertEquals(Optional.of("2024年本单位有上级国有资本经营预算转移支付项目1个，涉及预算金额5.88万元，绩效目标表完全不予公开。\n"
                + "2024年本单位有sm项目1个，涉及预算金额6万元，绩效目标表完全不予公开。"), m.getOtherNotes()); // 763-765
        OverallPerformanceTarget overall = d.getOverallPerformanceTargets().get(0); // lines 601-622
        assertEquals("库尔勒经济技术开发区社会事务管理中心", overall.getEntityName());
        assertEquals(Optional.of("谭桂花"), overall.getContactPerson());
        assertEquals(Optional.of("13779234640"), overall.getContactPhone());
        assertNumber("5.88", Optional.of(overall.getFunding().getFiscalFromHigherLevel()));
        assertNumber("1857.73", Optional.of(overall.getFunding().getFiscalFromOwnLevel()));
        assertEquals(4, overall.getIndicators().size());
        assertProjects(d, List.of("新苑社区工作经费及为民服务费", "东湖社区工作经费及为民服务费", "科达社区工作经费及为民服务费",
                "东湖社区租赁费", "社区阵地装修改造费"), List.of("20", "15", "10", "60.97", "130"));
        assertEquals(11, d.getNarrativeSections().size());
    }

    private static BudgetDisclosure read(String fixture) {
        return DisclosureTextImporter.standard().importText(Fixtures.text(fixture), fixture).disclosure();
    }

    private static void assertStaffing(BudgetDisclosure d, int posts, int headcount, int inService, int inServiceChange,
            int retired, int retiredChange, int veteran, int veteranChange) {
        Staffing s = d.getOverview().orElseThrow().getStaffing().orElseThrow();
        assertEquals(posts, s.getAuthorizedPosts());
        assertEquals(headcount, s.getActualHeadcount());
        assertEquals(inService, s.getInService().orElseThrow().getCount());
        assertEquals(Optional.of(inServiceChange), s.getInService().get().getChange());
        assertEquals(retired, s.getRetired().orElseThrow().getCount());
        assertEquals(Optional.of(retiredChange), s.getRetired().get().getChange());
        assertEquals(veteran, s.getVeteranRetired().orElseThrow().getCount());
        assertEquals(Optional.of(veteranChange), s.getVeteranRetired().get().getChange());
    }

    private static void assertRunning(RunningCosts r, RunningCostKind kind, String amount, String change,
            String percent) {
        assertEquals(kind, r.getKind());
        assertNumber(amount, Optional.of(r.getAmount()));
        assertNumber(change, r.getChangeAmount());
        assertNumber(percent, r.getChangePercent());
    }

    private static void assertProcurement(GovernmentProcurement p, String total, String goods, String works,
            String services, String sme, String micro) {
        assertNumber(total, Optional.of(p.getTotal()));
        assertNumber(goods, p.getGoods());
        assertNumber(works, p.getWorks());
        assertNumber(services, p.getServices());
        assertNumber(sme, p.getReservedForSmallAndMedium());
        assertNumber(micro, p.getReservedForSmallAndMicro());
    }

    private static void assertVehicles(StateAssets a, List<String> labels, List<Integer> counts, List<String> values) {
        List<VehicleHolding> v = a.getVehicles();
        assertEquals(labels, v.stream().map(VehicleHolding::getLabel).toList());
        assertEquals(counts, v.stream().map(VehicleHolding::getCount).toList());
        for (int i = 0; i < values.size(); i++) {
            assertNumber(values.get(i), v.get(i).getValue());
        }
    }

    private static void assertSummary(PerformanceSummary s, int overall, String overallAmount, int fiscal,
            String fiscalAmount, int nonFiscal, String nonFiscalAmount) {
        assertEquals(overall, s.getOverallTargetCount());
        assertNumber(overallAmount, Optional.of(s.getOverallTargetAmount()));
        assertEquals(fiscal, s.getFiscalProjectCount());
        assertNumber(fiscalAmount, Optional.of(s.getFiscalProjectAmount()));
        assertEquals(nonFiscal, s.getNonFiscalProjectCount());
        assertNumber(nonFiscalAmount, Optional.of(s.getNonFiscalProjectAmount()));
    }

    private static void assertProjects(BudgetDisclosure d, List<String> names, List<String> totals) {
        List<ProjectPerformanceTarget> p = d.getProjectPerformanceTargets();
        assertEquals(names, p.stream().map(ProjectPerformanceTarget::getProjectName).toList());
        for (int i = 0; i < totals.size(); i++) {
            assertNumber(totals.get(i), Optional.of(p.get(i).getFunding().getTotal()));
            assertNumber(totals.get(i), Optional.of(p.get(i).getFunding().getFiscalAppropriation()));
        }
    }

    private static void assertNumber(String expected, Optional<BigDecimal> actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.orElseThrow()), () -> expected + " vs " + actual);
    }
}
