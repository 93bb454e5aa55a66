package org.yusuan.benchmarks.batch;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * A stream of lines (行流) that repeats a small pool of lines, in order and over again, until it has given a set
 * number: a JSON Lines file of any length without the disk, and at the cost of a copy, so that what is measured is
 * the reader, not the producer.
 */
public final class RepeatingLines extends InputStream {

    private final List<byte[]> pool;
    private final long count;
    private long given;
    private byte[] line;
    private int position;
    private long bytes;

    /**
     * A stream of {@code count} lines taken in turn from {@code pool}.
     *
     * @param pool the lines, each ending with its line break; not empty, not null
     * @param count how many lines to give, not negative
     * @throws IllegalArgumentException if the pool is empty or the count negative
     */
    public RepeatingLines(List<byte[]> pool, long count) {
        this.pool = List.copyOf(Objects.requireNonNull(pool, "pool must not be null"));
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("the pool of lines must not be empty");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, but was " + count);
        }
        this.count = count;
    }

    /**
     * How many bytes the stream has given so far.
     *
     * @return the bytes read
     */
    public long bytesRead() {
        return bytes;
    }

    private boolean advance() {
        while (line == null || position == line.length) {
            if (given == count) {
                return false;
            }
            line = pool.get((int) (given % pool.size()));
            position = 0;
            given++;
        }
        return true;
    }

    @Override
    public int read() {
        if (!advance()) {
            return -1;
        }
        bytes++;
        return line[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < length && advance()) {
            int n = Math.min(length - copied, line.length - position);
            System.arraycopy(line, position, buffer, offset + copied, n);
            position += n;
            copied += n;
        }
        bytes += copied;
        return copied == 0 ? -1 : copied;
    }
}
