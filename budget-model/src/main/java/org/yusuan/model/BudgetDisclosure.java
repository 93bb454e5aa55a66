package org.yusuan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RevenueSummary;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenses;

/**
 * A whole budget disclosure (部门预算公开 / 单位预算公开) of one department or unit for one fiscal year: who discloses,
 * the overview (概况), the eleven tables (预算公开表), the explanatory sections (情况说明), other important matters
 * (其他重要事项) and the performance target sheets (绩效目标表).
 *
 * <p>Each table is optional: an empty {@code Optional} means the document has no such table, while a table the
 * document prints but declares empty (为空表) is present and {@link BudgetTable#isDeclaredEmpty() declared empty}.
 * Everything is stored as printed; a disclosure whose tables do not add up or disagree with each other is still
 * representable, and checking it is the job of budget-validation. Construction refuses only what cannot be
 * represented: missing or null parts and a fiscal year that is not positive.
 */
@Value.Immutable
public abstract class BudgetDisclosure {

    /** Only the generated {@code ImmutableBudgetDisclosure} extends this type. */
    BudgetDisclosure() {
    }

    /**
     * The name of the disclosing department or unit (部门名称 / 单位名称), as printed: {@code 库尔勒市人民政府办公室}.
     *
     * @return the name, never null
     */
    public abstract String getEntityName();

    /**
     * Whether a department (部门) or a unit (单位) discloses.
     *
     * @return the kind, never null
     */
    public abstract EntityKind getEntityKind();

    /**
     * The fiscal year the budget is for (预算年度): 2024.
     *
     * @return the year, positive
     */
    public abstract int getFiscalYear();

    /**
     * The date the disclosure was published (公开日期), where known.
     *
     * @return the date, or empty when unknown
     */
    public abstract Optional<LocalDate> getPublicationDate();

    /**
     * The budget units whose budgets the disclosure sums (纳入部门预算编制范围的下属预算单位), as printed and in
     * printed order; a department often lists itself first.
     *
     * @return the names; immutable, never null
     */
    public abstract List<String> getSubUnits();

    /**
     * The overview (部门/单位概况): main functions, structure and staffing.
     *
     * @return the overview, or empty when the document has none
     */
    public abstract Optional<Overview> getOverview();

    /**
     * 表1 收支总体情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<RevenueExpenditureSummary> getRevenueExpenditureSummary();

    /**
     * 表2 收入总体情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<RevenueSummary> getRevenueSummary();

    /**
     * 表3 支出总体情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<ExpenditureSummary> getExpenditureSummary();

    /**
     * 表4 财政拨款收支预算总体情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<FiscalAppropriationSummary> getFiscalAppropriationSummary();

    /**
     * 表5 一般公共预算支出情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<GeneralBudgetExpenditure> getGeneralBudgetExpenditure();

    /**
     * 表6 一般公共预算基本支出情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<GeneralBudgetBasicExpenditure> getGeneralBudgetBasicExpenditure();

    /**
     * 表7 一般公共预算项目支出情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<GeneralBudgetProjectExpenditure> getGeneralBudgetProjectExpenditure();

    /**
     * 表8 政府性基金预算支出情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<GovernmentFundExpenditure> getGovernmentFundExpenditure();

    /**
     * 表9 国有资本经营预算支出情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<StateCapitalExpenditure> getStateCapitalExpenditure();

    /**
     * 表10 财政拨款“三公”经费支出情况表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<ThreePublicExpenses> getThreePublicExpenses();

    /**
     * 表11 上年结转结余情况明细表.
     *
     * @return the table, or empty when the document has no such table
     */
    public abstract Optional<CarryoverDetail> getCarryoverDetail();

    /**
     * The explanatory sections (情况说明) in printed order.
     *
     * @return the sections; immutable, never null
     */
    public abstract List<NarrativeSection> getNarrativeSections();

    /**
     * Other important matters (其他重要事项): running costs, procurement, assets, performance and other notes.
     *
     * @return the matters, or empty when the document has none
     */
    public abstract Optional<OtherMatters> getOtherMatters();

    /**
     * The overall performance target sheets (部门（单位）整体绩效目标表), in printed order.
     *
     * @return the sheets; immutable, never null
     */
    public abstract List<OverallPerformanceTarget> getOverallPerformanceTargets();

    /**
     * The project performance target sheets (项目支出绩效目标表), in printed order.
     *
     * @return the sheets; immutable, never null
     */
    public abstract List<ProjectPerformanceTarget> getProjectPerformanceTargets();

    /**
     * One of the eleven tables, by kind.
     *
     * @param kind the table, not null
     * @return the table, or empty when the document has no such table
     * @throws NullPointerException if kind is null
     */
    public Optional<BudgetTable> table(TableKind kind) {
        Objects.requireNonNull(kind, "table kind must not be null");
        Optional<? extends BudgetTable> table = switch (kind) {
            case REVENUE_EXPENDITURE_SUMMARY -> getRevenueExpenditureSummary();
            case REVENUE_SUMMARY -> getRevenueSummary();
            case EXPENDITURE_SUMMARY -> getExpenditureSummary();
            case FISCAL_APPROPRIATION_SUMMARY -> getFiscalAppropriationSummary();
            case GENERAL_BUDGET_EXPENDITURE -> getGeneralBudgetExpenditure();
            case GENERAL_BUDGET_BASIC_EXPENDITURE -> getGeneralBudgetBasicExpenditure();
            case GENERAL_BUDGET_PROJECT_EXPENDITURE -> getGeneralBudgetProjectExpenditure();
            case GOVERNMENT_FUND_EXPENDITURE -> getGovernmentFundExpenditure();
            case STATE_CAPITAL_EXPENDITURE -> getStateCapitalExpenditure();
            case THREE_PUBLIC_EXPENSES -> getThreePublicExpenses();
            case CARRYOVER_DETAIL -> getCarryoverDetail();
        };
        return table.map(BudgetTable.class::cast);
    }

    /**
     * The tables the document has, in template order (表1 first), declared-empty ones included.
     *
     * @return the tables; immutable, never null
     */
    public List<BudgetTable> tables() {
        List<BudgetTable> tables = new ArrayList<>(TableKind.values().length);
        for (TableKind kind : TableKind.values()) {
            table(kind).ifPresent(tables::add);
        }
        return List.copyOf(tables);
    }

    /**
     * Refuses a fiscal year that is not positive.
     *
     * @throws IllegalArgumentException if the fiscal year is zero or negative
     */
    @Value.Check
    void check() {
        if (getFiscalYear() <= 0) {
            throw new IllegalArgumentException(
                    "fiscal year (预算年度) must be positive, but was " + getFiscalYear());
        }
    }

    /**
     * A new builder. Entity name, entity kind and fiscal year are required; everything else is optional.
     * {@code build()} throws {@link IllegalStateException} naming any required attribute not set, {@link
     * NullPointerException} naming an attribute set to null, and {@link IllegalArgumentException} for a fiscal year
     * that is not positive.
     *
     * @return a builder, never null
     */
    public static ImmutableBudgetDisclosure.Builder builder() {
        return ImmutableBudgetDisclosure.builder();
    }
}
