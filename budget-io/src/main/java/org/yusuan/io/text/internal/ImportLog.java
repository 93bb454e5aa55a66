package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yusuan.io.text.Inference;
import org.yusuan.io.text.UnreadLine;
import org.yusuan.model.table.TableKind;

/**
 * Collects, while one text is imported, the lines that could not be read and the inferences made. Not thread-safe:
 * one log per import.
 */
public final class ImportLog {

    private final List<UnreadLine> unread = new ArrayList<>();
    private final List<Inference> inferences = new ArrayList<>();
    private final java.util.Map<TableKind, List<TextLine>> strays = new java.util.EnumMap<>(TableKind.class);

    /**
     * Keeps a line that is a row of another table printed without its heading (a table cut off), for that table.
     *
     * @param table the table the line belongs to
     * @param line the line
     */
    public void stray(TableKind table, TextLine line) {
        strays.computeIfAbsent(table, k -> new ArrayList<>()).add(line);
    }

    /**
     * The stray lines kept, per table.
     *
     * @return the lines, per table, in line order
     */
    public java.util.Map<TableKind, List<TextLine>> strays() {
        return strays;
    }

    /**
     * Records a line that could not be read.
     *
     * @param line the line
     * @param table the table it is in, or null outside tables
     * @param reason why, in Chinese
     */
    public void unread(TextLine line, TableKind table, String reason) {
        unread.add(new UnreadLine(line.number(), Optional.ofNullable(table), line.raw().strip(), reason));
    }

    /**
     * Records an inference.
     *
     * @param line the line it is about
     * @param table the table, or null outside tables
     * @param description what was decided and why, in Chinese
     */
    public void infer(int line, TableKind table, String description) {
        inferences.add(new Inference(line, Optional.ofNullable(table), description));
    }

    /**
     * The unread lines, in line order.
     *
     * @return a copy
     */
    public List<UnreadLine> unreadLines() {
        List<UnreadLine> sorted = new ArrayList<>(unread);
        sorted.sort(Comparator.comparingInt(UnreadLine::lineNumber));
        return List.copyOf(sorted);
    }

    /**
     * The inferences, in line order.
     *
     * @return a copy
     */
    public List<Inference> inferences() {
        List<Inference> sorted = new ArrayList<>(inferences);
        sorted.sort(Comparator.comparingInt(Inference::lineNumber));
        return List.copyOf(sorted);
    }
}
