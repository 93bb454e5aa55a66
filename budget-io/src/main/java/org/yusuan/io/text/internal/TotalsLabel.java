package org.yusuan.io.text.internal;

import java.util.regex.Pattern;

/**
 * Recognises the label of a totals row: {@code 合计}, {@code 总计}, {@code 合 计}, {@code 收入总计}, {@code 支出总计}.
 */
public final class TotalsLabel {

    private static final Pattern TOTAL = Pattern.compile("^(收入|支出|本年|项目支出)?(合计|总计)$");

    private TotalsLabel() {
    }

    /**
     * Whether a printed label is a totals label.
     *
     * @param label the label as printed
     * @return true for 合计, 总计 and their spellings
     */
    public static boolean is(String label) {
        return TOTAL.matcher(LineNormalizer.fold(label)).matches();
    }
}
