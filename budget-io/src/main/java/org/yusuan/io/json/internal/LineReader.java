package org.yusuan.io.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line with a bound on the line's length, so that one hostile line cannot exhaust memory (unlike
 * {@link java.io.BufferedReader#readLine()}). Lines end at a line feed; a carriage return before it is dropped.
 */
public final class LineReader implements Closeable {

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long lineNumber;
    private long failedColumn;

    /**
     * Creates a reader.
     *
     * @param in the text, not null; closed by {@link #close()}
     * @param maxLength the longest line allowed, in characters
     */
    public LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** Thrown when a line is longer than allowed; the line's number is {@link #lineNumber()}. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(String message) {
            super(message);
        }
    }

    /**
     * Reads the next line.
     *
     * @return the line without its line end, or null at the end of the input
     * @throws LineTooLongException if the line is longer than the limit
     * @throws IOException if reading fails (malformed bytes included)
     */
    public String readLine() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit) {
                try {
                    limit = in.read(buffer, 0, buffer.length);
                } catch (IOException e) {
                    limit = 0;
                    failedColumn = (line == null ? 0 : line.length()) + 1;
                    throw e;
                }
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (line == null) {
                        return null;
                    }
                    lineNumber++;
                    return strip(line);
                }
            }
            if (line == null) {
                line = new StringBuilder();
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (line.length() + (position - start) > maxLength) {
                lineNumber++;
                throw new LineTooLongException("line " + lineNumber + " is longer than " + maxLength + " characters");
            }
            line.append(buffer, start, position - start);
            if (position < limit) {
                position++;
                lineNumber++;
                return strip(line);
            }
        }
    }

    private static String strip(StringBuilder line) {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return line.toString();
    }

    /**
     * The number of the line read last (1-based), or of the line being read when reading failed.
     *
     * @return the line number, 0 before the first line
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * After reading failed: the 1-based column, in the line being read, at which the input became unreadable.
     *
     * @return the column, or 0 if reading has not failed
     */
    public long failedColumn() {
        return failedColumn;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
