package org.yusuan.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableKind;
import org.yusuan.validation.internal.FindingMessages;

/**
 * One place where a disclosure contradicts itself or looks wrong (校验发现): which rule, how serious, where
 * (table, row, column), and by how much. A finding is plain data: it can be filtered, counted, compared and written
 * as JSON; its sentence is rendered on demand from a resource bundle in Chinese or English by {@link
 * #message(Locale)}.
 *
 * <p>Amounts ({@code expected}, {@code actual}, {@code difference}) are in {@link #unit()}; {@code difference} is
 * {@code actual - expected}. A difference no larger than what rounding of the printed addends can explain is
 * reported with severity {@link Severity#INFO} and {@link #rounding()} true, under the same rule id.
 *
 * @param rule the rule id, one of {@link Rules}; a sub-rule is written {@code FAMILY.SUB}, as in {@code
 *     CROSS_TABLE.T1_T3}; never null
 * @param severity how serious the finding is; never null
 * @param table the table the finding is located in, if any
 * @param code the classification code of the row, canonical digits ({@code 2010301}), if the row has one
 * @param name the printed name of the row (科目名称, item, sub-unit), if any
 * @param project the project (项目名称) the finding concerns, if any
 * @param column the column, as its Chinese header with spanning headers ({@code 基本支出/人员经费}), if any
 * @param expected the amount the rule expected (a sum, or the figure printed elsewhere), if the rule compares
 *     amounts
 * @param actual the amount printed, if the rule compares amounts
 * @param difference {@code actual - expected}, if the rule compares amounts
 * @param rounding whether rounding of the printed figures can explain the difference
 * @param unit the unit of the amounts, if the finding has amounts
 * @param detail which message variant of the rule applies (for example {@code part_exceeds}), if not the default
 * @param arguments further values the message names (a catalog name, a printed sentence), in order; never null
 */
public record Finding(
        String rule,
        Severity severity,
        Optional<TableKind> table,
        Optional<String> code,
        Optional<String> name,
        Optional<String> project,
        Optional<String> column,
        Optional<BigDecimal> expected,
        Optional<BigDecimal> actual,
        Optional<BigDecimal> difference,
        boolean rounding,
        Optional<MoneyUnit> unit,
        Optional<String> detail,
        List<String> arguments) {

    /**
     * Checks that no component is null and copies the arguments.
     *
     * @throws NullPointerException if a component is null
     */
    public Finding {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(project, "project must not be null");
        Objects.requireNonNull(column, "column must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        Objects.requireNonNull(difference, "difference must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        arguments = List.copyOf(arguments);
    }

    /**
     * The rule family: the rule id up to its first dot ({@code CROSS_TABLE} for {@code CROSS_TABLE.T1_T3}).
     *
     * @return the family id, never null
     */
    public String family() {
        int dot = rule.indexOf('.');
        return dot < 0 ? rule : rule.substring(0, dot);
    }

    /**
     * The same finding with another severity (used for configured severity overrides).
     *
     * @param newSeverity the severity, not null
     * @return a finding equal to this one but for its severity, never null
     * @throws NullPointerException if newSeverity is null
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, table, code, name, project, column, expected, actual, difference,
                rounding, unit, detail, arguments);
    }

    /**
     * The finding as a sentence, from the bundle {@code org.yusuan.validation.findings}: Chinese for a Chinese
     * locale ({@code zh}, {@code zh_CN}), English otherwise. Chinese table and column names stay in Chinese.
     *
     * @param locale the language, not null
     * @return the sentence, never null
     * @throws NullPointerException if locale is null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale must not be null");
        return FindingMessages.render(this, locale);
    }
}
