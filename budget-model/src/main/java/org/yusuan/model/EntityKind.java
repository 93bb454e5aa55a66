package org.yusuan.model;

import java.util.Objects;
import org.yusuan.model.table.TableKind;

/**
 * Who discloses the budget: a department (部门, whose 部门预算 sums itself and its sub-units) or a single unit
 * (单位, 单位预算). It decides how the disclosure and its first three tables are titled.
 */
public enum EntityKind {
    /** 部门: a department, disclosing a 部门预算 (部门预算公开). */
    DEPARTMENT("部门", "Department"),
    /** 单位: a budget unit, disclosing a 单位预算 (单位预算公开). */
    UNIT("单位", "Unit");

    private final String label;
    private final String englishLabel;

    EntityKind(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    /**
     * The Chinese name: 部门 or 单位.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The English name: Department or Unit.
     *
     * @return the label, never null
     */
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * The name of the disclosure this kind of entity publishes: 部门预算公开 or 单位预算公开.
     *
     * @return the name, never null
     */
    public String disclosureLabel() {
        return label + "预算公开";
    }

    /**
     * The title a table carries in this kind of disclosure: 表1–表3 are prefixed with 部门 or 单位 (部门收支总体情况表,
     * 单位收入总体情况表), the others are titled by their label alone.
     *
     * @param kind the table, not null
     * @return the printed title, never null
     * @throws NullPointerException if kind is null
     */
    public String tableTitle(TableKind kind) {
        Objects.requireNonNull(kind, "table kind must not be null");
        return kind.isTitledByEntity() ? label + kind.label() : kind.label();
    }
}
