package org.yusuan.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when input cannot be read into the model: it names where (source, line, column, table, row, field) and what
 * was expected, so that a user can find and fix the input.
 *
 * <p>Every reader of budget-io (JSON, JSON Lines, CSV, published text) reports bad input with this type. The message
 * reads {@code source:line:column: [table / row / field] problem; expected …}, with the parts that are unknown left
 * out.
 */
public class ReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String table;
    private final String row;
    private final String field;
    private final String problem;
    private final String expected;

    /**
     * Creates the exception from its parts; see {@link #builder(String, String)}.
     *
     * @param builder the parts
     */
    protected ReadException(Builder builder) {
        super(message(builder), builder.cause);
        this.source = builder.source;
        this.line = builder.line;
        this.column = builder.column;
        this.table = builder.table;
        this.row = builder.row;
        this.field = builder.field;
        this.problem = builder.problem;
        this.expected = builder.expected;
    }

    /**
     * Starts describing a problem.
     *
     * @param source the file, resource or stream name the input came from, not null
     * @param problem what is wrong, a short sentence, not null
     * @return a builder, never null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(String source, String problem) {
        return new Builder(source, problem);
    }

    private static String message(Builder b) {
        StringBuilder out = new StringBuilder(b.source);
        if (b.line > 0) {
            out.append(':').append(b.line);
            if (b.column > 0) {
                out.append(':').append(b.column);
            }
        }
        out.append(": ");
        StringBuilder where = new StringBuilder();
        for (String part : new String[] {b.table, b.row, b.field}) {
            if (part != null) {
                where.append(where.length() == 0 ? "" : " / ").append(part);
            }
        }
        if (where.length() > 0) {
            out.append('[').append(where).append("] ");
        }
        out.append(b.problem);
        if (b.expected != null) {
            out.append("; expected ").append(b.expected);
        }
        return out.toString();
    }

    /**
     * The file, resource or stream name the input came from.
     *
     * @return the source, never null
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line, or empty when unknown
     */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /**
     * The 1-based column (character position in the line, or CSV column number) of the problem.
     *
     * @return the column, or empty when unknown
     */
    public OptionalLong column() {
        return column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
    }

    /**
     * The table the problem is in, as its label (for example {@code 表6 一般公共预算基本支出情况表}).
     *
     * @return the table, or empty when not in a table
     */
    public Optional<String> table() {
        return Optional.ofNullable(table);
    }

    /**
     * The row the problem is in (its code and name, or project name).
     *
     * @return the row, or empty
     */
    public Optional<String> row() {
        return Optional.ofNullable(row);
    }

    /**
     * The field or column the problem is in.
     *
     * @return the field, or empty
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * What is wrong.
     *
     * @return the problem, never null
     */
    public String problem() {
        return problem;
    }

    /**
     * What was expected instead.
     *
     * @return the expected form, or empty
     */
    public Optional<String> expected() {
        return Optional.ofNullable(expected);
    }

    /** Collects the parts of a {@link ReadException}; every setter is optional. */
    public static final class Builder {
        private final String source;
        private final String problem;
        private long line;
        private long column;
        private String table;
        private String row;
        private String field;
        private String expected;
        private Throwable cause;

        private Builder(String source, String problem) {
            this.source = Objects.requireNonNull(source, "source must not be null");
            this.problem = Objects.requireNonNull(problem, "problem must not be null");
        }

        /**
         * Sets the 1-based line; 0 (the default) means unknown.
         *
         * @param line the line
         * @return this builder
         */
        public Builder line(long line) {
            this.line = line;
            return this;
        }

        /**
         * Sets the 1-based column; 0 (the default) means unknown.
         *
         * @param column the column
         * @return this builder
         */
        public Builder column(long column) {
            this.column = column;
            return this;
        }

        /**
         * Sets the table; null (the default) means not in a table.
         *
         * @param table the table's label
         * @return this builder
         */
        public Builder table(String table) {
            this.table = table;
            return this;
        }

        /**
         * Sets the row; null (the default) means unknown.
         *
         * @param row the row's code and name, or project name
         * @return this builder
         */
        public Builder row(String row) {
            this.row = row;
            return this;
        }

        /**
         * Sets the field or column; null (the default) means unknown.
         *
         * @param field the field or column name
         * @return this builder
         */
        public Builder field(String field) {
            this.field = field;
            return this;
        }

        /**
         * Sets what was expected; null (the default) means not stated.
         *
         * @param expected the expected form, for example {@code a decimal amount such as 1491.86}
         * @return this builder
         */
        public Builder expected(String expected) {
            this.expected = expected;
            return this;
        }

        /**
         * Sets the underlying failure; null (the default) means none.
         *
         * @param cause the cause
         * @return this builder
         */
        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        /**
         * Builds the exception.
         *
         * @return the exception, never null
         */
        public ReadException build() {
            return new ReadException(this);
        }
    }
}
