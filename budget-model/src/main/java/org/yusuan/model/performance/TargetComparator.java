package org.yusuan.model.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.model.performance.internal.TargetValueParser;

/**
 * How an indicator's target compares (指标值的比较关系): ≥, ≤, =, > or &lt;.
 *
 * <p>Printed targets spell these many ways ({@code >=}, {@code > =}, {@code ＞=}, {@code ≧}, {@code 大于等于},
 * {@code 不低于}, {@code $\geq$} ...); {@link #parse(String)} reads all of them.
 */
public enum TargetComparator {
    /** ≥ 大于等于: at least the target. */
    GREATER_OR_EQUAL("≥", "大于等于"),
    /** ≤ 小于等于: at most the target. */
    LESS_OR_EQUAL("≤", "小于等于"),
    /** = 等于: exactly the target. */
    EQUAL("=", "等于"),
    /** > 大于: more than the target. */
    GREATER(">", "大于"),
    /** &lt; 小于: less than the target. */
    LESS("<", "小于");

    private final String symbol;
    private final String label;

    TargetComparator(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    /**
     * The mathematical symbol (符号): ≥, ≤, =, > or &lt;.
     *
     * @return the symbol, never null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The Chinese name (中文名称): 大于等于, 小于等于, 等于, 大于 or 小于.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Whether an actual value meets a target under this comparison (是否达到指标值): for
     * {@link #GREATER_OR_EQUAL}, {@code actual ≥ target}. Numbers compare by value, so 95 and 95.00 are equal.
     *
     * @param actual the actual value (实际完成值), not null
     * @param target the target value (指标值), not null
     * @return true if {@code actual} meets {@code target}
     * @throws NullPointerException if an argument is null
     */
    public boolean isSatisfiedBy(BigDecimal actual, BigDecimal target) {
        Objects.requireNonNull(actual, "actual must not be null");
        Objects.requireNonNull(target, "target must not be null");
        int c = actual.compareTo(target);
        switch (this) {
            case GREATER_OR_EQUAL:
                return c >= 0;
            case LESS_OR_EQUAL:
                return c <= 0;
            case EQUAL:
                return c == 0;
            case GREATER:
                return c > 0;
            default:
                return c < 0;
        }
    }

    /**
     * Reads a printed comparison (比较符号) in any of its spellings: {@code ≥ >= > = ＞= => ≧ ⩾ 大于等于 不低于 不少于
     * $\geq$}, {@code ≤ <= < = ＜= =< ≦ ⩽ 小于等于 不高于 不超过 $\leq$}, {@code = ＝ 等于}, {@code > ＞ 大于},
     * {@code < ＜ 小于}. White space inside the spelling is ignored.
     *
     * @param text the printed comparison, not null
     * @return the comparator, or empty if the text is no known spelling of one
     * @throws NullPointerException if text is null
     */
    public static Optional<TargetComparator> parse(String text) {
        Objects.requireNonNull(text, "comparator text must not be null");
        return TargetValueParser.parseComparator(text);
    }
}
