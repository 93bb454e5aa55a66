package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.CarryoverRow;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RevenueRow;
import org.yusuan.model.table.RevenueSummary;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.SummaryExpenditureLine;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.model.table.TotalsRow;

/**
 * Converts between the model's tables and {@link TableData}, in both directions, for all eleven tables.
 */
public final class TableModel {

    /** Turns a failure to build a row into a read error at that row. */
    @FunctionalInterface
    public interface RowErrors {
        /**
         * The error for a row the model refused.
         *
         * @param row the row
         * @param failure why the model refused it
         * @return the error to throw
         */
        ReadException at(RowData row, RuntimeException failure);
    }

    private TableModel() {
    }

    /**
     * A table as generic rows.
     *
     * @param table the table
     * @return its data
     */
    public static TableData toData(BudgetTable table) {
        List<TableData.SectionData> sections = new ArrayList<>();
        for (TableSection<?> section : table.sections()) {
            List<RowData> rows = new ArrayList<>();
            for (TableRow<?> row : section.getRows()) {
                rows.add(row(row, false));
            }
            sections.add(new TableData.SectionData(rows, section.getTotals().map(t -> row(t, true))));
        }
        return new TableData(table.getKind(), table.getUnit(), table.getEmptyNote(), sections);
    }

    private static RowData row(TableRow<?> row, boolean total) {
        RowKind kind = total ? RowKind.TOTAL
                : row instanceof ProjectExpenditureRow p ? RowKind.of(p.getRowKind()) : RowKind.BODY;
        Optional<Enum<?>> item = Optional.empty();
        if (row instanceof SummaryIncomeLine l) {
            item = l.getItem().map(i -> i);
        } else if (row instanceof FiscalIncomeLine l) {
            item = l.getItem().map(i -> i);
        } else if (row instanceof ThreePublicExpenseRow l) {
            item = l.getItem().map(i -> i);
        }
        Optional<String> project = Optional.empty();
        Optional<String> subUnit = Optional.empty();
        if (row instanceof ProjectExpenditureRow p) {
            project = p.getProjectName();
            subUnit = p.getSubUnit();
        }
        Map<Enum<?>, BigDecimal> amounts = new LinkedHashMap<>();
        row.getAmounts().forEach(amounts::put);
        return new RowData(kind, item, total ? Optional.empty() : row.classificationCode(), row.getName(), project,
                subUnit, amounts, 0);
    }

    /**
     * Puts a table into a disclosure builder.
     *
     * @param data the table
     * @param errors how to report a row the model refuses
     * @param b the builder
     */
    public static void put(TableData data, RowErrors errors, ImmutableBudgetDisclosure.Builder b) {
        List<TableData.SectionData> s = data.sections();
        switch (data.kind()) {
            case REVENUE_EXPENDITURE_SUMMARY -> b.revenueExpenditureSummary(RevenueExpenditureSummary.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllIncomeLines(rows(s.get(0), errors, r -> SummaryIncomeLine.builder()
                            .item(r.item().map(IncomeItem.class::cast)).name(r.name())
                            .putAllAmounts(amounts(r)).build()))
                    .incomeTotal(totals(s.get(0), errors))
                    .addAllExpenditureLines(rows(s.get(1), errors, r -> SummaryExpenditureLine.builder()
                            .code(functional(r)).name(r.name()).putAllAmounts(amounts(r)).build()))
                    .expenditureTotal(totals(s.get(1), errors))
                    .build());
            case REVENUE_SUMMARY -> b.revenueSummary(RevenueSummary.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllRows(rows(s.get(0), errors, r -> RevenueRow.builder()
                            .code(functional(r)).name(r.name()).putAllAmounts(amounts(r)).build()))
                    .totals(totals(s.get(0), errors)).build());
            case EXPENDITURE_SUMMARY -> b.expenditureSummary(ExpenditureSummary.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllRows(rows(s.get(0), errors, TableModel::expenditureRow))
                    .totals(totals(s.get(0), errors)).build());
            case FISCAL_APPROPRIATION_SUMMARY -> b.fiscalAppropriationSummary(FiscalAppropriationSummary.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllIncomeLines(rows(s.get(0), errors, r -> FiscalIncomeLine.builder()
                            .item(r.item().map(FiscalIncomeItem.class::cast)).name(r.name())
                            .putAllAmounts(amounts(r)).build()))
                    .incomeTotal(totals(s.get(0), errors))
                    .addAllExpenditureLines(rows(s.get(1), errors, r -> FiscalExpenditureLine.builder()
                            .code(functional(r)).name(r.name()).putAllAmounts(amounts(r)).build()))
                    .expenditureTotal(totals(s.get(1), errors))
                    .build());
            case GENERAL_BUDGET_EXPENDITURE -> b.generalBudgetExpenditure(GeneralBudgetExpenditure.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllRows(rows(s.get(0), errors, TableModel::expenditureRow))
                    .totals(totals(s.get(0), errors)).build());
            case GENERAL_BUDGET_BASIC_EXPENDITURE -> b.generalBudgetBasicExpenditure(
                    GeneralBudgetBasicExpenditure.builder()
                            .unit(data.unit()).emptyNote(data.emptyNote())
                            .addAllRows(rows(s.get(0), errors, r -> BasicExpenditureRow.builder()
                                    .code(r.code().map(EconomicCode.class::cast)).name(r.name())
                                    .putAllAmounts(amounts(r)).build()))
                            .totals(totals(s.get(0), errors)).build());
            case GENERAL_BUDGET_PROJECT_EXPENDITURE -> b.generalBudgetProjectExpenditure(
                    GeneralBudgetProjectExpenditure.builder()
                            .unit(data.unit()).emptyNote(data.emptyNote())
                            .addAllRows(rows(s.get(0), errors, r -> ProjectExpenditureRow.builder()
                                    .rowKind(r.kind().projectRowKind().orElseThrow())
                                    .code(functional(r)).name(r.name()).projectName(r.project())
                                    .subUnit(r.subUnit()).putAllAmounts(amounts(r)).build()))
                            .totals(totals(s.get(0), errors)).build());
            case GOVERNMENT_FUND_EXPENDITURE -> b.governmentFundExpenditure(GovernmentFundExpenditure.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllRows(rows(s.get(0), errors, TableModel::fundRow))
                    .totals(totals(s.get(0), errors)).build());
            case STATE_CAPITAL_EXPENDITURE -> b.stateCapitalExpenditure(StateCapitalExpenditure.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllRows(rows(s.get(0), errors, TableModel::fundRow))
                    .totals(totals(s.get(0), errors)).build());
            case THREE_PUBLIC_EXPENSES -> b.threePublicExpenses(ThreePublicExpenses.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllRows(rows(s.get(0), errors, r -> ThreePublicExpenseRow.builder()
                            .item(r.item().map(ThreePublicExpenseItem.class::cast)).name(r.name())
                            .putAllAmounts(amounts(r)).build()))
                    .totals(totals(s.get(0), errors)).build());
            case CARRYOVER_DETAIL -> b.carryoverDetail(CarryoverDetail.builder()
                    .unit(data.unit()).emptyNote(data.emptyNote())
                    .addAllRows(rows(s.get(0), errors, r -> CarryoverRow.builder()
                            .code(functional(r)).name(r.name()).putAllAmounts(amounts(r)).build()))
                    .totals(totals(s.get(0), errors)).build());
        }
    }

    private static ExpenditureRow expenditureRow(RowData r) {
        return ExpenditureRow.builder().code(functional(r)).name(r.name()).putAllAmounts(amounts(r)).build();
    }

    private static FundExpenditureRow fundRow(RowData r) {
        return FundExpenditureRow.builder().code(functional(r)).name(r.name()).putAllAmounts(amounts(r)).build();
    }

    private static Optional<FunctionalCode> functional(RowData r) {
        return r.code().map(FunctionalCode.class::cast);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <C> Map<C, BigDecimal> amounts(RowData r) {
        return (Map) r.amounts();
    }

    private static <T> List<T> rows(TableData.SectionData section, RowErrors errors, Function<RowData, T> build) {
        List<T> rows = new ArrayList<>();
        for (RowData r : section.rows()) {
            rows.add(build(r, errors, build));
        }
        return rows;
    }

    private static <T> T build(RowData r, RowErrors errors, Function<RowData, T> build) {
        try {
            return build.apply(r);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException | ClassCastException e) {
            throw errors.at(r, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <C extends Enum<C> & org.yusuan.model.table.AmountColumn> Optional<TotalsRow<C>> totals(
            TableData.SectionData section, RowErrors errors) {
        return section.totals().map(r -> build(r, errors,
                x -> (TotalsRow<C>) TotalsRow.<C>builder().name(x.name()).putAllAmounts((Map) x.amounts()).build()));
    }

    /**
     * The description of a row in errors: its code and name, project, or kind.
     *
     * @param row the row
     * @return the description
     */
    public static String describe(RowData row) {
        StringBuilder out = new StringBuilder();
        row.code().map(ClassificationCode::digits).ifPresent(out::append);
        row.name().ifPresent(n -> out.append(out.length() == 0 ? "" : " ").append(Cells.abbreviate(n)));
        row.project().ifPresent(p -> out.append(out.length() == 0 ? "" : " / ").append(Cells.abbreviate(p)));
        if (out.length() == 0) {
            out.append(row.kind().label());
        }
        return out.toString();
    }

    /**
     * The tables of a disclosure as data, in template order.
     *
     * @param d a disclosure
     * @return its tables as data
     */
    public static List<TableData> tables(BudgetDisclosure d) {
        List<TableData> tables = new ArrayList<>();
        for (BudgetTable t : d.tables()) {
            tables.add(toData(t));
        }
        return tables;
    }
}
