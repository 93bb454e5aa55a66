package org.yusuan.io.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.model.table.TableKind;

/**
 * The import report (导入报告) of one disclosure text: per table whether it was found, found empty or missing and how
 * many rows were read; every non-blank line that could not be interpreted, with its line number and why; and every
 * decision the importer took that the text does not state outright.
 *
 * @param source the name of the text (file name or the name given), never null
 * @param tables one entry per {@link TableKind}, in template order (表1 first); immutable
 * @param unreadLines the lines that could not be read, in line order; immutable
 * @param inferences the decisions taken, in line order; immutable
 */
public record ImportReport(String source, List<TableImport> tables, List<UnreadLine> unreadLines,
        List<Inference> inferences) {

    /**
     * Checks the parts and copies the lists.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if tables does not hold exactly one entry per table kind in template order
     */
    public ImportReport {
        Objects.requireNonNull(source, "source must not be null");
        tables = List.copyOf(tables);
        unreadLines = List.copyOf(unreadLines);
        inferences = List.copyOf(inferences);
        TableKind[] kinds = TableKind.values();
        if (tables.size() != kinds.length) {
            throw new IllegalArgumentException("the report needs one entry per table (" + kinds.length + "), not "
                    + tables.size());
        }
        for (int i = 0; i < kinds.length; i++) {
            if (tables.get(i).kind() != kinds[i]) {
                throw new IllegalArgumentException("table entry " + (i + 1) + " is " + tables.get(i).kind()
                        + ", expected " + kinds[i]);
            }
        }
    }

    /**
     * The entry of one table.
     *
     * @param kind the table, not null
     * @return its entry, never null
     * @throws NullPointerException if kind is null
     */
    public TableImport table(TableKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return tables.get(kind.ordinal());
    }

    /**
     * The unread lines found inside one table.
     *
     * @param kind the table, not null
     * @return those lines in line order, immutable
     */
    public List<UnreadLine> unreadLines(TableKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return unreadLines.stream().filter(u -> u.table().equals(Optional.of(kind))).toList();
    }

    /**
     * Whether everything was read: no table missing, no line left unread.
     *
     * @return true when complete
     */
    public boolean isComplete() {
        return unreadLines.isEmpty() && tables.stream().noneMatch(t -> t.status() == TableStatus.MISSING);
    }

    /**
     * A short Chinese summary, one line per table and one per unread line, for people.
     *
     * @return the summary, never null
     */
    public String summary() {
        StringBuilder out = new StringBuilder("导入报告：").append(source).append('\n');
        for (TableImport t : tables) {
            out.append("表").append(t.kind().number()).append(' ').append(t.kind().label()).append('：')
                    .append(t.status().label());
            if (t.status() != TableStatus.MISSING) {
                out.append("，读取 ").append(t.rowsRead()).append(" 行");
                t.line().ifPresent(l -> out.append("，第 ").append(l).append(" 行起"));
                t.unit().ifPresent(u -> out.append("，单位：").append(u.label()));
            }
            out.append('\n');
        }
        for (UnreadLine u : unreadLines) {
            out.append("未能识别 第 ").append(u.lineNumber()).append(" 行");
            u.table().ifPresent(k -> out.append("（表").append(k.number()).append('）'));
            out.append('：').append(u.reason()).append('：').append(u.text()).append('\n');
        }
        for (Inference i : inferences) {
            out.append("推断 第 ").append(i.lineNumber()).append(" 行");
            i.table().ifPresent(k -> out.append("（表").append(k.number()).append('）'));
            out.append('：').append(i.description()).append('\n');
        }
        return out.toString();
    }
}
