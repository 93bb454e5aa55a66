package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.io.text.ImportReport;
import org.yusuan.io.text.ImportResult;
import org.yusuan.io.text.TableImport;
import org.yusuan.io.text.TableStatus;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.MoneyUnit;
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
 * Imports one whole text: splits it into lines, reads the identity, locates and reads the tables, reads the parts
 * outside the tables, and assembles the disclosure and the report.
 */
public final class DocumentReader {

    private static final java.util.SortedSet<Integer> BUILT_IN_YEARS = ClassificationCatalog.builtInYears();

    private DocumentReader() {
    }

    /**
     * Imports a text.
     *
     * @param text the text
     * @param source its name
     * @return the result
     */
    public static ImportResult read(String text, String source) {
        List<TextLine> lines = CellSplitter.lines(text);
        ImportLog log = new ImportLog();
        DocumentIdentity identity = DocumentIdentity.read(lines, log);
        int year = identity.fiscalYear();
        if (!BUILT_IN_YEARS.contains(year)) {
            log.infer(1, null, "没有 " + year + " 年的科目表，按 " + BUILT_IN_YEARS.last() + " 年科目读编码");
            year = BUILT_IN_YEARS.last();
        }
        CodeReader codes = new CodeReader(ClassificationCatalog.functional(year), ClassificationCatalog.economic(year));
        TableLocator.Located located = TableLocator.locate(lines, log);
        ReadContext context = new ReadContext(log, codes, prevailingUnit(located.blocks()));

        Map<TableKind, TableImport> imports = new EnumMap<>(TableKind.class);
        Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
        for (TableBlock block : located.blocks()) {
            TableRead read = TableReaders.of(context, block).read();
            tables.put(block.kind(), read.table());
            TableStatus status = read.table().isDeclaredEmpty() && read.rowsRead() == 0 ? TableStatus.FOUND_EMPTY
                    : TableStatus.FOUND;
            imports.put(block.kind(), new TableImport(block.kind(), status, read.rowsRead(),
                    OptionalInt.of(block.headingLine()), read.declaredUnit()));
        }
        List<TableImport> report = new ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            report.add(imports.getOrDefault(kind, TableImport.missing(kind)));
        }

        ImmutableBudgetDisclosure.Builder disclosure = BudgetDisclosure.builder()
                .entityName(identity.entityName())
                .entityKind(identity.entityKind())
                .fiscalYear(identity.fiscalYear());
        putTables(disclosure, tables);
        DocumentParts.read(lines, located, context, disclosure);
        return new ImportResult(disclosure.build(),
                new ImportReport(source, report, log.unreadLines(), log.inferences()));
    }

    private static MoneyUnit prevailingUnit(List<TableBlock> blocks) {
        int tenThousand = 0;
        int yuan = 0;
        for (TableBlock block : blocks) {
            for (TextLine line : block.lines()) {
                Optional<MoneyUnit> unit = PageFurniture.unit(line);
                if (unit.isPresent()) {
                    if (unit.get() == MoneyUnit.YUAN) {
                        yuan++;
                    } else {
                        tenThousand++;
                    }
                    break;
                }
            }
        }
        return yuan > tenThousand ? MoneyUnit.YUAN : MoneyUnit.TEN_THOUSAND_YUAN;
    }

    private static void putTables(ImmutableBudgetDisclosure.Builder b, Map<TableKind, BudgetTable> tables) {
        tables.forEach((kind, table) -> {
            switch (kind) {
                case REVENUE_EXPENDITURE_SUMMARY -> b.revenueExpenditureSummary((RevenueExpenditureSummary) table);
                case REVENUE_SUMMARY -> b.revenueSummary((RevenueSummary) table);
                case EXPENDITURE_SUMMARY -> b.expenditureSummary((ExpenditureSummary) table);
                case FISCAL_APPROPRIATION_SUMMARY -> b.fiscalAppropriationSummary((FiscalAppropriationSummary) table);
                case GENERAL_BUDGET_EXPENDITURE -> b.generalBudgetExpenditure((GeneralBudgetExpenditure) table);
                case GENERAL_BUDGET_BASIC_EXPENDITURE ->
                        b.generalBudgetBasicExpenditure((GeneralBudgetBasicExpenditure) table);
                case GENERAL_BUDGET_PROJECT_EXPENDITURE ->
                        b.generalBudgetProjectExpenditure((GeneralBudgetProjectExpenditure) table);
                case GOVERNMENT_FUND_EXPENDITURE -> b.governmentFundExpenditure((GovernmentFundExpenditure) table);
                case STATE_CAPITAL_EXPENDITURE -> b.stateCapitalExpenditure((StateCapitalExpenditure) table);
                case THREE_PUBLIC_EXPENSES -> b.threePublicExpenses((ThreePublicExpenses) table);
                case CARRYOVER_DETAIL -> b.carryoverDetail((CarryoverDetail) table);
            }
        });
    }
}
