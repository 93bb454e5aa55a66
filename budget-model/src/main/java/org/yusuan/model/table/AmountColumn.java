package org.yusuan.model.table;

import java.util.ArrayList;
import java.util.List;

/**
 * An amount column of a disclosure table (金额栏): every table's columns are an enum implementing this interface,
 * so that writers and validators can treat all tables alike.
 *
 * <p>{@link #label()} is the column's own header as the national template prints it ({@code 人员经费}); where the
 * template spans a header over several columns (基本支出 over 人员经费 and 公用经费, 财政拨款 over 表11's first
 * block), {@link #headerGroups()} gives the spanning headers and {@link #qualifiedLabel()} a label unique within the
 * table.
 */
public interface AmountColumn {

    /**
     * The column's official Chinese header as the template prints it: {@code 合计}, {@code 基本支出}, {@code 人员经费}.
     *
     * @return the label, never null
     */
    String label();

    /**
     * The column's English name, unique within its table: {@code Total}, {@code Basic expenditure}.
     *
     * @return the label, never null
     */
    String englishLabel();

    /**
     * The headers that span this column in the template, outermost first: [财政拨款, 基本支出] for 表11's 人员经费
     * under 财政拨款.
     *
     * @return the spanning headers, empty when none; immutable, never null
     */
    default List<String> headerGroups() {
        return List.of();
    }

    /**
     * The spanning headers and the label joined by {@code /}, unique within the table: {@code 财政拨款/基本支出/人员经费}.
     *
     * @return the qualified label, never null
     */
    default String qualifiedLabel() {
        List<String> parts = new ArrayList<>(headerGroups());
        parts.add(label());
        return String.join("/", parts);
    }
}
