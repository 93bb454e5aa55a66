package org.yusuan.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.io.text.Inference;
import org.yusuan.io.text.UnreadLine;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;
import org.yusuan.validation.Finding;
import org.yusuan.validation.Severity;

/**
 * Renders a checked input for people (检查报告): the import, table by table, then the findings grouped by severity
 * and table, with expected, actual and difference in the table's unit.
 */
final class HumanReport {

    private final Lang lang;

    HumanReport(Lang lang) {
        this.lang = lang;
    }

    /** The whole report of one input, lines ending with {@code \n}. */
    String render(CheckedInput checked) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(checked.input().name()).append(" (").append(checked.input().format()).append(")\n");
        if (checked.error().isPresent()) {
            out.append(lang.text("unreadable", checked.input().name(), checked.error().get())).append('\n');
            return out.toString();
        }
        for (CheckedInput.Checked document : checked.documents()) {
            if (document.document().count() > 1) {
                out.append("-- ").append(document.document().name()).append('\n');
            }
            renderDocument(document, out);
        }
        return out.toString();
    }

    private void renderDocument(CheckedInput.Checked checked, StringBuilder out) {
        BudgetDisclosure disclosure = checked.document().disclosure();
        out.append(lang.text("document.heading", disclosure.getEntityName(), String.valueOf(disclosure.getFiscalYear()),
                disclosure.getEntityKind().disclosureLabel())).append('\n');
        renderImport(ImportView.of(checked.document()), out);
        renderFindings(checked.report().findings(), disclosure, out);
    }

    private void renderImport(ImportView view, StringBuilder out) {
        out.append(lang.text("import.summary", count(view.count(ImportView.Status.FOUND)),
                count(view.count(ImportView.Status.FOUND_EMPTY)), count(view.count(ImportView.Status.MISSING)),
                count(view.rows())));
        if (!view.unreadLines().isEmpty()) {
            out.append(lang.text("import.unread", count(view.unreadLines().size())));
        }
        if (!view.inferences().isEmpty()) {
            out.append(lang.text("import.inferred", count(view.inferences().size())));
        }
        out.append('\n');
        int width = view.tables().stream().mapToInt(t -> Text.width(tableLabel(t.kind()))).max().orElse(0);
        int statusWidth = 0;
        for (ImportView.Status status : ImportView.Status.values()) {
            statusWidth = Math.max(statusWidth, Text.width(lang.text("status." + status.name())));
        }
        for (ImportView.TableLine table : view.tables()) {
            StringBuilder line = new StringBuilder("  ").append(Text.pad(tableLabel(table.kind()), width)).append("  ");
            line.append(Text.pad(lang.text("status." + table.status().name()), statusWidth));
            if (table.status() == ImportView.Status.FOUND) {
                line.append("  ").append(Text.padLeft(lang.text("table.rows", count(table.rows())), 8));
            }
            if (table.line().isPresent()) {
                line.append("  ").append(lang.text("table.line", String.valueOf(table.line().getAsInt())));
            }
            table.unit().ifPresent(unit -> line.append("  ").append(unit.label()));
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (!view.unreadLines().isEmpty()) {
            out.append(lang.text("unread.heading", count(view.unreadLines().size()))).append('\n');
            for (UnreadLine unread : view.unreadLines()) {
                out.append("  ").append(lang.text("line", String.valueOf(unread.lineNumber())))
                        .append(unread.table().map(kind -> " [表" + kind.number() + "]").orElse(""))
                        .append(": \"").append(unread.text().strip()).append("\" \u2014 ").append(unread.reason())
                        .append('\n');
            }
        }
        if (!view.inferences().isEmpty()) {
            out.append(lang.text("inference.heading", count(view.inferences().size()))).append('\n');
            for (Inference inference : view.inferences()) {
                out.append("  ").append(lang.text("line", String.valueOf(inference.lineNumber())))
                        .append(inference.table().map(kind -> " [表" + kind.number() + "]").orElse(""))
                        .append(": ").append(inference.description()).append('\n');
            }
        }
    }

    private void renderFindings(List<Finding> findings, BudgetDisclosure disclosure, StringBuilder out) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, findings.stream().filter(f -> f.severity() == severity).count());
        }
        out.append(lang.text("check.summary", count(counts.get(Severity.ERROR)), count(counts.get(Severity.WARNING)),
                count(counts.get(Severity.INFO)))).append('\n');
        if (findings.isEmpty()) {
            out.append(lang.text("no.findings")).append('\n');
            return;
        }
        for (Severity severity : Severity.values()) {
            List<Finding> ofSeverity = findings.stream().filter(f -> f.severity() == severity).toList();
            if (ofSeverity.isEmpty()) {
                continue;
            }
            out.append(severityLabel(severity)).append(lang == Lang.zh ? "（" : " (").append(ofSeverity.size())
                    .append(lang == Lang.zh ? "）\n" : ")\n");
            Map<Optional<TableKind>, List<Finding>> byTable = new LinkedHashMap<>();
            for (TableKind kind : TableKind.values()) {
                byTable.put(Optional.of(kind), new ArrayList<>());
            }
            byTable.put(Optional.empty(), new ArrayList<>());
            ofSeverity.forEach(finding -> byTable.get(finding.table()).add(finding));
            byTable.forEach((table, inTable) -> {
                if (inTable.isEmpty()) {
                    return;
                }
                Optional<MoneyUnit> unit = table.flatMap(disclosure::table).map(BudgetTable::getUnit);
                out.append("  ").append(table.map(this::tableHeading).orElse(lang.text("no.table")));
                unit.ifPresent(u -> out.append(" (").append(u.label()).append(')'));
                out.append('\n');
                inTable.forEach(finding -> renderFinding(finding, unit, out));
            });
        }
    }

    private void renderFinding(Finding finding, Optional<MoneyUnit> tableUnit, StringBuilder out) {
        Optional<MoneyUnit> unit = finding.unit().or(() -> tableUnit);
        out.append("    [").append(finding.rule()).append("] ").append(sentence(finding)).append('\n');
        List<String> amounts = new ArrayList<>();
        finding.expected().ifPresent(a -> amounts.add(lang.text("amount.expected") + " " + amount(a, unit)));
        finding.actual().ifPresent(a -> amounts.add(lang.text("amount.actual") + " " + amount(a, unit)));
        finding.difference().ifPresent(a -> amounts.add(lang.text("amount.difference") + " " + amount(a, unit)));
        if (!amounts.isEmpty()) {
            out.append("      ").append(String.join(lang == Lang.zh ? "，" : ", ", amounts));
            out.append('\n');
        }
    }

    /**
     * The finding's sentence without the severity tag it starts with and the rule id it ends with, which the report
     * shows already (the finding sits under its severity, the rule id leads the line).
     */
    private String sentence(Finding finding) {
        String message = finding.message(lang.locale()).strip();
        int tagEnd = message.indexOf("] ");
        if (message.startsWith("[") && tagEnd > 0 && tagEnd <= 12) {
            message = message.substring(tagEnd + 2);
        }
        String rule = " (" + finding.rule() + ")";
        if (message.endsWith(rule)) {
            message = message.substring(0, message.length() - rule.length());
        }
        return message;
    }

    private static String amount(BigDecimal amount, Optional<MoneyUnit> unit) {
        return amount.toPlainString() + unit.map(u -> " " + u.label()).orElse("");
    }

    private String severityLabel(Severity severity) {
        return lang == Lang.zh ? severity.label() : severity.name();
    }

    private static String tableLabel(TableKind kind) {
        return "表" + kind.number() + " " + kind.label();
    }

    private String tableHeading(TableKind kind) {
        return lang == Lang.zh ? tableLabel(kind) : tableLabel(kind) + " \u2014 " + kind.englishName();
    }

    /** A count, as a number so that the bundles can choose singular or plural. */
    private static Long count(long n) {
        return n;
    }
}
