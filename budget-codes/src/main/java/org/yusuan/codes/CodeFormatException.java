package org.yusuan.codes;

import java.util.Objects;

/**
 * Thrown when text cannot be read as a classification code (科目编码): it is malformed, ambiguous, or names a
 * code that the catalog in use does not have.
 *
 * <p>The message names the input, the classification system and why it was refused; {@link #input()} and
 * {@link #reason()} give the parts to callers who render their own messages.
 */
public final class CodeFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final CodeSystem system;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param input the text that was refused, as given (not null)
     * @param system the classification system it was read as (not null)
     * @param reason why it was refused, a sentence without the input (not null)
     */
    public CodeFormatException(String input, CodeSystem system, String reason) {
        super("cannot read \"" + Objects.requireNonNull(input, "input") + "\" as a "
                + Objects.requireNonNull(system, "system").label() + " code: "
                + Objects.requireNonNull(reason, "reason"));
        this.input = input;
        this.system = system;
        this.reason = reason;
    }

    /**
     * The text that was refused, exactly as given.
     *
     * @return the input, never null
     */
    public String input() {
        return input;
    }

    /**
     * The classification system the text was read as.
     *
     * @return the system, never null
     */
    public CodeSystem system() {
        return system;
    }

    /**
     * Why the text was refused, without the input itself.
     *
     * @return the reason, never null
     */
    public String reason() {
        return reason;
    }
}
