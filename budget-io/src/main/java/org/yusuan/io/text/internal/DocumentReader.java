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
        ReadContext context = new ReadContext(log, codes, prevailingUnit(located.blocks()), "其他表的单位");

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
        adoptStrays(log, context, imports, tables);
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

    /**
     * Rows of a table printed without its heading (the table above was cut off) are read as that table when the
     * text has no such table; its unit, never declared, is 元 when its total is ten thousand times the project
     * total of 表5 or 表3 in 万元. Otherwise they are unread lines.
     */
    private static void adoptStrays(ImportLog log, ReadContext context, Map<TableKind, TableImport> imports,
            Map<TableKind, BudgetTable> tables) {
        for (Map.Entry<TableKind, List<TextLine>> stray : log.strays().entrySet()) {
            TableKind kind = stray.getKey();
            List<TextLine> lines = stray.getValue();
            int first = lines.get(0).number();
            if (imports.containsKey(kind)) {
                for (TextLine line : lines) {
                    log.unread(line, null, "是表" + kind.number() + " 的行，但表" + kind.number()
                            + " 已在别处读出：未读入");
                }
                continue;
            }
            TableBlock block = new TableBlock(kind, first, lines);
            MoneyUnit unit = strayUnit(block, context, tables);
            ReadContext adopted = unit == context.defaultUnit() ? context : new ReadContext(log, context.codes(), unit,
                    "合计为表5（或表3）项目支出合计（万元）一万倍的关系");
            log.infer(first, kind, "第 " + first + "–" + lines.get(lines.size() - 1).number() + " 行是表"
                    + kind.number() + "（" + kind.label() + "）的行，但标题和表头缺失（上一张表在此中断），按表"
                    + kind.number() + "读入");
            TableRead read = TableReaders.of(adopted, block).read();
            tables.put(kind, read.table());
            imports.put(kind, new TableImport(kind, TableStatus.FOUND, read.rowsRead(), OptionalInt.of(first),
                    Optional.empty()));
        }
    }

    private static MoneyUnit strayUnit(TableBlock block, ReadContext context, Map<TableKind, BudgetTable> tables) {
        ImportLog scratch = new ImportLog();
        BudgetTable trial = TableReaders.of(new ReadContext(scratch, context.codes(), context.defaultUnit(), ""), block)
                .read().table();
        Optional<java.math.BigDecimal> total = trial.sections().get(0).getTotals()
                .flatMap(t -> t.getAmounts().values().stream().findFirst());
        for (TableKind reference : List.of(TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.EXPENDITURE_SUMMARY)) {
            BudgetTable table = tables.get(reference);
            if (total.isEmpty() || table == null || table.getUnit() != MoneyUnit.TEN_THOUSAND_YUAN) {
                continue;
            }
            Optional<java.math.BigDecimal> project = table.sections().get(0).getTotals()
                    .flatMap(t -> Optional.ofNullable(t.getAmounts().get(org.yusuan.model.table.ExpenditureColumn.PROJECT)));
            if (project.isPresent() && project.get().movePointRight(4).compareTo(total.get()) == 0) {
                return MoneyUnit.YUAN;
            }
        }
        return context.defaultUnit();
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
