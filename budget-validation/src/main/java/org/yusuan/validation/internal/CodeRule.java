package org.yusuan.validation.internal;

import java.util.List;
import java.util.Optional;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.CodeNames;
import org.yusuan.codes.CodeSystem;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.FunctionalCodedRow;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#CODE_NAME_MISMATCH}: a printed 科目名称 that is not the catalog name after {@link
 * CodeNames#normalize(String) normalization} (brackets, spaces, quotes, trailing 支出). {@link Rules#CODE_MISSING}:
 * a row of a coded table printed without a code, placed by its name when exactly one catalog entry has it (INFO),
 * otherwise left out of every sum by code (WARNING). 表11 is by 项目名称 and may have no codes; 表7 sub-unit rows
 * have none.
 */
final class CodeRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.CODE_NAME_MISMATCH, Rules.CODE_MISSING);
    }

    @Override
    public void check(Context context) {
        BudgetDisclosure d = context.disclosure();
        d.getRevenueExpenditureSummary().ifPresent(t -> check(context, t.getKind(), t.getExpenditureLines()));
        d.getFiscalAppropriationSummary().ifPresent(t -> check(context, t.getKind(), t.getExpenditureLines()));
        for (Tables.Coded t : context.codedTables()) {
            check(context, t.kind(), t.rows());
        }
    }

    private static void check(Context context, TableKind kind, List<? extends TableRow<?>> rows) {
        Catalogs catalogs = context.catalogs();
        for (int i = 0, n = rows.size(); i < n; i++) {
            TableRow<?> row = rows.get(i);
            CodeSystem system = row instanceof BasicExpenditureRow ? CodeSystem.ECONOMIC : CodeSystem.FUNCTIONAL;
            if (row.classificationCode().isEmpty()) {
                if (kind == TableKind.CARRYOVER_DETAIL || Tables.isSubUnit(row)) {
                    continue;
                }
                Where where = Where.row(kind, row);
                Optional<String> inferred = context.codeOf(row, system);
                if (inferred.isPresent()) {
                    context.report(Rules.CODE_MISSING, Severity.INFO, where, "inferred", inferred.get());
                } else {
                    context.report(Rules.CODE_MISSING, Severity.WARNING, where, null);
                }
                continue;
            }
            Optional<String> printed = row.getName();
            if (printed.isEmpty() || printed.get().isBlank()) {
                continue;
            }
            Optional<String> official = officialName(catalogs, row, system);
            if (official.isPresent() && !CodeNames.sameName(printed.get(), official.get())) {
                context.report(Rules.CODE_NAME_MISMATCH, Severity.WARNING, Where.row(kind, row), null, official.get());
            }
        }
    }

    private static Optional<String> officialName(Catalogs catalogs, TableRow<?> row, CodeSystem system) {
        if (system == CodeSystem.ECONOMIC) {
            ClassificationCatalog<EconomicCode> c = catalogs.economic();
            return c == null ? Optional.empty() : ((BasicExpenditureRow) row).getCode().flatMap(c::nameOf);
        }
        ClassificationCatalog<FunctionalCode> c = catalogs.functional();
        return c == null ? Optional.empty() : ((FunctionalCodedRow<?>) row).getCode().flatMap(c::nameOf);
    }
}
