package org.yusuan.testkit;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.TableKind;

/**
 * A disclosure that breaks exactly one validation rule (违反一条校验规则的公开), with where a validator should report it;
 * made by {@link Mutations#breaking(String)}.
 *
 * @param disclosure the broken disclosure, never null
 * @param rule the id of the rule broken, as budget-validation names it ({@code ROW_SUM}; for {@code CROSS_TABLE}
 *     the sub-rule, {@code CROSS_TABLE.T5_T6}), never null
 * @param location where the rule should report the break, never null
 */
public record BrokenDisclosure(BudgetDisclosure disclosure, String rule, Location location) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public BrokenDisclosure {
        Objects.requireNonNull(disclosure, "disclosure must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(location, "location must not be null");
    }

    /**
     * Where a finding sits, in the terms of budget-validation's {@code Finding}: the table, the row's code (digits)
     * or printed name, the project or performance sheet, and the column's qualified label ({@code 合计},
     * {@code 资金来源/一般公共预算}). An empty part means the finding has none.
     *
     * @param table the table
     * @param code the row's code digits
     * @param name the row's printed name, or the indicator's name on a performance sheet
     * @param project the project name or the overall sheet's entity name
     * @param column the column's qualified label
     */
    public record Location(Optional<TableKind> table, Optional<String> code, Optional<String> name,
            Optional<String> project, Optional<String> column) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Location {
            Objects.requireNonNull(table, "table must not be null");
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(project, "project must not be null");
            Objects.requireNonNull(column, "column must not be null");
        }
    }
}
