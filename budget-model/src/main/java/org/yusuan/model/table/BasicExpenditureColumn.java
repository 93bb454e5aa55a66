package org.yusuan.model.table;

import java.util.List;

/**
 * The amount columns of 表6 一般公共预算基本支出情况表, numbered 1 to 3 in the template: 合计,
 * 人员经费, 公用经费.
 */
public enum BasicExpenditureColumn implements AmountColumn {
    /** 1 合计: the total. */
    TOTAL("合计", "Total", List.of()),
    /** 2 人员经费: personnel expenses. */
    PERSONNEL("人员经费", "Personnel expenses", List.of()),
    /** 3 公用经费: public (running) expenses. */
    PUBLIC_EXPENSES("公用经费", "Public expenses", List.of());

    private final String label;
    private final String englishLabel;
    private final List<String> headerGroups;

    BasicExpenditureColumn(String label, String englishLabel, List<String> headerGroups) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.headerGroups = headerGroups;
    }

    /**
     * The column's official Chinese header.
     *
     * @return the label, never null
     */
    @Override
    public String label() {
        return label;
    }

    /**
     * The column's English name.
     *
     * @return the label, never null
     */
    @Override
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * The headers spanning this column in the template, outermost first.
     *
     * @return the spanning headers, empty when none; immutable, never null
     */
    @Override
    public List<String> headerGroups() {
        return headerGroups;
    }
}
