package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.yusuan.validation.Finding;

/**
 * Renders a finding as a sentence from the bundles {@code org/yusuan/validation/findings_zh_CN.properties} and
 * {@code findings_en.properties}. Every piece of text comes from the bundle; the code only chooses keys and fills
 * arguments.
 *
 * <p>Arguments of a rule's pattern: {0} expected, {1} actual, {2} difference (signed), {3} unit, then the
 * finding's own arguments from {4} on.
 */
public final class FindingMessages {

    private static final String BUNDLE = "org.yusuan.validation.findings";

    private FindingMessages() {
    }

    /**
     * The sentence of a finding in Chinese (for any {@code zh} locale) or English (for any other).
     *
     * @param finding the finding
     * @param locale the wanted language
     * @return the sentence
     */
    public static String render(Finding finding, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        Locale formatLocale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        List<String> where = new ArrayList<>();
        finding.table().ifPresent(t -> where.add(format(bundle, "at.table", formatLocale,
                String.valueOf(t.number()), t.label(), t.englishName())));
        String row = finding.code().map(c -> finding.name().map(n -> c + " " + n).orElse(c))
                .orElse(finding.name().orElse(null));
        if (row != null) {
            where.add(format(bundle, "at.row", formatLocale, row));
        }
        finding.project().ifPresent(p -> where.add(format(bundle, "at.project", formatLocale, p)));
        finding.column().ifPresent(c -> where.add(format(bundle, "at.column", formatLocale, c)));
        String unit = finding.unit().map(u -> u.label()).orElse("");
        List<String> args = new ArrayList<>();
        args.add(plain(finding.expected().orElse(null)));
        args.add(plain(finding.actual().orElse(null)));
        args.add(finding.difference().map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString()).orElse(""));
        args.add(unit);
        args.addAll(finding.arguments());
        String key = finding.detail().map(d -> finding.rule() + "." + d).orElse(finding.rule());
        String sentence;
        try {
            sentence = new MessageFormat(bundle.getString(key), formatLocale).format(args.toArray());
        } catch (MissingResourceException e) {
            sentence = format(bundle, "unknown", formatLocale, finding.rule());
        }
        StringBuilder out = new StringBuilder();
        out.append('[').append(finding.severity() == null ? "" : bundle.getString("severity." + finding.severity()))
                .append("] ");
        if (!where.isEmpty()) {
            out.append(String.join(bundle.getString("at.separator"), where)).append(bundle.getString("at.end"));
        }
        out.append(sentence);
        if (finding.rounding()) {
            out.append(bundle.getString("rounding"));
        }
        out.append(" (").append(finding.rule()).append(')');
        return out.toString();
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
