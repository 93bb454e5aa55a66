package org.yusuan.io.json.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The bytes of one JSON document, read into memory (up to {@link #MAX_IN_MEMORY} bytes) so that the document can be
 * parsed from bytes by Jackson's UTF-8 parser: the fast way of reading a document from a stream.
 *
 * <p>The fast way is only taken where it cannot differ from reading the text decoded strictly ({@link
 * StrictTextReader}): {@link #utf8Start()} is negative unless the whole input is held, is well-formed UTF-8 (checked
 * here, because Jackson alone accepts overlong forms and encoded surrogates) and starts as plain JSON must, with an
 * ASCII character after an optional byte order mark. Whatever is refused by the fast way is read again, as text, by
 * the caller from {@link #stream()}: that way reports every problem exactly (lines and columns count characters, not
 * bytes, and malformed bytes are named by their byte offset).
 */
public final class DocumentBytes {

    /** The most bytes held in memory; a longer input is read as a stream of text. */
    public static final int MAX_IN_MEMORY = 8 * 1024 * 1024;

    private static final int FIRST_BUFFER = 8192;

    /** The buffer of a document read, kept for the next one on the same thread: see {@link #recycle()}. */
    private static final SpareBuffer SPARE = new SpareBuffer();

    /** Eight bytes of an array as one long, the first in the lowest bits: to check several bytes at once. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** The high bit of each byte of a long: zero in all eight for ASCII. */
    private static final long NON_ASCII = 0x8080808080808080L;
    /** The fixed bits of two three-byte sequences, 1110xxxx 10xxxxxx 10xxxxxx twice, in the low six bytes of a long. */
    private static final long TWO_OF_THREE_MASK = 0x0000C0C0F0C0C0F0L;
    private static final long TWO_OF_THREE_BITS = 0x00008080E08080E0L;

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
     * @return the offset in {@link #bytes()}, or -1 if the input is not held whole, is not well-formed UTF-8 or does
     *     not start with an ASCII character (UTF-16 text, a second byte order mark, or no JSON at all), when it must
     *     be read from {@link #stream()}
     */
    public int utf8Start() {
        if (rest != null) {
            return -1;
        }
        int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        // Two ASCII characters, neither of them NUL: what Jackson and StrictTextReader both take for UTF-8.
        if (length - start < 2 || bytes[start] <= 0 || bytes[start + 1] == 0) {
            return -1;
        }
        return isWellFormedUtf8(bytes, start, length) ? start : -1;
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

    /**
     * Whether bytes are well-formed UTF-8 (Unicode, table 3-7): no overlong forms, no encoded surrogates, nothing
     * beyond U+10FFFF, no sequence cut short. Exactly what a strict decoder of the JDK accepts.
     *
     * @param bytes the bytes, not null
     * @param from the first byte to check
     * @param to after the last byte to check
     * @return whether they are well-formed
     */
    public static boolean isWellFormedUtf8(byte[] bytes, int from, int to) {
        int i = from;
        // Eight bytes at a time where it can: a run of ASCII is passed over whole, and the ASCII bytes before a longer
        // sequence are counted from the high bits, without a loop (JSON text switches between the two all the time).
        while (i + 8 <= to) {
            long eight = (long) LONGS.get(bytes, i);
            long high = eight & NON_ASCII;
            if (high == 0) {
                i += 8;
                continue;
            }
            int ascii = Long.numberOfTrailingZeros(high) >>> 3;
            if (ascii != 0) {
                i += ascii;
                continue;
            }
            // Two sequences of three bytes at once (most of CJK), when both are 1110xxxx 10xxxxxx 10xxxxxx with a
            // lead byte other than E0 and ED: what afterSequence accepts twice.
            if ((eight & TWO_OF_THREE_MASK) == TWO_OF_THREE_BITS && isPlainThreeByteLead((int) eight)
                    && isPlainThreeByteLead((int) (eight >>> 24))) {
                i += 6;
                continue;
            }
            i = afterSequence(bytes, i, to);
            if (i < 0) {
                return false;
            }
        }
        while (i < to) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            i = afterSequence(bytes, i, to);
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks the one sequence of two to four bytes that starts at a byte of 0x80 or more.
     *
     * @return where the sequence ends, or -1 if it is not well-formed
     */
    private static int afterSequence(byte[] bytes, int i, int to) {
        int b = bytes[i] & 0xFF;
        if (b >= 0xE1 && b <= 0xEF && b != 0xED) {
            // Three bytes with any continuation bytes.
            return i + 2 < to && isContinuation(bytes[i + 1]) && isContinuation(bytes[i + 2]) ? i + 3 : -1;
        } else if (b < 0xC2 || b > 0xF4) {
            return -1;
        } else if (b < 0xE0) {
            return i + 1 < to && isContinuation(bytes[i + 1]) ? i + 2 : -1;
        } else if (b < 0xF0) {
            // E0 (no overlong form) or ED (no surrogate).
            if (i + 2 >= to) {
                return -1;
            }
            int b2 = bytes[i + 1] & 0xFF;
            int low = b == 0xE0 ? 0xA0 : 0x80;
            int high = b == 0xED ? 0x9F : 0xBF;
            return b2 >= low && b2 <= high && isContinuation(bytes[i + 2]) ? i + 3 : -1;
        } else {
            // F0 (no overlong form) to F4 (nothing beyond U+10FFFF).
            if (i + 3 >= to) {
                return -1;
            }
            int b2 = bytes[i + 1] & 0xFF;
            int low = b == 0xF0 ? 0x90 : 0x80;
            int high = b == 0xF4 ? 0x8F : 0xBF;
            return b2 >= low && b2 <= high && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3])
                    ? i + 4 : -1;
        }
    }

    /**
     * Whether a lead byte (the low eight bits) known to be 1110xxxx is one after which any two continuation bytes are
     * well-formed: neither E0 (whose overlong forms are refused) nor ED (whose surrogates are refused).
     */
    private static boolean isPlainThreeByteLead(int lead) {
        int low = lead & 0x0F;
        return low != 0x0 && low != 0xD;
    }

    private static boolean isContinuation(byte b) {
        // 0x80 to 0xBF, as a signed byte
        return b <= (byte) 0xBF;
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
