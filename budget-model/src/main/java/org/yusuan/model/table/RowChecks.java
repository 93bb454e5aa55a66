package org.yusuan.model.table;

import java.util.Optional;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.FunctionalCode;

/** Checks shared by the row types; not API. */
final class RowChecks {

    private RowChecks() {
    }

    /**
     * Refuses a functional code that is not a 类, for the lines of 表1 and 表4 whose column holds 类 only.
     *
     * @throws IllegalArgumentException naming the table, the code and its level
     */
    static void requireCategory(Optional<FunctionalCode> code, String table) {
        code.ifPresent(c -> {
            if (c.level() != ClassificationLevel.CATEGORY) {
                throw new IllegalArgumentException("an expenditure line of " + table
                        + " is by functional 类 (3 digits), but its code " + c + " is a " + c.level().label());
            }
        });
    }
}
