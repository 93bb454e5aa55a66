package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.model.table.TableKind;

/**
 * Finds the tables of a disclosure text: the part from the first table heading to the start of the explanatory part
 * ({@code 第三部分}, or a section {@code 一、关于…}), cut into one block per heading. A number heading ({@code 表 3})
 * followed by a title names the table by its title (a disagreement is recorded); a heading of a table already found
 * (a title repeated at a page break) continues that table's block.
 */
public final class TableLocator {

    private static final Pattern PART_THREE = Pattern.compile("^第三部分|^[一1][、.]\\s*关于");

    /**
     * The tables found.
     *
     * @param blocks one block per table found, in printed order
     * @param start the 0-based index of the first line of the tables part, or -1 when there are no tables
     * @param end the 0-based index after the last line of the tables part
     */
    public record Located(List<TableBlock> blocks, int start, int end) {
    }

    private TableLocator() {
    }

    /**
     * Locates the tables.
     *
     * @param lines the text's lines
     * @param log where disagreements between number and title are recorded
     * @return the blocks
     */
    public static Located locate(List<TextLine> lines, ImportLog log) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (TableHeading.of(lines.get(i)).flatMap(TableHeading.Found::table).isPresent()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return new Located(List.of(), -1, -1);
        }
        int end = lines.size();
        for (int i = start + 1; i < lines.size(); i++) {
            if (PART_THREE.matcher(lines.get(i).folded()).find()) {
                end = i;
                break;
            }
        }
        Map<TableKind, List<TextLine>> byKind = new EnumMap<>(TableKind.class);
        Map<TableKind, Integer> headingLine = new EnumMap<>(TableKind.class);
        List<TableKind> order = new ArrayList<>();
        List<TextLine> current = null;
        TableKind currentKind = null;
        TableHeading.Found pendingNumber = null;
        boolean contentSinceHeading = false;
        for (int i = start; i < end; i++) {
            TextLine line = lines.get(i);
            Optional<TableHeading.Found> heading = TableHeading.of(line);
            if (heading.isPresent() && heading.get().table().isPresent()) {
                TableHeading.Found found = heading.get();
                if (found.number() == 0 && pendingNumber != null && !contentSinceHeading) {
                    TableKind byTitle = found.kind().get();
                    if (byTitle != currentKind) {
                        log.infer(line.number(), byTitle, "表号“表" + pendingNumber.number() + "”与标题“"
                                + line.text() + "”不符，按标题读作表" + byTitle.number());
                        List<TextLine> moved = byKind.remove(currentKind);
                        headingLine.remove(currentKind);
                        order.remove(currentKind);
                        currentKind = byTitle;
                        current = open(byKind, headingLine, order, byTitle, moved.get(0));
                        current.addAll(moved.subList(1, moved.size()));
                    }
                    current.add(line);
                    pendingNumber = null;
                    continue;
                }
                currentKind = found.table().get();
                current = open(byKind, headingLine, order, currentKind, line);
                pendingNumber = found.number() > 0 && found.kind().isEmpty() ? found : null;
                contentSinceHeading = false;
                continue;
            }
            if (current != null) {
                current.add(line);
                if (!line.isBlank()) {
                    contentSinceHeading = true;
                }
            }
        }
        List<TableBlock> blocks = new ArrayList<>();
        for (TableKind kind : order) {
            blocks.add(new TableBlock(kind, headingLine.get(kind), List.copyOf(byKind.get(kind))));
        }
        return new Located(blocks, start, end);
    }

    private static List<TextLine> open(Map<TableKind, List<TextLine>> byKind, Map<TableKind, Integer> headingLine,
            List<TableKind> order, TableKind kind, TextLine heading) {
        List<TextLine> lines = byKind.get(kind);
        if (lines == null) {
            lines = new ArrayList<>();
            byKind.put(kind, lines);
            headingLine.put(kind, heading.number());
            order.add(kind);
        }
        lines.add(heading);
        return lines;
    }
}
