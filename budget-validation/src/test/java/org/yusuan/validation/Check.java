package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.yusuan.model.BudgetDisclosure;

/** Test helpers: run one rule, and replace one element of a list. */
final class Check {

    private Check() {
    }

    /** The findings of one rule (id or family) on a disclosure; every message renders in both languages. */
    static List<Finding> findings(BudgetDisclosure d, String rule) {
        List<Finding> findings = DisclosureValidator.builder().only(rule).build().validate(d).findings();
        for (Finding f : findings) {
            assertFalse(f.message(Locale.CHINA).contains("规则 "), f::toString);
            assertFalse(f.message(Locale.ENGLISH).contains("finding of rule"), f::toString);
        }
        return findings;
    }

    static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    static <T> List<T> with(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(index, element);
        return copy;
    }
}
