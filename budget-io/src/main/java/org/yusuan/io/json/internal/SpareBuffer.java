package org.yusuan.io.json.internal;

import java.lang.ref.SoftReference;

/**
 * A byte buffer kept on each thread from one document to the next (a spare), held softly as Jackson holds its own
 * buffers, so that reading or writing document after document does not allocate and grow a new buffer each time. The
 * buffer is taken out while it is in use, so that a read or write nested in another never shares it; a buffer larger
 * than {@link #MAX_KEPT} is not kept.
 */
final class SpareBuffer {

    /** The largest buffer kept. */
    static final int MAX_KEPT = 1024 * 1024;

    private final ThreadLocal<SoftReference<byte[]>> spare = new ThreadLocal<>();

    /**
     * Takes this thread's spare out, if it has one of a fitting length.
     *
     * @param atLeast the fewest bytes it must hold
     * @param atMost the most bytes it may hold
     * @return the buffer, or null (any spare of another length stays kept)
     */
    byte[] take(int atLeast, int atMost) {
        SoftReference<byte[]> held = spare.get();
        byte[] buffer = held == null ? null : held.get();
        if (buffer == null || buffer.length < atLeast || buffer.length > atMost) {
            return null;
        }
        spare.remove();
        return buffer;
    }

    /**
     * Keeps a buffer as this thread's spare, once nothing else refers to it, unless it is larger than {@link
     * #MAX_KEPT}.
     *
     * @param buffer the buffer, not null
     */
    void keep(byte[] buffer) {
        if (buffer.length <= MAX_KEPT) {
            spare.set(new SoftReference<>(buffer));
        }
    }
}
