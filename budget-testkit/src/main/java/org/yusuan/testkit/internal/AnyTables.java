package org.yusuan.testkit.internal;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.CarryoverRow;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RevenueRow;
import org.yusuan.model.table.RevenueSummary;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryExpenditureLine;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.model.table.TotalsRow;

/**
 * The eleven tables for {@code Disclosures.any()}: each either declared empty (为空表) or printed with a few rows,
 * rows with and without codes and names, blank and printed cells, totals rows present or not, either unit. The
 * amounts need not add up.
 */
public final class AnyTables {

    private static final int MAX_ROWS = 5;

    private AnyTables() {
    }

    /**
     * Any table of the given kind.
     *
     * @param kind the table
     * @return an arbitrary of tables of that kind
     */
    public static Arbitrary<BudgetTable> of(TableKind kind) {
        Arbitrary<? extends BudgetTable> table = switch (kind) {
            case REVENUE_EXPENDITURE_SUMMARY -> revenueExpenditureSummary();
            case REVENUE_SUMMARY -> revenueSummary();
            case EXPENDITURE_SUMMARY -> expenditureSummary();
            case FISCAL_APPROPRIATION_SUMMARY -> fiscalAppropriationSummary();
            case GENERAL_BUDGET_EXPENDITURE -> generalBudgetExpenditure();
            case GENERAL_BUDGET_BASIC_EXPENDITURE -> generalBudgetBasicExpenditure();
            case GENERAL_BUDGET_PROJECT_EXPENDITURE -> generalBudgetProjectExpenditure();
            case GOVERNMENT_FUND_EXPENDITURE -> governmentFundExpenditure();
            case STATE_CAPITAL_EXPENDITURE -> stateCapitalExpenditure();
            case THREE_PUBLIC_EXPENSES -> threePublicExpenses();
            case CARRYOVER_DETAIL -> carryoverDetail();
        };
        return table.map(BudgetTable.class::cast);
    }

    /** The common head of a table: its unit and, when declared empty, its note. */
    private record Head(MoneyUnit unit, Optional<String> emptyNote) {
    }

    private static Arbitrary<Head> head() {
        return Combinators.combine(Arbitraries.of(MoneyUnit.class), Texts.any().optional(0.2)).as(Head::new);
    }

    /**
     * A printed totals row, or none.
     *
     * @param columns the column enum
     * @param <C> the column type
     * @return an arbitrary of optional totals rows
     */
    public static <C extends Enum<C> & AmountColumn> Arbitrary<Optional<TotalsRow<C>>> totals(Class<C> columns) {
        return Combinators.combine(Texts.optional(), AnyAmounts.cells(columns))
                .as((name, cells) -> (TotalsRow<C>) TotalsRow.<C>builder().name(name).putAllAmounts(cells).build())
                .optional(0.7);
    }

    private static <T> Arbitrary<List<T>> rows(Arbitrary<T> row) {
        return row.list().ofMaxSize(MAX_ROWS);
    }

    /** A table declared empty (为空表) prints no rows. */
    private static <T> List<T> printed(Head head, List<T> rows) {
        return head.emptyNote().isPresent() ? List.of() : rows;
    }

    /** @return any 表1 收支总体情况表 */
    public static Arbitrary<RevenueExpenditureSummary> revenueExpenditureSummary() {
        Arbitrary<SummaryIncomeLine> income = Combinators.combine(
                        Arbitraries.of(IncomeItem.class).optional(0.8), Texts.optional(),
                        AnyAmounts.cells(SummaryColumn.class))
                .as((item, name, cells) -> SummaryIncomeLine.builder().item(item).name(name)
                        .putAllAmounts(cells).build());
        Arbitrary<SummaryExpenditureLine> spending = Combinators.combine(
                        CodeArbitraries.anyFunctionalCategory().optional(0.8), Texts.optional(),
                        AnyAmounts.cells(SummaryColumn.class))
                .as((code, name, cells) -> SummaryExpenditureLine.builder().code(code).name(name)
                        .putAllAmounts(cells).build());
        return Combinators.combine(head(), rows(income), totals(SummaryColumn.class),
                        rows(spending), totals(SummaryColumn.class))
                .as((head, in, inTotal, out, outTotal) -> RevenueExpenditureSummary.builder()
                        .unit(head.unit()).emptyNote(head.emptyNote())
                        .addAllIncomeLines(printed(head, in)).incomeTotal(inTotal)
                        .addAllExpenditureLines(printed(head, out)).expenditureTotal(outTotal)
                        .build());
    }

    /** @return any 表2 收入总体情况表 */
    public static Arbitrary<RevenueSummary> revenueSummary() {
        Arbitrary<RevenueRow> row = Combinators.combine(CodeArbitraries.anyFunctional().optional(0.8),
                        Texts.optional(), AnyAmounts.cells(RevenueColumn.class))
                .as((code, name, cells) -> RevenueRow.builder().code(code).name(name).putAllAmounts(cells).build());
        return Combinators.combine(head(), rows(row), totals(RevenueColumn.class))
                .as((head, rows, totals) -> RevenueSummary.builder().unit(head.unit()).emptyNote(head.emptyNote())
                        .addAllRows(printed(head, rows)).totals(totals).build());
    }

    private static Arbitrary<ExpenditureRow> expenditureRow() {
        return Combinators.combine(CodeArbitraries.anyFunctional().optional(0.8), Texts.optional(),
                        AnyAmounts.cells(ExpenditureColumn.class))
                .as((code, name, cells) -> ExpenditureRow.builder().code(code).name(name).putAllAmounts(cells)
                        .build());
    }

    /** @return any 表3 支出总体情况表 */
    public static Arbitrary<ExpenditureSummary> expenditureSummary() {
        return Combinators.combine(head(), rows(expenditureRow()),
                        totals(ExpenditureColumn.class))
                .as((head, rows, totals) -> ExpenditureSummary.builder().unit(head.unit()).emptyNote(head.emptyNote())
                        .addAllRows(printed(head, rows)).totals(totals).build());
    }

    /** @return any 表4 财政拨款收支预算总体情况表 */
    public static Arbitrary<FiscalAppropriationSummary> fiscalAppropriationSummary() {
        Arbitrary<FiscalIncomeLine> income = Combinators.combine(
                        Arbitraries.of(FiscalIncomeItem.class).optional(0.8), Texts.optional(),
                        AnyAmounts.cells(FiscalIncomeColumn.class))
                .as((item, name, cells) -> FiscalIncomeLine.builder().item(item).name(name)
                        .putAllAmounts(cells).build());
        Arbitrary<FiscalExpenditureLine> spending = Combinators.combine(
                        CodeArbitraries.anyFunctionalCategory().optional(0.8), Texts.optional(),
                        AnyAmounts.cells(FiscalExpenditureColumn.class))
                .as((code, name, cells) -> FiscalExpenditureLine.builder().code(code).name(name)
                        .putAllAmounts(cells).build());
        return Combinators.combine(head(), rows(income), totals(FiscalIncomeColumn.class),
                        rows(spending), totals(FiscalExpenditureColumn.class))
                .as((head, in, inTotal, out, outTotal) -> FiscalAppropriationSummary.builder()
                        .unit(head.unit()).emptyNote(head.emptyNote())
                        .addAllIncomeLines(printed(head, in)).incomeTotal(inTotal)
                        .addAllExpenditureLines(printed(head, out)).expenditureTotal(outTotal)
                        .build());
    }

    /** @return any 表5 一般公共预算支出情况表 */
    public static Arbitrary<GeneralBudgetExpenditure> generalBudgetExpenditure() {
        return Combinators.combine(head(), rows(expenditureRow()),
                        totals(ExpenditureColumn.class))
                .as((head, rows, totals) -> GeneralBudgetExpenditure.builder().unit(head.unit())
                        .emptyNote(head.emptyNote()).addAllRows(printed(head, rows)).totals(totals).build());
    }

    /** @return any 表6 一般公共预算基本支出情况表 */
    public static Arbitrary<GeneralBudgetBasicExpenditure> generalBudgetBasicExpenditure() {
        Arbitrary<BasicExpenditureRow> row = Combinators.combine(CodeArbitraries.anyEconomic().optional(0.8),
                        Texts.optional(), AnyAmounts.cells(BasicExpenditureColumn.class))
                .as((code, name, cells) -> BasicExpenditureRow.builder().code(code).name(name)
                        .putAllAmounts(cells).build());
        return Combinators.combine(head(), rows(row), totals(BasicExpenditureColumn.class))
                .as((head, rows, totals) -> GeneralBudgetBasicExpenditure.builder().unit(head.unit())
                        .emptyNote(head.emptyNote()).addAllRows(printed(head, rows)).totals(totals).build());
    }

    /** @return any 表7 一般公共预算项目支出情况表 */
    public static Arbitrary<GeneralBudgetProjectExpenditure> generalBudgetProjectExpenditure() {
        Arbitrary<ProjectExpenditureRow> row = Combinators.combine(Arbitraries.of(ProjectRowKind.class),
                        CodeArbitraries.anyFunctional().optional(0.7), Texts.optional(), Texts.optional(),
                        Texts.optional(), AnyAmounts.cells(ProjectExpenditureColumn.class))
                .as((kind, code, name, project, subUnit, cells) -> ProjectExpenditureRow.builder().rowKind(kind)
                        .code(code).name(name).projectName(project).subUnit(subUnit).putAllAmounts(cells).build());
        return Combinators.combine(head(), rows(row), totals(ProjectExpenditureColumn.class))
                .as((head, rows, totals) -> GeneralBudgetProjectExpenditure.builder().unit(head.unit())
                        .emptyNote(head.emptyNote()).addAllRows(printed(head, rows)).totals(totals).build());
    }

    private static Arbitrary<FundExpenditureRow> fundRow() {
        return Combinators.combine(CodeArbitraries.anyFunctional().optional(0.8), Texts.optional(),
                        AnyAmounts.cells(FundExpenditureColumn.class))
                .as((code, name, cells) -> FundExpenditureRow.builder().code(code).name(name).putAllAmounts(cells)
                        .build());
    }

    /** @return any 表8 政府性基金预算支出情况表 */
    public static Arbitrary<GovernmentFundExpenditure> governmentFundExpenditure() {
        return Combinators.combine(head(), rows(fundRow()),
                        totals(FundExpenditureColumn.class))
                .as((head, rows, totals) -> GovernmentFundExpenditure.builder().unit(head.unit())
                        .emptyNote(head.emptyNote()).addAllRows(printed(head, rows)).totals(totals).build());
    }

    /** @return any 表9 国有资本经营预算支出情况表 */
    public static Arbitrary<StateCapitalExpenditure> stateCapitalExpenditure() {
        return Combinators.combine(head(), rows(fundRow()),
                        totals(FundExpenditureColumn.class))
                .as((head, rows, totals) -> StateCapitalExpenditure.builder().unit(head.unit())
                        .emptyNote(head.emptyNote()).addAllRows(printed(head, rows)).totals(totals).build());
    }

    /** @return any 表10 财政拨款“三公”经费支出情况表 */
    public static Arbitrary<ThreePublicExpenses> threePublicExpenses() {
        Arbitrary<ThreePublicExpenseRow> row = Combinators.combine(
                        Arbitraries.of(ThreePublicExpenseItem.class).optional(0.8), Texts.optional(),
                        AnyAmounts.cells(ThreePublicExpenseColumn.class))
                .as((item, name, cells) -> ThreePublicExpenseRow.builder().item(item).name(name)
                        .putAllAmounts(cells).build());
        return Combinators.combine(head(), rows(row), totals(ThreePublicExpenseColumn.class))
                .as((head, rows, totals) -> ThreePublicExpenses.builder().unit(head.unit()).emptyNote(head.emptyNote())
                        .addAllRows(printed(head, rows)).totals(totals).build());
    }

    /** @return any 表11 上年结转结余情况明细表 */
    public static Arbitrary<CarryoverDetail> carryoverDetail() {
        Arbitrary<CarryoverRow> row = Combinators.combine(CodeArbitraries.anyFunctional().optional(0.8),
                        Texts.optional(), AnyAmounts.cells(CarryoverColumn.class))
                .as((code, name, cells) -> CarryoverRow.builder().code(code).name(name).putAllAmounts(cells)
                        .build());
        return Combinators.combine(head(), rows(row), totals(CarryoverColumn.class))
                .as((head, rows, totals) -> CarryoverDetail.builder().unit(head.unit()).emptyNote(head.emptyNote())
                        .addAllRows(printed(head, rows)).totals(totals).build());
    }
}
