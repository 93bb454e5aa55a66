package org.yusuan.io.csv.internal;

import java.util.List;
import java.util.Optional;
import org.yusuan.model.table.ProjectRowKind;

/**
 * What a row of a table is, as both CSV shapes write it in their row-kind column: a body row (明细), the printed
 * totals row (合计), or in 表7 one of the three kinds of project rows (项目, 科目汇总, 单位汇总).
 */
public enum RowKind {
    /** 明细: a body row of any table but 表7. */
    BODY("明细", "row", null),
    /** 合计: the printed totals row (合计/总计/收入总计/支出总计), kept apart from the body rows. */
    TOTAL("合计", "total", null),
    /** 项目: a project row of 表7. */
    PROJECT(ProjectRowKind.PROJECT),
    /** 科目汇总: a classification subtotal row of 表7. */
    CLASSIFICATION_SUBTOTAL(ProjectRowKind.CLASSIFICATION_SUBTOTAL),
    /** 单位汇总: a sub-unit subtotal row of 表7. */
    SUB_UNIT_SUBTOTAL(ProjectRowKind.SUB_UNIT_SUBTOTAL);

    private final String label;
    private final String englishLabel;
    private final ProjectRowKind projectRowKind;

    RowKind(String label, String englishLabel, ProjectRowKind projectRowKind) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.projectRowKind = projectRowKind;
    }

    RowKind(ProjectRowKind kind) {
        this(kind.label(), kind.englishLabel().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'),
                kind);
    }

    /**
     * The Chinese value.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The English value.
     *
     * @return the label
     */
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * The 表7 row kind.
     *
     * @return it, or empty for body and totals rows
     */
    public Optional<ProjectRowKind> projectRowKind() {
        return Optional.ofNullable(projectRowKind);
    }

    /**
     * The kind of a 表7 row.
     *
     * @param kind the model's kind
     * @return the CSV kind
     */
    public static RowKind of(ProjectRowKind kind) {
        for (RowKind k : values()) {
            if (k.projectRowKind == kind) {
                return k;
            }
        }
        throw new IllegalArgumentException(kind.name());
    }

    /**
     * Reads a value in either language.
     *
     * @param cell the cell
     * @param allowed the kinds allowed here
     * @return the kind, or empty when the cell names none of the allowed kinds
     */
    public static Optional<RowKind> parse(String cell, List<RowKind> allowed) {
        for (RowKind k : allowed) {
            if (k.label.equals(cell) || k.englishLabel.equals(cell)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
