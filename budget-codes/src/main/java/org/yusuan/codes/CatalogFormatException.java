package org.yusuan.codes;

import java.util.Objects;

/**
 * Thrown when a catalog data file is missing or corrupt. The message names the file and the line.
 */
public final class CatalogFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    /**
     * Creates the exception.
     *
     * @param file the data file (a path or resource name), not null
     * @param line the 1-based line the problem is on, or 0 when it concerns the whole file
     * @param problem what is wrong and what was expected, not null
     * @param cause the underlying failure, or null
     */
    public CatalogFormatException(String file, long line, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + (line > 0 ? ":" + line : "") + ": "
                + Objects.requireNonNull(problem, "problem"), cause);
        this.file = file;
        this.line = line;
    }

    /**
     * The data file the problem is in.
     *
     * @return a path or resource name, never null
     */
    public String file() {
        return file;
    }

    /**
     * The line the problem is on.
     *
     * @return the 1-based line number, or 0 when the problem concerns the whole file
     */
    public long line() {
        return line;
    }
}
