package org.yusuan.model.performance;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.model.performance.internal.CategoryNames;

/**
 * A first-level indicator category as printed (一级指标): a known {@link FirstLevelIndicatorKind} when the printed name is
 * one, otherwise only the printed text.
 * {@code 产出 指标} (a PDF line-wrap break) is {@link FirstLevelIndicatorKind#OUTPUT}.
 */
@Value.Immutable
public abstract class FirstLevelCategory {

    FirstLevelCategory() {
        // built only by the generated ImmutableFirstLevelCategory
    }

    /**
     * The category name exactly as printed (原文), e.g. {@code 产出 指标}.
     *
     * @return the printed text, never null
     */
    public abstract String getPrintedText();

    /**
     * The known category the printed name stands for (标准类别).
     *
     * @return the kind, or empty if the name is not a known one
     */
    public abstract Optional<FirstLevelIndicatorKind> getKind();

    /**
     * The name to show (类别名称): the known category's label, otherwise the printed text without white space.
     *
     * @return the name, never null
     */
    public String getName() {
        return getKind().map(FirstLevelIndicatorKind::label).orElseGet(() -> CategoryNames.normalize(getPrintedText()));
    }

    /**
     * Whether the printed name is a known category (是否标准类别).
     *
     * @return true if {@link #getKind()} is present
     */
    public boolean isKnown() {
        return getKind().isPresent();
    }

    /**
     * Reads a printed category name (解析一级指标): white space and line-wrap breaks are ignored
     * ({@code 产出 指标} is {@code 产出指标}), as is a missing trailing 指标; an unknown name is kept as text
     * ({@code 运行成本}, an overall-sheet category, is known too; an unknown name such as {@code 其他指标} is kept as text). Never fails on a non-null text.
     *
     * @param text the printed name, not null
     * @return the category, never null
     * @throws NullPointerException if text is null
     */
    public static FirstLevelCategory parse(String text) {
        Objects.requireNonNull(text, "category text must not be null");
        return builder()
                .printedText(text)
                .kind(CategoryNames.match(text, FirstLevelIndicatorKind.values(), FirstLevelIndicatorKind::spellings))
                .build();
    }

    /**
     * A known category printed as its label (标准类别).
     *
     * @param kind the category, not null
     * @return the category, never null
     * @throws NullPointerException if kind is null
     */
    public static FirstLevelCategory of(FirstLevelIndicatorKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return builder().printedText(kind.label()).kind(kind).build();
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if the printed text is missing.
     *
     * @return a builder, never null
     */
    public static ImmutableFirstLevelCategory.Builder builder() {
        return ImmutableFirstLevelCategory.builder();
    }
}
