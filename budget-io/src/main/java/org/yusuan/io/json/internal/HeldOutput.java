package org.yusuan.io.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one JSON document as it is written, held in memory until the document is complete and only then
 * passed on, so that an amount the writer refuses half way (it throws) leaves nothing behind in the target stream.
 *
 * <p>Its buffer is recycled per thread ({@link SpareBuffer}), as {@link DocumentBytes} recycles the buffer of a
 * document read: writing disclosure after disclosure allocates nothing here once the buffer has grown to the size of
 * a document. Not thread-safe: one document, one thread, then {@link #recycle()}.
 */
public final class HeldOutput extends OutputStream {

    private static final int FIRST_BUFFER = 16 * 1024;

    /** The buffer of a document written, kept for the next one on the same thread: see {@link #recycle()}. */
    private static final SpareBuffer SPARE = new SpareBuffer();

    private byte[] bytes;
    private int count;

    private HeldOutput(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * An empty output, on this thread's spare buffer when it has one.
     *
     * @return the output, never null
     */
    public static HeldOutput take() {
        byte[] spare = SPARE.take(0, Integer.MAX_VALUE);
        return new HeldOutput(spare != null ? spare : new byte[FIRST_BUFFER]);
    }

    @Override
    public void write(int b) {
        ensureRoom(1);
        bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureRoom(len);
        System.arraycopy(b, off, bytes, count, len);
        count += len;
    }

    /**
     * The number of bytes held.
     *
     * @return the count
     */
    public int size() {
        return count;
    }

    /** The buffer, for tests: to see that it is used again. */
    byte[] buffer() {
        return bytes;
    }

    /**
     * Passes every byte held to a stream, in one write.
     *
     * @param out the stream, not null; neither flushed nor closed
     * @throws IOException if the stream fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, count);
    }

    /**
     * Gives the buffer back to this thread for the next document (unless it grew beyond {@link
     * SpareBuffer#MAX_KEPT}); this output must not be used after.
     */
    public void recycle() {
        if (bytes != null) {
            SPARE.keep(bytes);
        }
        bytes = null;
        count = 0;
    }

    private void ensureRoom(int more) {
        if (bytes == null) {
            throw new IllegalStateException("the output was recycled");
        }
        if (more > bytes.length - count) {
            long needed = (long) count + more;
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("a JSON document cannot hold more than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min((long) bytes.length * 2,
                    Integer.MAX_VALUE - 8)));
        }
    }
}
