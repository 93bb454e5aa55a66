package org.yusuan.cli;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.validation.Severity;

/**
 * The table printed after checking several inputs (汇总): per file, the tables imported and the findings by
 * severity, then the totals.
 */
final class Summary {

    private final Lang lang;

    Summary(Lang lang) {
        this.lang = lang;
    }

    String render(List<CheckedInput> inputs) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {lang.text("summary.file"), lang.text("summary.tables"), label(Severity.ERROR),
            label(Severity.WARNING), label(Severity.INFO)});
        long tables = 0;
        long unreadable = 0;
        long[] bySeverity = new long[Severity.values().length];
        for (CheckedInput input : inputs) {
            if (input.error().isPresent()) {
                unreadable++;
                rows.add(new String[] {input.input().name(), lang.text("summary.unreadable"), "", "", ""});
                continue;
            }
            tables += input.tablesImported();
            String[] row = new String[] {input.input().name(), Integer.toString(input.tablesImported()), "", "", ""};
            for (Severity severity : Severity.values()) {
                long n = input.count(severity);
                bySeverity[severity.ordinal()] += n;
                row[2 + severity.ordinal()] = Long.toString(n);
            }
            rows.add(row);
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], Text.width(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(Text.pad(row[0], widths[0]));
            for (int i = 1; i < row.length; i++) {
                line.append("  ").append(Text.padLeft(row[i], widths[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(lang.text("summary.total", (long) inputs.size(), unreadable, tables,
                bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
                bySeverity[Severity.INFO.ordinal()])).append('\n');
        return out.toString();
    }

    private String label(Severity severity) {
        return lang == Lang.zh ? severity.label() : severity.name();
    }
}
