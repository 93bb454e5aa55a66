package org.yusuan.validation.internal;

import java.util.ArrayList;
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
        Catalogs catalogs = context.catalogs();
        List<TableKind> kinds = new ArrayList<>();
        List<TableRow<?>> rows = new ArrayList<>();
        d.getRevenueExpenditureSummary().ifPresent(t -> t.getExpenditureLines().forEach(r -> {
            kinds.add(t.getKind());
            rows.add(r);
        }));
        d.getFiscalAppropriationSummary().ifPresent(t -> t.getExpenditureLines().forEach(r -> {
            kinds.add(t.getKind());
            rows.add(r);
        }));
        for (Tables.Coded t : Tables.coded(d)) {
            for (TableRow<?> r : t.rows()) {
                kinds.add(t.kind());
                rows.add(r);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            TableRow<?> row = rows.get(i);
            TableKind kind = kinds.get(i);
            CodeSystem system = row instanceof BasicExpenditureRow ? CodeSystem.ECONOMIC : CodeSystem.FUNCTIONAL;
            if (row.classificationCode().isEmpty()) {
                Where where = Where.row(kind, row);
                if (kind == TableKind.CARRYOVER_DETAIL || Tables.isSubUnit(row)) {
                    continue;
                }
                Optional<String> inferred = context.codeOf(row, system);
                if (inferred.isPresent()) {
                    context.report(Rules.CODE_MISSING, Severity.INFO, where, "inferred", inferred.get());
                } else {
                    context.report(Rules.CODE_MISSING, Severity.WARNING, where, null);
                }
                continue;
            }
            Optional<String> printed = row.getName().filter(n -> !n.isBlank());
            if (printed.isEmpty()) {
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
