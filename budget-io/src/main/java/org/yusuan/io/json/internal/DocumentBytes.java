package org.yusuan.io.json.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * The bytes of one JSON document, read into memory (up to {@link #MAX_IN_MEMORY} bytes) so that the document can be
 * parsed from bytes by Jackson's UTF-8 parser: the fast way of reading a document from a stream.
 *
 * <p>The fast way is only taken where it cannot differ from reading the text decoded strictly ({@link
 * StrictTextReader}): {@link #utf8Start()} is negative unless the whole input is held and starts as plain JSON must,
 * with an ASCII character after an optional byte order mark. Well-formed UTF-8 is left to Jackson's UTF-8 parser,
 * which since 2.23 refuses exactly what the JDK's strict decoder refuses (overlong forms, encoded surrogates and code
 * points beyond U+10FFFF among them, in names, in values read and in values skipped alike; {@code
 * JacksonUtf8StrictnessTest} holds it to that). Whatever is refused by the fast way is read again, as text, by the
 * caller from {@link #stream()}: that way reports every problem exactly (lines and columns count characters, not
 * bytes, and malformed bytes are named by their byte offset).
 */
public final class DocumentBytes {

    /** The most bytes held in memory; a longer input is read as a stream of text. */
    public static final int MAX_IN_MEMORY = 8 * 1024 * 1024;

    private static final int FIRST_BUFFER = 8192;

    /** The buffer of a document read, kept for the next one on the same thread: see {@link #recycle()}. */
    private static final SpareBuffer SPARE = new SpareBuffer();

    private final byte[] bytes;
    private final int length;
    private final InputStream rest;

    private DocumentBytes(byte[] bytes, int length, InputStream rest) {
        this.bytes = bytes;
        this.length = length;
        this.rest = rest;
    }

    /**
     * Reads a stream to its end, or until more than {@link #MAX_IN_MEMORY} bytes have been read, or until it fails;
     * in the last two cases the rest of the stream (and its failure) is left for {@link #stream()}.
     *
     * @param in the stream, not null; not closed
     * @return the bytes, never null
     */
    public static DocumentBytes read(InputStream in) {
        return read(in, MAX_IN_MEMORY);
    }

    static DocumentBytes read(InputStream in, int maxInMemory) {
        byte[] buffer = new byte[0];
        int length = 0;
        try {
            buffer = buffer((int) Math.min(Math.max(available(in) + 1L, FIRST_BUFFER), maxInMemory + 1L),
                    maxInMemory + 1);
            while (true) {
                if (length == buffer.length) {
                    if (length > maxInMemory) {
                        return new DocumentBytes(buffer, length, in);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(length * 2L, maxInMemory + 1L));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    return new DocumentBytes(buffer, length, null);
                }
                length += n;
            }
        } catch (IOException e) {
            // Left for the reader of the stream, which meets it where it happened, after the bytes before it.
            return new DocumentBytes(buffer, length, new FailingStream(e));
        }
    }

    /**
     * A buffer for a new document: this thread's spare if it is large enough (and, as the limit counts on the length
     * of the buffer, no larger than a new one may grow), else a new one.
     */
    private static byte[] buffer(int atLeast, int atMost) {
        byte[] spare = SPARE.take(atLeast, atMost);
        return spare != null ? spare : new byte[atLeast];
    }

    /**
     * Gives the buffer to the next document read on this thread, saving a new array and its copying per document.
     * Only once nothing refers to the bytes any longer (the parser closed, no exception keeping it), and at most once:
     * this object must not be used after.
     */
    public void recycle() {
        SPARE.keep(bytes);
    }

    /** The stream's own estimate of its length (a ByteArrayInputStream knows it), only to size the first buffer. */
    private static int available(InputStream in) {
        try {
            return Math.max(in.available(), 0);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Where the JSON text starts for Jackson's UTF-8 parser: after a UTF-8 byte order mark, if any.
     *
     * @return the offset in {@link #bytes()}, or -1 if the input is not held whole or does not start with an ASCII
     *     character (UTF-16 text, a second byte order mark, or no JSON at all), when it must be read from {@link
     *     #stream()}
     */
    public int utf8Start() {
        if (rest != null) {
            return -1;
        }
        int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        // Two ASCII characters, neither of them NUL: what Jackson and StrictTextReader both take for UTF-8.
        return length - start < 2 || bytes[start] <= 0 || bytes[start + 1] == 0 ? -1 : start;
    }

    /**
     * The bytes held; those from {@link #utf8Start()} to {@link #length()} are the document.
     *
     * @return the array, not a copy
     */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * The number of bytes held.
     *
     * @return the length
     */
    public int length() {
        return length;
    }

    /**
     * The whole input again: the bytes held, then the rest of the stream.
     *
     * @return the stream, never null
     */
    public InputStream stream() {
        InputStream held = new ByteArrayInputStream(bytes, 0, length);
        return rest == null ? held : new SequenceInputStream(held, rest);
    }

    /** A stream whose reading failed: fails again, where the bytes held end. */
    private static final class FailingStream extends InputStream {
        private final IOException failure;

        FailingStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            throw failure;
        }
    }
}
