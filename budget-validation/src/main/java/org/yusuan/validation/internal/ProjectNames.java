package org.yusuan.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yusuan.codes.CodeNames;

/** Comparison of project names (项目名称) as printed in 表7, the narrative and the performance sheets. */
final class ProjectNames {

    private ProjectNames() {
    }

    /**
     * The comparison form: {@link CodeNames#normalize(String)} with every dash (-, —, –, －, ―) as a hyphen.
     *
     * @param name a printed name
     * @return the comparison form
     */
    static String normalize(String name) {
        String n = CodeNames.normalize(name);
        StringBuilder out = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (dash(c)) {
                if (out == null) {
                    out = new StringBuilder(n.length()).append(n, 0, i);
                }
                if (i == 0 || !dash(n.charAt(i - 1))) {
                    out.append('-');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? n : out.toString();
    }

    /**
     * Whether a character is a dash: the hyphen-minus, U+2010 to U+2015 (‐ ‑ ‒ – — ―), the minus sign and the
     * full-width hyphen-minus.
     */
    static boolean dash(char c) {
        return c == '-' || c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\uFF0D';
    }

    /**
     * Whether two normalized names are likely the same project: after dropping a category prefix ending in a dash
     * (部门专项-), one contains the other (at least four characters), or their character bigrams overlap by 60%.
     *
     * @param a a normalized name
     * @param b another normalized name
     * @return true when similar
     */
    static boolean similar(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (Math.min(x.length(), y.length()) >= 4 && (x.contains(y) || y.contains(x))) {
            return true;
        }
        Set<String> bx = bigrams(x);
        Set<String> by = bigrams(y);
        if (bx.isEmpty() || by.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(bx);
        common.retainAll(by);
        return 2.0 * common.size() / (bx.size() + by.size()) >= 0.6;
    }

    /**
     * Whether two normalized names differ only by a generic suffix: after dropping a category prefix ending in a
     * dash (部门专项-) and, repeatedly, a trailing 项目, 专项, 经费, 资金 or 费, both leave the same stem of at least two
     * characters (大楼维修项目 and 大楼维修, 慰问项目 and 慰问费, 招商引资项目 and 招商引资专项经费).
     *
     * @param a a normalized name
     * @param b another normalized name
     * @return true when the stems are equal
     */
    static boolean sameStem(String a, String b) {
        String x = stem(core(a));
        return x.length() >= 2 && x.equals(stem(core(b)));
    }

    private static String stem(String name) {
        String s = name;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String suffix : GENERIC_SUFFIXES) {
                if (s.length() > suffix.length() + 1 && s.endsWith(suffix)) {
                    s = s.substring(0, s.length() - suffix.length());
                    cut = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Suffixes that name the kind of spending, not the project; longer ones first. */
    private static final List<String> GENERIC_SUFFIXES = List.of("项目", "专项", "经费", "资金", "费");

    private static String core(String name) {
        int dash = name.indexOf('-');
        return dash >= 0 && dash < name.length() - 1 ? name.substring(dash + 1) : name;
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
