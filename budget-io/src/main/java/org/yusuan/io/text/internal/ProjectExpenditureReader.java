package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.TotalsRow;

/**
 * Reads 表7 一般公共预算项目支出情况表: functional code, name, project name and the eleven economic columns. A row
 * without code and without project is a sub-unit subtotal (单位汇总) and names the unit of the rows below it; a row with
 * code and no project is a classification subtotal (科目汇总); a row with a project name is a project. Without the
 * column structure, an amount besides 项目支出合计 equal to it is read as 商品和服务支出 (where project spending almost
 * always goes), recorded as an inference.
 */
public final class ProjectExpenditureReader extends TableReader {

    private static final ProjectExpenditureColumn[] COLUMNS = ProjectExpenditureColumn.values();

    private final List<ProjectExpenditureRow> rows = new ArrayList<>();
    private TotalsRow<ProjectExpenditureColumn> totals;
    private String subUnit;
    private FunctionalCode lastCode;

    /**
     * A reader of one block of 表7.
     *
     * @param context the context
     * @param block the block
     */
    public ProjectExpenditureReader(ReadContext context, TableBlock block) {
        super(context, block);
    }

    @Override
    protected boolean row(TextLine line) {
        if (PageFurniture.isColumnHeader(line)) {
            return false;
        }
        RowCells cells = RowCells.of(line, 3, 2, COLUMNS.length);
        if (cells == null || cells.printedAmounts().isEmpty()) {
            return false;
        }
        List<String> texts = new ArrayList<>(cells.texts());
        while (texts.size() < 2) {
            texts.add("");
        }
        String name = texts.get(0);
        String project = texts.get(1);
        if (!line.tabbed() && cells.texts().size() == 1 && cells.hasCode()) {
            project = "";
        }
        PendingRow<ProjectExpenditureColumn> pending = new PendingRow<>(line, Optional.empty(), name,
                ProjectExpenditureColumn.class);
        ColumnPlacer.place(pending, cells, COLUMNS, context.log(), kind());
        if (pending.unresolved()) {
            pending.amounts.put(ProjectExpenditureColumn.TOTAL, pending.unplaced.get(0));
            if (pending.unplaced.size() == 2 && pending.unplaced.get(0).compareTo(pending.unplaced.get(1)) == 0) {
                pending.amounts.put(ProjectExpenditureColumn.GOODS_AND_SERVICES, pending.unplaced.get(1));
                context.log().infer(line.number(), kind(),
                        "列位置已丢失：与项目支出合计相等的金额读作商品和服务支出（项目支出最常见的经济分类）");
            } else {
                for (int i = 1; i < pending.unplaced.size(); i++) {
                    pending.amounts.put(COLUMNS[i], pending.unplaced.get(i));
                }
                context.log().infer(line.number(), kind(), "列位置已丢失：金额按表头顺序读");
            }
            pending.unplaced = List.of();
        }
        if (!cells.hasCode()) {
            String label = name.isEmpty() ? project : name;
            if (label.isEmpty() || !label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN)) {
                return false;
            }
            if (TotalsLabel.is(label)) {
                pending.name = label;
                totals = CodedRowsReader.totalsOf(pending);
                return true;
            }
            subUnit = label;
            rows.add(ProjectExpenditureRow.builder().rowKind(ProjectRowKind.SUB_UNIT_SUBTOTAL).name(label)
                    .subUnit(label).putAllAmounts(pending.amounts).build());
            return true;
        }
        Optional<CodeReader.Read<FunctionalCode>> code = context.codes().functional(cells.codes(), name, lastCode);
        if (code.isEmpty()) {
            return false;
        }
        code.get().note().ifPresent(n -> context.log().infer(line.number(), kind(), n));
        lastCode = code.get().code();
        rows.add(ProjectExpenditureRow.builder()
                .rowKind(project.isEmpty() ? ProjectRowKind.CLASSIFICATION_SUBTOTAL : ProjectRowKind.PROJECT)
                .code(lastCode).name(ExpenditureTableReader.optional(name))
                .projectName(ExpenditureTableReader.optional(project)).subUnit(Optional.ofNullable(subUnit))
                .putAllAmounts(pending.amounts).build());
        return true;
    }

    @Override
    protected String whyNot(TextLine line) {
        return "不是表7的行（编码 + 科目名称 + 项目名称 + 金额）";
    }

    @Override
    protected BudgetTable build(MoneyUnit unit, Optional<String> emptyNote) {
        return GeneralBudgetProjectExpenditure.builder().unit(unit).emptyNote(emptyNote).addAllRows(rows)
                .totals(Optional.ofNullable(totals)).build();
    }

    @Override
    protected int rowsRead() {
        return rows.size();
    }
}
