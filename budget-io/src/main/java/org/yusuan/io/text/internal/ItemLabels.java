package org.yusuan.io.text.internal;

import java.util.regex.Pattern;

/**
 * Folds a printed item label for matching against the template's labels: numbering ({@code 一、}, {@code 1.},
 * {@code 1、}), {@code 其中：}, {@code （小计）} and white space removed.
 */
public final class ItemLabels {

    private static final Pattern PREFIX = Pattern.compile(
            "^([一二三四五六七八九十]+[、.]|\\(?[（(]?[一二三四五六七八九十]+[)）]|\\d+[.、．]|其中[：:])+");
    private static final Pattern SUFFIX = Pattern.compile("[（(]小计[)）]$");

    private ItemLabels() {
    }

    /**
     * Folds a label.
     *
     * @param printed the printed label
     * @return the folded label
     */
    public static String fold(String printed) {
        String folded = LineNormalizer.fold(printed);
        folded = PREFIX.matcher(folded).replaceFirst("");
        folded = SUFFIX.matcher(folded).replaceFirst("");
        return folded.replace('(', '（').replace(')', '）');
    }
}
