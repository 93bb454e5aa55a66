package org.yusuan.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.codes.internal.CodeSyntax;

/**
 * A code of the 政府收支分类科目 (科目编码): its canonical digits, its level (类/款/项) and its place in the
 * hierarchy. Immutable and thread-safe.
 *
 * <p>Codes compare by their digits, which puts every code right before its descendants (201 &lt; 20103 &lt;
 * 2010301 &lt; 2010302 &lt; 20104). Two codes are equal when they are of the same system and have the same digits.
 *
 * @param <C> the concrete code type
 */
public abstract sealed class ClassificationCode<C extends ClassificationCode<C>> implements Comparable<C>
        permits FunctionalCode, EconomicCode {

    private final String digits;
    private final ClassificationLevel level;

    ClassificationCode(String digits) {
        this.digits = digits;
        this.level = ClassificationLevel.ofDigits(digits.length());
    }

    /**
     * The classification system this code belongs to.
     *
     * @return the system, never null
     */
    public abstract CodeSystem system();

    /** Creates a code of the same type from canonical digits that are known to be valid. */
    abstract C sameKind(String canonicalDigits);

    /**
     * The canonical digits, leading zeros kept: {@code 2010301}.
     *
     * @return 3, 5 or 7 digits, never null
     */
    public final String digits() {
        return digits;
    }

    /**
     * The level of this code.
     *
     * @return 类, 款 or 项, never null
     */
    public final ClassificationLevel level() {
        return level;
    }

    /**
     * The code one level up: 20103 for 2010301, 201 for 20103.
     *
     * @return the parent, or empty for a 类 code
     */
    public final Optional<C> parent() {
        return digits.length() == 3 ? Optional.empty() : Optional.of(sameKind(digits.substring(0, digits.length() - 2)));
    }

    /**
     * The codes above this one, from its 类 down to its parent: [201, 20103] for 2010301.
     *
     * @return the ancestors, empty for a 类 code, never null; the list is immutable
     */
    public final List<C> ancestors() {
        List<C> ancestors = new ArrayList<>(2);
        for (int length = 3; length < digits.length(); length += 2) {
            ancestors.add(sameKind(digits.substring(0, length)));
        }
        return List.copyOf(ancestors);
    }

    /**
     * The 类 this code belongs to (the code itself when it is a 类).
     *
     * @return the 类 code, never null
     */
    public final C category() {
        return sameKind(digits.substring(0, 3));
    }

    /**
     * Whether this code lies strictly above the other one in the hierarchy: 201 is an ancestor of 2010301.
     *
     * @param other another code, not null
     * @return true when other descends from this code
     * @throws NullPointerException if other is null
     */
    public final boolean isAncestorOf(C other) {
        Objects.requireNonNull(other, "other code must not be null");
        String theirs = other.digits();
        return theirs.length() > digits.length() && theirs.startsWith(digits);
    }

    /**
     * The parts as printed in split columns: ["201", "03", "01"] for 2010301.
     *
     * @return the 类 part, then the 款 and 项 parts of two digits each; immutable, never null
     */
    public final List<String> parts() {
        return CodeSyntax.parts(digits);
    }

    /**
     * This code in one of the printed forms; {@code parse} reads every form back to an equal code.
     *
     * @param format the form, not null
     * @return the formatted code, never null
     * @throws NullPointerException if format is null
     */
    public final String format(CodeFormat format) {
        Objects.requireNonNull(format, "format must not be null");
        return switch (format) {
            case COMPACT -> digits;
            case SPACED -> String.join(" ", parts());
            case HYPHENATED -> String.join("-", parts());
            case SPACED_UNPADDED -> String.join(" ", parts().stream()
                    .map(p -> p.length() == 2 && p.charAt(0) == '0' ? p.substring(1) : p)
                    .toList());
        };
    }

    @Override
    public final int compareTo(C other) {
        return digits.compareTo(other.digits());
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof ClassificationCode<?> code && code.system() == system() && code.digits.equals(digits);
    }

    @Override
    public final int hashCode() {
        return system().hashCode() * 31 + digits.hashCode();
    }

    /**
     * The canonical digits.
     *
     * @return the same as {@link #digits()}
     */
    @Override
    public final String toString() {
        return digits;
    }
}
