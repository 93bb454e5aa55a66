package org.yusuan.model.performance.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Matches a printed indicator category name (指标类别名称) against the known ones: white space and line-wrap breaks
 * removed ({@code 满意 度指 标} is {@code 满意度指标}), and a trailing {@code 指标} optional on either side
 * ({@code 产出} is {@code 产出指标}).
 */
public final class CategoryNames {

    private static final String SUFFIX = "指标";

    private CategoryNames() {
    }

    /**
     * Finds the known category a printed name stands for.
     *
     * @param printed the printed name, not null
     * @param known the known categories, not null
     * @param names the label and any other accepted spellings of a known category, not null
     * @param <E> the category type
     * @return the category, or empty if the name is none of the known ones
     */
    public static <E> Optional<E> match(String printed, E[] known, Function<E, List<String>> names) {
        String name = PrintedText.withoutSpaces(PrintedText.foldFullWidth(printed));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String bare = stripSuffix(name);
        for (E candidate : known) {
            for (String spelling : names.apply(candidate)) {
                if (spelling.equals(name)) {
                    return Optional.of(candidate);
                }
            }
        }
        for (E candidate : known) {
            for (String spelling : names.apply(candidate)) {
                if (stripSuffix(spelling).equals(bare)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The printed name without white space (规范化名称).
     *
     * @param printed the printed name, not null
     * @return the name without white space, never null
     */
    public static String normalize(String printed) {
        return PrintedText.withoutSpaces(PrintedText.foldFullWidth(printed));
    }

    private static String stripSuffix(String name) {
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length()
                ? name.substring(0, name.length() - SUFFIX.length())
                : name;
    }
}
