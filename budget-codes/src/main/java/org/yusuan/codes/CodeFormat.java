package org.yusuan.codes;

/**
 * The ways published documents print a classification code, for {@link ClassificationCode#format(CodeFormat)}.
 * Every form is read back by {@code parse}.
 */
public enum CodeFormat {
    /** The canonical digits: {@code 2010301}. */
    COMPACT,
    /** The parts separated by spaces: {@code 201 03 01}. */
    SPACED,
    /** The parts separated by hyphens: {@code 201-03-01}. */
    HYPHENATED,
    /** The parts separated by spaces with leading zeros dropped, as split 类/款/项 columns print it: {@code 201 3 1}. */
    SPACED_UNPADDED
}
