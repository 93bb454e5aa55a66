package org.yusuan.io.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.yusuan.io.ReadException;
import org.yusuan.io.json.internal.JsonLimits;
import org.yusuan.io.json.internal.LineReader;
import org.yusuan.io.json.internal.StrictTextReader;
import org.yusuan.model.BudgetDisclosure;

/**
 * Reads JSON Lines of budget disclosures (预算公开 JSON Lines): one disclosure document per line, UTF-8, lazily.
 *
 * <p>Only the current line is held in memory, so a file of any number of disclosures can be read. Each disclosure is
 * read when {@link #hasNext()} or {@link #next()} asks for it; blank lines are skipped; a byte order mark at the start
 * is skipped. A bad line throws a {@link ReadException} whose line is the line of the file (its column is within that
 * line), after which the reader is finished. Not thread-safe; obtained from {@link BudgetJson#readLines(InputStream,
 * String)}.
 */
public final class JsonLinesReader implements Iterator<BudgetDisclosure>, Closeable {

    private final BudgetJson json;
    private final String source;
    private final LineReader lines;
    private BudgetDisclosure next;
    private boolean finished;

    JsonLinesReader(BudgetJson json, InputStream in, String source) {
        this.json = json;
        this.source = source;
        this.lines = new LineReader(StrictTextReader.utf8(in),
                (int) Math.min(Integer.MAX_VALUE - 8, JsonLimits.MAX_DOCUMENT_LENGTH));
    }

    /**
     * Whether another disclosure follows; reads it.
     *
     * @return true if {@link #next()} will return a disclosure
     * @throws ReadException if the next non-blank line is not a valid disclosure document
     * @throws UncheckedIOException if the stream cannot be read
     */
    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            String line;
            do {
                line = lines.readLine();
                if (line == null) {
                    finished = true;
                    return false;
                }
                if (lines.lineNumber() == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
            } while (line.isBlank());
            try (JsonParser parser = JsonLimits.factory().createParser(line)) {
                next = json.read(parser, source, lines.lineNumber());
            }
            return true;
        } catch (LineReader.LineTooLongException e) {
            finished = true;
            throw ReadException.builder(source, e.getMessage()).line(lines.lineNumber())
                    .expected("one disclosure per line, each at most " + JsonLimits.MAX_DOCUMENT_LENGTH
                            + " characters").cause(e).build();
        } catch (CharacterCodingException e) {
            finished = true;
            throw ReadException.builder(source, "the line is not valid UTF-8: " + e.getMessage())
                    .line(lines.lineNumber() + 1).column(lines.failedColumn()).expected("UTF-8 encoded JSON Lines").cause(e).build();
        } catch (ReadException e) {
            finished = true;
            throw e;
        } catch (IOException e) {
            finished = true;
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * The next disclosure.
     *
     * @return the disclosure, never null
     * @throws NoSuchElementException if there is none
     * @throws ReadException if the next non-blank line is not a valid disclosure document
     */
    @Override
    public BudgetDisclosure next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more disclosures in " + source);
        }
        BudgetDisclosure result = next;
        next = null;
        return result;
    }

    /**
     * The remaining disclosures as a sequential, lazy stream; closing the stream closes this reader.
     *
     * @return the stream, never null
     */
    public Stream<BudgetDisclosure> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::closeUnchecked);
    }

    /**
     * The number of the line read last (1-based).
     *
     * @return the line number, 0 before the first line
     */
    public long lineNumber() {
        return lines.lineNumber();
    }

    /**
     * Closes the underlying stream.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        finished = true;
        next = null;
        lines.close();
    }

    private void closeUnchecked() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
