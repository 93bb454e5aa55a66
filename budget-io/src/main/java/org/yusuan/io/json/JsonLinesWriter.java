package org.yusuan.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.yusuan.io.json.internal.JsonLimits;
import org.yusuan.model.BudgetDisclosure;

/**
 * Writes JSON Lines of budget disclosures (预算公开 JSON Lines): each disclosure as one compact document on its own
 * line, UTF-8, each line ended by a line feed. Nothing is held back but the current line. Not thread-safe; obtained
 * from {@link BudgetJson#writeLines(OutputStream)}.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long count;

    JsonLinesWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * Writes one disclosure as one line.
     *
     * @param disclosure the disclosure, not null
     * @return this writer
     * @throws IllegalArgumentException if an amount is beyond the format's limits; nothing is written then
     * @throws UncheckedIOException if the stream fails
     * @throws NullPointerException if disclosure is null
     */
    public JsonLinesWriter write(BudgetDisclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        line.reset();
        try {
            try (JsonGenerator generator = JsonLimits.factory().createGenerator(line, JsonEncoding.UTF8)) {
                BudgetJson.write(disclosure, generator, false);
            }
            line.write('\n');
            line.writeTo(out);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The number of disclosures written so far.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Flushes and closes the underlying stream.
     *
     * @throws IOException if the stream fails
     */
    @Override
    public void close() throws IOException {
        try (OutputStream closing = out) {
            closing.flush();
        }
    }
}
