package org.yusuan.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.testkit.internal.AnyDisclosures;
import org.yusuan.testkit.internal.AnyTables;
import org.yusuan.testkit.internal.CodeArbitraries;
import org.yusuan.testkit.internal.PlanArbitraries;
import org.yusuan.testkit.internal.ValidDisclosure;

/**
 * jqwik generators of budget disclosures (部门预算公开 / 单位预算公开), for property tests here and downstream.
 *
 * <ul>
 *   <li>{@link #any()}: structurally valid but arbitrary disclosures, whose amounts need not add up, full of the
 *       text and numbers that break careless readers and writers; for round-trip tests of formats.</li>
 *   <li>{@link #valid()}: internally consistent disclosures, as a careful department would publish them: codes
 *       and names from the 2024 catalogs, every table adding up, every cross-table quantity agreeing; for tests of
 *       validators and of anything that must accept a correct disclosure. {@code @ForAll BudgetDisclosure} gives
 *       these.</li>
 *   <li>Parts of either kind: tables, codes, performance sheets, three public expenses.</li>
 * </ul>
 *
 * <p>Every arbitrary is small by default and shrinks towards fewer tables and fewer rows.
 */
public final class Disclosures {

    private Disclosures() {
    }

    /**
     * Structurally valid but arbitrary disclosures: every table absent, declared empty (为空表) or printed with a
     * few rows; rows with and without codes and names; blank and printed zero (0.00) cells; amounts of scale 0 to 4,
     * negative ones included; both units (元, 万元); totals rows present or not; 表1 and 表4 income and
     * expenditure lines; 表7 projects with sub-units; narrative sections, other matters, overall and project
     * performance sheets whose targets are parsed from printed text; and awkward text everywhere: quotes, commas,
     * line breaks, tabs, a leading {@code =}, {@code +}, {@code -}, {@code @} or {@code '}, Chinese text and empty
     * strings. Amounts need not add up and codes need not exist in a catalog.
     *
     * <p>For speed (a thousand disclosures in seconds) a row's cells are drawn in one step and do not shrink one by
     * one; tables, rows, sheets and texts do. The whole disclosure has no jqwik edge cases of its own.
     *
     * @return an arbitrary of disclosures, never null
     */
    public static Arbitrary<BudgetDisclosure> any() {
        return AnyDisclosures.any();
    }

    /**
     * Internally consistent disclosures (fiscal year 2024). Built bottom-up: the generator draws leaf amounts (per
     * functional 项 and source of funds, per economic 款, per project, the three public expenses) and derives every
     * row, parent row, totals row and cross-table quantity from them, so that:
     *
     * <ul>
     *   <li>codes come from {@code ClassificationCatalog.functional(2024)} / {@code economic(2024)} (entries marked
     *       certain) with their catalog names;</li>
     *   <li>in every table a row's total is the sum of its components, a 类 or 款 row the sum of its children, the
     *       totals row the sum of the 类 rows;</li>
     *   <li>表1 by 类 equals 表3; 表2 and 表3 agree by code and in total; 表4 equals 表5 + 表8 + 表9 by 类; 表5
     *       basic equals 表6's total, 表5 project equals 表7's total; 表11's total equals 表1's 上年结转结余; 表1
     *       收入总计 equals 支出总计 and its income lines add up; 表10's 合计 is the sum of its parts, its 公务接待费
     *       equals 表6 30217 and its 公务用车运行费 equals 表6 30231;</li>
     *   <li>one overall sheet whose weights add up to 100 and one project sheet per 表7 project whose weights add
     *       up to 90, funds adding up,
     *       project sheets naming a 表7 project with its amount, cost targets in money;</li>
     *   <li>every amount at scale 2, in one unit (元 or 万元) for the whole disclosure; zero printed either as a
     *       blank cell or as 0.00; tables 8, 9, 11 (and 7) declared empty (为空表) when the budget has nothing for
     *       them.</li>
     * </ul>
     *
     * <p>Shrinks towards one functional 项, no projects, one source of funds and small amounts.
     *
     * @return an arbitrary of disclosures, never null
     */
    public static Arbitrary<BudgetDisclosure> valid() {
        return PlanArbitraries.plans().map(ValidDisclosure::of);
    }

    /**
     * One internally consistent table of a {@link #valid()} disclosure: its rows, parents and totals add up.
     *
     * @param kind the table, not null
     * @return an arbitrary of tables of that kind, never null
     * @throws NullPointerException if kind is null
     */
    public static Arbitrary<BudgetTable> validTable(TableKind kind) {
        Objects.requireNonNull(kind, "table kind must not be null");
        return valid().map(d -> d.table(kind).orElseThrow());
    }

    /**
     * Consistent 表10 财政拨款“三公”经费支出情况表: 公务用车购置及运行费 is 购置费 plus 运行费, 合计 the sum of the three
     * expenses, every amount paid from the general public budget.
     *
     * @return an arbitrary of tables, never null
     */
    public static Arbitrary<ThreePublicExpenses> validThreePublicExpenses() {
        return PlanArbitraries.plans().map(plan -> ValidDisclosure.parts(plan).table10());
    }

    /**
     * Consistent overall performance target sheets (部门（单位）整体绩效目标表): funds add up, weights total 100,
     * every target readable.
     *
     * @return an arbitrary of sheets, never null
     */
    public static Arbitrary<OverallPerformanceTarget> validOverallPerformanceTarget() {
        return PlanArbitraries.plans().map(plan -> ValidDisclosure.parts(plan).performance().overall());
    }

    /**
     * Consistent project performance target sheets (项目支出绩效目标表): fiscal plus other funds make the total,
     * weights total 90, every target readable, the cost target in money.
     *
     * @return an arbitrary of sheets, never null
     */
    public static Arbitrary<ProjectPerformanceTarget> validProjectPerformanceTarget() {
        return PlanArbitraries.plans().filter(plan -> !plan.projects().isEmpty())
                .map(plan -> ValidDisclosure.parts(plan).performance().projects().get(0));
    }

    /**
     * Functional codes (支出功能分类科目) of any level from the 2024 catalog, entries marked certain only; their
     * names are {@code ClassificationCatalog.functional(2024).nameOf(code)}.
     *
     * @return an arbitrary of codes, never null
     */
    public static Arbitrary<FunctionalCode> functionalCode() {
        return Arbitraries.of(CodeArbitraries.certainFunctional());
    }

    /**
     * Economic codes (部门预算支出经济分类科目) of any level from the 2024 catalog, entries marked certain only.
     *
     * @return an arbitrary of codes, never null
     */
    public static Arbitrary<EconomicCode> economicCode() {
        return Arbitraries.of(CodeArbitraries.certainEconomic());
    }

    /**
     * The body rows of one internally consistent table of a {@link #valid()} disclosure, in printed order (both
     * sections of 表1 and 表4, income first): 类, 款 and 项 rows that add up, without the totals row.
     *
     * @param kind the table, not null
     * @return an arbitrary of row lists, possibly empty for a table declared empty, never null
     * @throws NullPointerException if kind is null
     */
    public static Arbitrary<List<TableRow<?>>> validRows(TableKind kind) {
        return validTable(kind).map(Disclosures::rows);
    }

    /**
     * The body rows of one table as {@link #any()} generates it: with and without codes and names, blank and
     * printed cells, amounts that need not add up.
     *
     * @param kind the table, not null
     * @return an arbitrary of row lists, never null
     * @throws NullPointerException if kind is null
     */
    public static Arbitrary<List<TableRow<?>>> anyRows(TableKind kind) {
        return anyTable(kind).map(Disclosures::rows);
    }

    private static List<TableRow<?>> rows(BudgetTable table) {
        List<TableRow<?>> rows = new ArrayList<>();
        for (TableSection<?> section : table.sections()) {
            rows.addAll(section.getRows());
        }
        return List.copyOf(rows);
    }

    /**
     * Any table of one kind, as {@link #any()} generates it: declared empty or with a few rows that need not add
     * up.
     *
     * @param kind the table, not null
     * @return an arbitrary of tables of that kind, never null
     * @throws NullPointerException if kind is null
     */
    public static Arbitrary<BudgetTable> anyTable(TableKind kind) {
        Objects.requireNonNull(kind, "table kind must not be null");
        return AnyTables.of(kind);
    }

    /**
     * Functional codes (支出功能分类科目) of any level, mostly from the 2024 catalog, sometimes well formed but in
     * no catalog.
     *
     * @return an arbitrary of codes, never null
     */
    public static Arbitrary<FunctionalCode> anyFunctionalCode() {
        return CodeArbitraries.anyFunctional();
    }

    /**
     * Economic codes (部门预算支出经济分类科目) of any level, mostly from the 2024 catalog, sometimes well formed but
     * in no catalog.
     *
     * @return an arbitrary of codes, never null
     */
    public static Arbitrary<EconomicCode> anyEconomicCode() {
        return CodeArbitraries.anyEconomic();
    }
}
