package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TotalsRow;

/**
 * Reads the tables whose rows are a code (类/款/项 or 类/款), a name and amounts: 表2, 表3, 表5, 表6, 表8, 表9 and
 * 表11. A totals row ({@code 合计}, {@code 总计}) may come first or last; a totals row missing a cell is placed by the
 * column sums of the rows; OCR-damaged codes are repaired from the names (see {@link CodeReader}).
 *
 * @param <C> the column enum
 */
public abstract class CodedRowsReader<C extends Enum<C> & AmountColumn> extends TableReader {

    private final Class<C> columnType;
    private final C[] columns;
    private final boolean economic;
    /** The rows read, in printed order. */
    protected final List<PendingRow<C>> rows = new ArrayList<>();
    /** The totals row, if printed. */
    protected PendingRow<C> totals;
    private ClassificationCode<?> lastCode;

    /**
     * A reader of one block.
     *
     * @param context the import context
     * @param block the block
     * @param columnType the column enum
     * @param economic whether the codes are economic (类/款) rather than functional (类/款/项)
     */
    protected CodedRowsReader(ReadContext context, TableBlock block, Class<C> columnType, boolean economic) {
        super(context, block);
        this.columnType = columnType;
        this.columns = columnType.getEnumConstants();
        this.economic = economic;
    }

    @Override
    protected boolean row(TextLine line) {
        RowCells cells = RowCells.of(line, economic ? 2 : 3, 1, columns.length);
        if (cells == null || cells.texts().size() > 1) {
            return false;
        }
        String name = cells.name();
        if (!cells.hasCode()) {
            if (TotalsLabel.is(name) && !cells.printedAmounts().isEmpty()) {
                totals = new PendingRow<>(line, Optional.empty(), name, columnType);
                ColumnPlacer.place(totals, cells, columns, context.log(), kind());
                return true;
            }
            return false;
        }
        if (economic && cells.codes().stream().filter(c -> !c.isBlank()).count() > 2) {
            return false;
        }
        Optional<? extends ClassificationCode<?>> code = readCode(cells, name);
        if (code.isEmpty()) {
            return false;
        }
        lastCode = code.get();
        PendingRow<C> row = new PendingRow<>(line, code, name, columnType);
        ColumnPlacer.place(row, cells, columns, context.log(), kind());
        rows.add(row);
        return true;
    }

    private Optional<? extends ClassificationCode<?>> readCode(RowCells cells, String name) {
        if (economic) {
            Optional<CodeReader.Read<EconomicCode>> read = context.codes().economic(cells.codes(), name);
            read.flatMap(CodeReader.Read::note).ifPresent(n -> context.log().infer(cells.line().number(), kind(), n));
            return read.map(CodeReader.Read::code);
        }
        FunctionalCode near = lastCode instanceof FunctionalCode f ? f : null;
        Optional<CodeReader.Read<FunctionalCode>> read = context.codes().functional(cells.codes(), name, near);
        read.flatMap(CodeReader.Read::note).ifPresent(n -> context.log().infer(cells.line().number(), kind(), n));
        return read.map(CodeReader.Read::code);
    }

    @Override
    protected boolean appendWrapped(TextLine line) {
        if (rows.isEmpty() || line.cells().stream().filter(c -> !c.isEmpty()).count() != 1) {
            return false;
        }
        PendingRow<C> last = rows.get(rows.size() - 1);
        String more = line.text().strip();
        if (!wraps(last, more)) {
            return false;
        }
        last.name = last.name + more;
        context.log().infer(line.number(), kind(), "“" + more + "”是上一行名称的续行，已接在第 " + last.line.number()
                + " 行的名称后");
        return true;
    }

    /**
     * Whether a line of text only continues the name of the row above: the catalog name of the row's code starts
     * with the printed name and goes on with this text, or (without a catalog name) a short fragment without
     * punctuation.
     */
    private boolean wraps(PendingRow<C> last, String more) {
        Optional<String> catalogName = last.code.flatMap(c -> c instanceof FunctionalCode f
                ? context.codes().functionalName(f) : Optional.empty());
        String joined = LineNormalizer.fold(last.name + more);
        if (catalogName.isPresent()) {
            String full = LineNormalizer.fold(catalogName.get());
            return !LineNormalizer.fold(last.name).equals(full) && full.startsWith(joined);
        }
        return more.length() <= 12 && !more.matches(".*[，。；：,.;:].*");
    }

    @Override
    protected Optional<org.yusuan.model.table.TableKind> strayOf(TextLine line, boolean afterStray) {
        RowCells projectShape = RowCells.of(line, 3, 2, 11);
        if (projectShape == null) {
            return Optional.empty();
        }
        boolean projectRow = projectShape.hasCode() && projectShape.texts().size() == 2
                && !projectShape.texts().get(1).isEmpty() && !projectShape.printedAmounts().isEmpty();
        boolean totalsAfter = afterStray && !projectShape.hasCode() && !projectShape.printedAmounts().isEmpty()
                && projectShape.texts().stream().anyMatch(TotalsLabel::is);
        return projectRow || totalsAfter ? Optional.of(org.yusuan.model.table.TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE)
                : Optional.empty();
    }

    @Override
    protected String whyNot(TextLine line) {
        RowCells projectShape = RowCells.of(line, 3, 2, 11);
        if (projectShape != null && projectShape.hasCode() && projectShape.texts().size() == 2
                && !projectShape.texts().get(1).isEmpty()) {
            return "“编码 + 科目名称 + 项目名称 + 金额”是表7 一般公共预算项目支出情况表的行，但表7 的标题和表头不在此处"
                    + "（本表在此中断），未读入";
        }
        RowCells cells = RowCells.of(line, economic ? 2 : 3, 1, columns.length);
        if (cells == null) {
            return "金额列中有非金额的内容";
        }
        if (cells.texts().size() > 1 || (economic && cells.codes().stream().filter(c -> !c.isBlank()).count() > 2)) {
            return "行的结构不是本表的（编码 + 名称 + 金额）：似为另一张表的行";
        }
        if (!cells.hasCode()) {
            return "行没有科目编码，也不是合计行";
        }
        return "科目编码无法识别";
    }

    @Override
    protected final BudgetTable build(MoneyUnit unit, Optional<String> emptyNote) {
        resolveUnplaced();
        if (totals != null && totals.unresolved()) {
            placeTotalsBySums();
        }
        return buildTable(unit, emptyNote);
    }

    @Override
    protected final int rowsRead() {
        return rows.size();
    }

    /**
     * Places the amounts of rows whose layout lost the columns. By default in template order, with an inference;
     * tables whose arithmetic says more override this.
     */
    protected void resolveUnplaced() {
        for (PendingRow<C> row : rows) {
            if (row.unresolved()) {
                inOrder(row);
            }
        }
    }

    /**
     * Places unplaced amounts in template order and says so.
     *
     * @param row the row
     */
    protected final void inOrder(PendingRow<C> row) {
        for (int i = 0; i < row.unplaced.size() && i < columns.length; i++) {
            row.amounts.put(columns[i], row.unplaced.get(i));
        }
        context.log().infer(row.line.number(), kind(), "列位置已丢失，" + row.unplaced.size() + " 个金额按表头顺序读作"
                + labels(row));
        row.unplaced = List.of();
    }

    private String labels(PendingRow<C> row) {
        List<String> names = new ArrayList<>();
        row.amounts.keySet().forEach(c -> names.add(label(c)));
        return String.join("、", names);
    }

    /**
     * The printed label of a column.
     *
     * @param column the column
     * @return its label
     */
    protected String label(C column) {
        return column.label();
    }

    /** The columns in template order. @return the columns */
    protected final C[] columns() {
        return columns;
    }

    /**
     * The rows with no ancestor among the rows: the 类 rows, or whatever level the table starts at.
     *
     * @return the top-level rows
     */
    protected final List<PendingRow<C>> topLevel() {
        List<PendingRow<C>> top = new ArrayList<>();
        for (PendingRow<C> row : rows) {
            if (row.code.isEmpty()) {
                continue;
            }
            boolean hasAncestor = false;
            for (PendingRow<C> other : rows) {
                if (other != row && other.code.isPresent() && isAncestor(other.code.get(), row.code.get())) {
                    hasAncestor = true;
                    break;
                }
            }
            if (!hasAncestor) {
                top.add(row);
            }
        }
        return top;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean isAncestor(ClassificationCode<?> a, ClassificationCode<?> b) {
        return a.getClass() == b.getClass() && ((ClassificationCode) a).isAncestorOf((ClassificationCode) b);
    }

    private void placeTotalsBySums() {
        List<PendingRow<C>> top = topLevel();
        Map<C, BigDecimal> sums = new EnumMap<>(columnType);
        for (C c : columns) {
            BigDecimal sum = BigDecimal.ZERO;
            for (PendingRow<C> row : top) {
                sum = sum.add(row.amounts.getOrDefault(c, BigDecimal.ZERO));
            }
            sums.put(c, sum);
        }
        List<String> placed = new ArrayList<>();
        List<C> used = new ArrayList<>();
        for (BigDecimal value : totals.unplaced) {
            C match = null;
            for (C c : columns) {
                if (!used.contains(c) && sums.get(c).compareTo(value) == 0 && sums.get(c).signum() != 0) {
                    match = c;
                    break;
                }
            }
            if (match == null) {
                for (C c : columns) {
                    if (!used.contains(c)) {
                        match = c;
                        break;
                    }
                }
            }
            used.add(match);
            totals.amounts.put(match, value);
            placed.add(value.toPlainString() + " → " + label(match));
        }
        context.log().infer(totals.line.number(), kind(), "合计行缺少单元格，按各列合计对齐：" + String.join("，", placed));
        totals.unplaced = List.of();
    }

    /**
     * The totals row built, if printed.
     *
     * @return the totals row
     */
    protected final Optional<TotalsRow<C>> totalsRow() {
        if (totals == null) {
            return Optional.empty();
        }
        return Optional.of(totalsOf(totals));
    }

    /**
     * A totals row of the model from a pending row.
     *
     * @param row the pending row
     * @param <C> the column enum
     * @return the totals row
     */
    static <C extends Enum<C> & AmountColumn> TotalsRow<C> totalsOf(PendingRow<C> row) {
        return TotalsRow.<C>builder().name(row.name).putAllAmounts(row.amounts).build();
    }

    /**
     * Builds the table.
     *
     * @param unit the unit
     * @param emptyNote the empty note
     * @return the table
     */
    protected abstract BudgetTable buildTable(MoneyUnit unit, Optional<String> emptyNote);
}
