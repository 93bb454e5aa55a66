package org.yusuan.testkit;

import java.util.Objects;
import net.jqwik.api.Arbitrary;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;
import org.yusuan.testkit.internal.AnyDisclosures;
import org.yusuan.testkit.internal.AnyTables;
import org.yusuan.testkit.internal.CodeArbitraries;

/**
 * jqwik generators of budget disclosures (部门预算公开 / 单位预算公开), for property tests here and downstream.
 *
 * <ul>
 *   <li>{@link #any()}: structurally valid but arbitrary disclosures, whose amounts need not add up, full of the
 *       text and numbers that break careless readers and writers; for round-trip tests of formats.</li>
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
     * @return an arbitrary of disclosures, never null
     */
    public static Arbitrary<BudgetDisclosure> any() {
        return AnyDisclosures.any();
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
