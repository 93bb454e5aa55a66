package org.yusuan.io.text.internal;

/**
 * Chooses the reader of a table block by its table: one reader per table shape.
 */
public final class TableReaders {

    private TableReaders() {
    }

    /**
     * The reader for a block.
     *
     * @param context the context
     * @param block the block
     * @return a new reader of that block
     */
    public static TableReader of(ReadContext context, TableBlock block) {
        return switch (block.kind()) {
            case REVENUE_EXPENDITURE_SUMMARY -> new RevenueExpenditureSummaryReader(context, block);
            case REVENUE_SUMMARY -> new RevenueSummaryReader(context, block);
            case EXPENDITURE_SUMMARY, GENERAL_BUDGET_EXPENDITURE -> new ExpenditureTableReader(context, block);
            case FISCAL_APPROPRIATION_SUMMARY -> new FiscalAppropriationSummaryReader(context, block);
            case GENERAL_BUDGET_BASIC_EXPENDITURE -> new BasicExpenditureReader(context, block);
            case GENERAL_BUDGET_PROJECT_EXPENDITURE -> new ProjectExpenditureReader(context, block);
            case GOVERNMENT_FUND_EXPENDITURE, STATE_CAPITAL_EXPENDITURE -> new FundExpenditureReader(context, block);
            case THREE_PUBLIC_EXPENSES -> new ThreePublicExpensesReader(context, block);
            case CARRYOVER_DETAIL -> new CarryoverDetailReader(context, block);
        };
    }
}
