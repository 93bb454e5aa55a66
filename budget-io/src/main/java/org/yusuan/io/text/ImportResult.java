package org.yusuan.io.text;

import java.util.Objects;
import org.yusuan.model.BudgetDisclosure;

/**
 * The result of importing a disclosure text (导入结果): the disclosure as far as it could be read, and the report of
 * what was found, what was inferred and what could not be read. A partial import is a normal result.
 *
 * @param disclosure the disclosure, never null
 * @param report the import report, never null
 */
public record ImportResult(BudgetDisclosure disclosure, ImportReport report) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public ImportResult {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        Objects.requireNonNull(report, "report must not be null");
    }
}
