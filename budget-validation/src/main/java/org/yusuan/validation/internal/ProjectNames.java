package org.yusuan.validation.internal;

import java.util.HashSet;
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
        return CodeNames.normalize(name).replaceAll("[\\-\\u2010-\\u2015\\u2212\\uFF0D]+", "-");
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
