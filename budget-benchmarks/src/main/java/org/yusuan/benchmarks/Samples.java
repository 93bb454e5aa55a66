package org.yusuan.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.CarryoverRow;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.ImmutableCarryoverDetail;
import org.yusuan.model.table.ImmutableExpenditureSummary;
import org.yusuan.model.table.ImmutableFiscalAppropriationSummary;
import org.yusuan.model.table.ImmutableGeneralBudgetBasicExpenditure;
import org.yusuan.model.table.ImmutableGeneralBudgetExpenditure;
import org.yusuan.model.table.ImmutableGeneralBudgetProjectExpenditure;
import org.yusuan.model.table.ImmutableGovernmentFundExpenditure;
import org.yusuan.model.table.ImmutableRevenueExpenditureSummary;
import org.yusuan.model.table.ImmutableRevenueSummary;
import org.yusuan.model.table.ImmutableStateCapitalExpenditure;
import org.yusuan.model.table.ImmutableThreePublicExpenses;
import org.yusuan.model.table.TotalsRow;
import org.yusuan.testkit.Fixtures;

/**
 * The disclosures (样本) the benchmarks measure: the typical one is a real disclosure, the large one is built from it
 * deterministically in code.
 */
public final class Samples {

    /** How many times the large disclosure repeats the rows of the typical one. */
    public static final int LARGE_FACTOR = 25;

    private Samples() {
    }

    /**
     * A disclosure by name, as {@code @Param} values give it.
     *
     * @param size {@code typical} or {@code large}
     * @return the disclosure, never null
     * @throws IllegalArgumentException for another name
     */
    public static BudgetDisclosure of(String size) {
        return switch (size) {
            case "typical" -> typical();
            case "large" -> large();
            default -> throw new IllegalArgumentException("no sample named \"" + size + "\"; use typical or large");
        };
    }

    /**
     * A typical disclosure: 库尔勒市人民政府办公室's 2024 department disclosure as printed ({@link
     * Fixtures#korlaCityGovOffice()}): every table, a few to a few dozen rows each, narrative, other matters and
     * performance sheets.
     *
     * @return the disclosure, never null
     */
    public static BudgetDisclosure typical() {
        return Fixtures.korlaCityGovOffice();
    }

    /**
     * A large disclosure: the typical one with every table present and filled, each table's body rows repeated
     * {@value #LARGE_FACTOR} times (hundreds of rows per table), its totals rows multiplied to match, and the project
     * performance sheets repeated as often. 表8, 表9 and 表11, declared empty in the typical one, get rows made from
     * 表5's. Codes repeat, so a validator finds more than in a real document; the point is size.
     *
     * @return the disclosure, never null
     */
    public static BudgetDisclosure large() {
        return large(LARGE_FACTOR);
    }

    static BudgetDisclosure large(int factor) {
        BudgetDisclosure typical = typical();
        ImmutableBudgetDisclosure large = ImmutableBudgetDisclosure.copyOf(typical);
        var t1 = typical.getRevenueExpenditureSummary().orElseThrow();
        large = large.withRevenueExpenditureSummary(ImmutableRevenueExpenditureSummary.copyOf(t1)
                .withExpenditureLines(repeat(t1.getExpenditureLines(), factor)));
        var t2 = typical.getRevenueSummary().orElseThrow();
        large = large.withRevenueSummary(ImmutableRevenueSummary.copyOf(t2)
                .withRows(repeat(t2.getRows(), factor)).withTotals(times(t2.getTotals(), factor)));
        var t3 = typical.getExpenditureSummary().orElseThrow();
        large = large.withExpenditureSummary(ImmutableExpenditureSummary.copyOf(t3)
                .withRows(repeat(t3.getRows(), factor)).withTotals(times(t3.getTotals(), factor)));
        var t4 = typical.getFiscalAppropriationSummary().orElseThrow();
        large = large.withFiscalAppropriationSummary(ImmutableFiscalAppropriationSummary.copyOf(t4)
                .withExpenditureLines(repeat(t4.getExpenditureLines(), factor)));
        var t5 = typical.getGeneralBudgetExpenditure().orElseThrow();
        large = large.withGeneralBudgetExpenditure(ImmutableGeneralBudgetExpenditure.copyOf(t5)
                .withRows(repeat(t5.getRows(), factor)).withTotals(times(t5.getTotals(), factor)));
        var t6 = typical.getGeneralBudgetBasicExpenditure().orElseThrow();
        large = large.withGeneralBudgetBasicExpenditure(ImmutableGeneralBudgetBasicExpenditure.copyOf(t6)
                .withRows(repeat(t6.getRows(), factor)).withTotals(times(t6.getTotals(), factor)));
        var t7 = typical.getGeneralBudgetProjectExpenditure().orElseThrow();
        large = large.withGeneralBudgetProjectExpenditure(ImmutableGeneralBudgetProjectExpenditure.copyOf(t7)
                .withRows(repeat(t7.getRows(), factor)).withTotals(times(t7.getTotals(), factor)));
        List<FundExpenditureRow> fundRows = new ArrayList<>();
        List<CarryoverRow> carryoverRows = new ArrayList<>();
        for (ExpenditureRow row : t5.getRows()) {
            fundRows.add(fundRow(row));
            carryoverRows.add(carryoverRow(row));
        }
        var t8 = typical.getGovernmentFundExpenditure().orElseThrow();
        large = large.withGovernmentFundExpenditure(ImmutableGovernmentFundExpenditure.copyOf(t8)
                .withEmptyNote(Optional.empty()).withRows(repeat(fundRows, factor))
                .withTotals(times(t5.getTotals().map(Samples::fundTotals), factor)));
        var t9 = typical.getStateCapitalExpenditure().orElseThrow();
        large = large.withStateCapitalExpenditure(ImmutableStateCapitalExpenditure.copyOf(t9)
                .withEmptyNote(Optional.empty()).withRows(repeat(fundRows, factor))
                .withTotals(times(t5.getTotals().map(Samples::fundTotals), factor)));
        var t10 = typical.getThreePublicExpenses().orElseThrow();
        large = large.withThreePublicExpenses(ImmutableThreePublicExpenses.copyOf(t10)
                .withRows(repeat(t10.getRows(), factor)).withTotals(times(t10.getTotals(), factor)));
        var t11 = typical.getCarryoverDetail().orElseThrow();
        large = large.withCarryoverDetail(ImmutableCarryoverDetail.copyOf(t11)
                .withEmptyNote(Optional.empty()).withRows(repeat(carryoverRows, factor))
                .withTotals(times(t5.getTotals().map(Samples::carryoverTotals), factor)));
        return large.withProjectPerformanceTargets(repeat(typical.getProjectPerformanceTargets(), factor));
    }

    private static <T> List<T> repeat(List<T> items, int times) {
        List<T> repeated = new ArrayList<>(items.size() * times);
        for (int i = 0; i < times; i++) {
            repeated.addAll(items);
        }
        return repeated;
    }

    private static <C extends Enum<C> & AmountColumn> Optional<TotalsRow<C>> times(Optional<TotalsRow<C>> totals,
            int factor) {
        return totals.map(row -> {
            var builder = TotalsRow.<C>builder().name(row.getName());
            row.getAmounts().forEach((column, amount) -> builder.putAmounts(column,
                    amount.multiply(BigDecimal.valueOf(factor))));
            return builder.build();
        });
    }

    private static FundExpenditureRow fundRow(ExpenditureRow row) {
        var builder = FundExpenditureRow.builder().code(row.getCode()).name(row.getName());
        builder.putAllAmounts(fundAmounts(row.getAmounts()));
        return builder.build();
    }

    private static TotalsRow<FundExpenditureColumn> fundTotals(TotalsRow<ExpenditureColumn> totals) {
        return TotalsRow.<FundExpenditureColumn>builder().name(totals.getName())
                .putAllAmounts(fundAmounts(totals.getAmounts())).build();
    }

    private static Map<FundExpenditureColumn, BigDecimal> fundAmounts(Map<ExpenditureColumn, BigDecimal> amounts) {
        Map<FundExpenditureColumn, BigDecimal> fund = new EnumMap<>(FundExpenditureColumn.class);
        put(fund, FundExpenditureColumn.TOTAL, amounts.get(ExpenditureColumn.TOTAL));
        put(fund, FundExpenditureColumn.PERSONNEL, amounts.get(ExpenditureColumn.BASIC));
        put(fund, FundExpenditureColumn.PROJECT, amounts.get(ExpenditureColumn.PROJECT));
        return fund;
    }

    private static CarryoverRow carryoverRow(ExpenditureRow row) {
        return CarryoverRow.builder().code(row.getCode()).name(row.getName())
                .putAllAmounts(carryoverAmounts(row.getAmounts())).build();
    }

    private static TotalsRow<CarryoverColumn> carryoverTotals(TotalsRow<ExpenditureColumn> totals) {
        return TotalsRow.<CarryoverColumn>builder().name(totals.getName())
                .putAllAmounts(carryoverAmounts(totals.getAmounts())).build();
    }

    private static Map<CarryoverColumn, BigDecimal> carryoverAmounts(Map<ExpenditureColumn, BigDecimal> amounts) {
        Map<CarryoverColumn, BigDecimal> carryover = new EnumMap<>(CarryoverColumn.class);
        put(carryover, CarryoverColumn.TOTAL, amounts.get(ExpenditureColumn.TOTAL));
        put(carryover, CarryoverColumn.FISCAL_TOTAL, amounts.get(ExpenditureColumn.TOTAL));
        put(carryover, CarryoverColumn.FISCAL_PERSONNEL, amounts.get(ExpenditureColumn.BASIC));
        put(carryover, CarryoverColumn.FISCAL_PROJECT, amounts.get(ExpenditureColumn.PROJECT));
        return carryover;
    }

    private static <C extends Enum<C>> void put(Map<C, BigDecimal> map, C column, BigDecimal amount) {
        if (amount != null) {
            map.put(column, amount);
        }
    }
}
