package org.yusuan.benchmarks.baseline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the JSON benchmarks (基线): a disclosure as the simple mutable classes a user would write instead of
 * yusuan, with public fields that plain Jackson binds to the very JSON that {@code BudgetJson} reads and writes.
 *
 * <p>Same shape, less meaning: enum names, codes and dates stay strings, amounts are a {@code Map<String,
 * BigDecimal>} keyed by column, nothing is checked, every collection is a mutable {@code ArrayList} or {@code
 * LinkedHashMap}. Bind it with {@link PlainJackson#mapper()}.
 */
public class PlainDisclosure {

    public String format;
    public int version;
    public String entityName;
    public String entityKind;
    public int fiscalYear;
    public String publicationDate;
    public List<String> subUnits;
    public Overview overview;
    public Tables tables;
    public List<Narrative> narrativeSections;
    public OtherMatters otherMatters;
    public List<OverallTarget> overallPerformanceTargets;
    public List<ProjectTarget> projectPerformanceTargets;

    /** 概况. */
    public static class Overview {
        public List<String> mainFunctions;
        public String internalStructure;
        public List<String> subordinateUnits;
        public Staffing staffing;
    }

    /** 人员编制. */
    public static class Staffing {
        public int authorizedPosts;
        public int actualHeadcount;
        public StaffChange inService;
        public StaffChange retired;
        public StaffChange veteranRetired;
    }

    /** A head count and its change. */
    public static class StaffChange {
        public int count;
        public Integer change;
    }

    /** The eleven tables, by key. */
    public static class Tables {
        public SplitTable revenueExpenditureSummary;
        public RowTable revenueSummary;
        public RowTable expenditureSummary;
        public SplitTable fiscalAppropriationSummary;
        public RowTable generalBudgetExpenditure;
        public RowTable generalBudgetBasicExpenditure;
        public RowTable generalBudgetProjectExpenditure;
        public RowTable governmentFundExpenditure;
        public RowTable stateCapitalExpenditure;
        public RowTable threePublicExpenses;
        public RowTable carryoverDetail;
    }

    /** A table of one block of rows. */
    public static class RowTable {
        public String unit;
        public String emptyNote;
        public List<Row> rows;
        public Row totals;
    }

    /** 表1 and 表4: income and expenditure side by side. */
    public static class SplitTable {
        public String unit;
        public String emptyNote;
        public List<Row> incomeLines;
        public Row incomeTotal;
        public List<Row> expenditureLines;
        public Row expenditureTotal;
    }

    /** Any table row. */
    public static class Row {
        public String rowKind;
        public String item;
        public String code;
        public String name;
        public String projectName;
        public String subUnit;
        public Map<String, BigDecimal> amounts;
    }

    /** 情况说明. */
    public static class Narrative {
        public String title;
        public String text;
    }

    /** 其他重要事项. */
    public static class OtherMatters {
        public RunningCosts runningCosts;
        public Procurement procurement;
        public StateAssets stateAssets;
        public PerformanceSummary performanceSummary;
        public String otherNotes;
    }

    /** 机关运行经费. */
    public static class RunningCosts {
        public String kind;
        public String unit;
        public BigDecimal amount;
        public BigDecimal changeAmount;
        public BigDecimal changePercent;
        public String reason;
    }

    /** 政府采购. */
    public static class Procurement {
        public String unit;
        public BigDecimal total;
        public BigDecimal goods;
        public BigDecimal works;
        public BigDecimal services;
        public BigDecimal reservedForSmallAndMedium;
        public BigDecimal reservedForSmallAndMicro;
    }

    /** 国有资产占有使用情况. */
    public static class StateAssets {
        public String asOfText;
        public String asOfDate;
        public String unit;
        public BigDecimal buildingArea;
        public BigDecimal buildingValue;
        public Integer vehicleCount;
        public BigDecimal vehicleValue;
        public List<Vehicle> vehicles;
        public BigDecimal furnitureValue;
        public BigDecimal otherAssetsValue;
        public LargeEquipment largeEquipment;
        public PlannedPurchases plannedPurchases;
    }

    /** 车辆. */
    public static class Vehicle {
        public String label;
        public int count;
        public BigDecimal value;
    }

    /** 大型设备. */
    public static class LargeEquipment {
        public int atLeast500Thousand;
        public int atLeast1Million;
        public String measureWord;
    }

    /** 拟购置资产. */
    public static class PlannedPurchases {
        public boolean vehicleFundsArranged;
        public BigDecimal vehicleFunds;
        public Integer vehicleCount;
        public LargeEquipment largeEquipment;
    }

    /** 绩效目标管理情况. */
    public static class PerformanceSummary {
        public String unit;
        public int overallTargetCount;
        public BigDecimal overallTargetAmount;
        public int fiscalProjectCount;
        public BigDecimal fiscalProjectAmount;
        public int nonFiscalProjectCount;
        public BigDecimal nonFiscalProjectAmount;
        public String note;
    }

    /** 部门（单位）整体绩效目标表. */
    public static class OverallTarget {
        public String entityName;
        public String contactPerson;
        public String contactPhone;
        public String annualGoalsText;
        public List<String> annualGoals;
        public OverallFunding funding;
        public List<Indicator> indicators;
    }

    /** 整体资金. */
    public static class OverallFunding {
        public String unit;
        public BigDecimal fiscalFromHigherLevel;
        public BigDecimal fiscalFromOwnLevel;
        public BigDecimal otherFunds;
        public BigDecimal total;
    }

    /** 项目支出绩效目标表. */
    public static class ProjectTarget {
        public String budgetUnit;
        public String projectName;
        public String manager;
        public ProjectFunding funding;
        public String overallGoal;
        public List<Indicator> indicators;
    }

    /** 项目资金. */
    public static class ProjectFunding {
        public String unit;
        public BigDecimal total;
        public BigDecimal fiscalAppropriation;
        public BigDecimal otherFunds;
    }

    /** 绩效指标. */
    public static class Indicator {
        public Category firstLevel;
        public Category secondLevel;
        public String name;
        public Target target;
        public String basis;
        public String previousYearValue;
        public BigDecimal weight;
        public String scoringRule;
        public String evidence;
    }

    /** 一级/二级指标. */
    public static class Category {
        public String printedText;
        public String kind;
    }

    /** 指标值. */
    public static class Target {
        public String text;
        public String normalizedText;
        public boolean normalized;
        public String form;
        public String comparator;
        public BigDecimal number;
        public String unit;
    }
}
