package org.yusuan.model.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.model.performance.internal.TargetValueParser;

/**
 * The target of a performance indicator (指标值), as printed and as read: {@code ≥95%} is
 * {@link TargetComparator#GREATER_OR_EQUAL}, 95 and {@code %}; {@code 有所提升} is a qualitative target with no number.
 *
 * <p>The printed text is always kept. Text that PDF extraction broke ({@code < =454. 55 元/ 人}) is read after
 * normalization ({@code <=454.55元/人}), and {@link #isNormalized()} records that it was. A target that looks
 * quantitative but could not be read has the form {@link TargetForm#UNREADABLE}, no comparator and no number.
 */
@Value.Immutable
public abstract class TargetValue {

    TargetValue() {
        // built only by the generated ImmutableTargetValue
    }

    /**
     * The target exactly as printed (原文), stray spaces and all.
     *
     * @return the printed text, never null (empty if nothing was printed)
     */
    public abstract String getText();

    /**
     * The text that was read (规范化文本): the printed text without stray white space, with full-width forms and
     * LaTeX folded ({@code ＞=} to {@code >=}, {@code $\geq 95\%$} to {@code ≥95%}) and doubled slashes collapsed
     * ({@code 万元//项} to {@code 万元/项}). The comparator keeps its printed spelling otherwise.
     *
     * @return the normalized text, never null
     */
    public abstract String getNormalizedText();

    /**
     * What kind of target this is (指标类型): quantitative, qualitative, unreadable or blank.
     *
     * @return the form, never null
     */
    public abstract TargetForm getForm();

    /**
     * The comparison (比较关系), if one was printed and read.
     *
     * @return the comparator, or empty for a qualitative, unreadable or blank target or a bare number
     */
    public abstract Optional<TargetComparator> getComparator();

    /**
     * The number (数值), exactly as printed (scale kept: {@code 454.55}, {@code 95}).
     *
     * @return the number, present if and only if the form is {@link TargetForm#QUANTITATIVE}
     */
    public abstract Optional<BigDecimal> getNumber();

    /**
     * The unit after the number (计量单位), normalized: {@code %}, {@code 万元}, {@code 元/人/月}, {@code 次},
     * {@code 平方米}, {@code m²} ...
     *
     * @return the unit, or empty if none was printed or the target is not quantitative
     */
    public abstract Optional<String> getUnit();

    /**
     * Whether the printed text had to be cleaned up to be read (是否经过规范化): true when
     * {@link #getNormalizedText()} differs from the printed text without its leading and trailing white space.
     *
     * @return true if the text was normalized
     */
    @Value.Default
    public boolean isNormalized() {
        return false;
    }

    /**
     * Whether this is a quantitative target (定量指标) whose number was read.
     *
     * @return true if the form is {@link TargetForm#QUANTITATIVE}
     */
    public boolean isQuantitative() {
        return getForm() == TargetForm.QUANTITATIVE;
    }

    /**
     * Keeps the value self-consistent: a number (and comparator and unit) only for a quantitative target.
     *
     * @throws IllegalArgumentException if a quantitative target has no number, or another form has a number,
     *         comparator or unit
     */
    @Value.Check
    protected void check() {
        if (getForm() == TargetForm.QUANTITATIVE) {
            if (getNumber().isEmpty()) {
                throw new IllegalArgumentException("a quantitative target needs a number: \"" + getText() + "\"");
            }
        } else if (getNumber().isPresent() || getComparator().isPresent() || getUnit().isPresent()) {
            throw new IllegalArgumentException("a " + getForm() + " target has no comparator, number or unit: \""
                    + getText() + "\"");
        }
    }

    /**
     * Reads a printed target (解析指标值). Never fails on messy text: what cannot be read as comparator, number and
     * unit comes back as {@link TargetForm#QUALITATIVE} (no digit, no comparator), {@link TargetForm#UNREADABLE}
     * or {@link TargetForm#BLANK}, with the text kept.
     *
     * <p>Comparators are read in every spelling {@link TargetComparator#parse(String)} knows, before the number
     * ({@code ≥95%}) or as a suffix ({@code 95%以上} is ≥, {@code 95%以下} is ≤). A number without a comparator
     * ({@code 100%}) is quantitative with no comparator. White space anywhere is ignored, so
     * {@code < =454. 55 元/ 人} reads as ≤ 454.55 元/人.
     *
     * @param text the printed target, not null
     * @return the target, never null
     * @throws NullPointerException if text is null
     */
    public static TargetValue parse(String text) {
        Objects.requireNonNull(text, "target text must not be null");
        return TargetValueParser.parse(text);
    }

    /**
     * A quantitative target from its parts (定量指标值), printed as symbol, number and unit: {@code ≥95%}.
     *
     * @param comparator the comparison, not null
     * @param number the number, not null
     * @param unit the unit, not null (empty for none)
     * @return the target, never null
     * @throws NullPointerException if an argument is null
     */
    public static TargetValue of(TargetComparator comparator, BigDecimal number, String unit) {
        Objects.requireNonNull(comparator, "comparator must not be null");
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        String text = comparator.symbol() + number.toPlainString() + unit;
        return builder()
                .text(text)
                .normalizedText(text)
                .form(TargetForm.QUANTITATIVE)
                .comparator(comparator)
                .number(number)
                .unit(unit.isEmpty() ? Optional.empty() : Optional.of(unit))
                .build();
    }

    /**
     * A qualitative target (定性指标值) such as {@code 有所提升}, kept as printed.
     *
     * @param text the printed target, not null
     * @return the target, never null
     * @throws NullPointerException if text is null
     */
    public static TargetValue qualitative(String text) {
        Objects.requireNonNull(text, "target text must not be null");
        return builder()
                .text(text)
                .normalizedText(text.strip())
                .form(text.isBlank() ? TargetForm.BLANK : TargetForm.QUALITATIVE)
                .build();
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if text, normalized text or form is
     * missing and {@link IllegalArgumentException} if the parts do not fit the form.
     *
     * @return a builder, never null
     */
    public static ImmutableTargetValue.Builder builder() {
        return ImmutableTargetValue.builder();
    }
}
