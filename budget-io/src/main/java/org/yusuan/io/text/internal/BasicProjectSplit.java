package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.TableKind;

/**
 * Decides, for rows of a table whose layout lost the columns, whether the one amount printed besides the total is
 * 基本支出 or 项目支出 (or 人员经费/公用经费), from the table's own arithmetic and the codes' nature, in this order:
 * <ol>
 * <li>a row under a parent whose amount is all in one column is in that column;</li>
 * <li>among the undecided children of a decided parent (or of the totals row for top-level rows), the one subset
 * whose amounts add up to the parent's column (within 0.01 per row, for rounding) goes to that column;</li>
 * <li>otherwise the code's nature: 行政运行, 事业运行 and the personnel items (离退休, 养老保险, 职业年金, 医疗, 住房公积金)
 * are 基本支出, anything else 项目支出.</li>
 * </ol>
 * Each decision is recorded as an inference.
 *
 * @param <C> the column enum
 */
public final class BasicProjectSplit<C extends Enum<C> & AmountColumn> {

    private static final Pattern BASIC_NATURE = Pattern.compile(
            "行政运行|事业运行|离退休|离休|退休|养老|职业年金|医疗|公积金|住房改革|机关服务|工资|社会保障缴费|培训");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final int MAX_SUBSET = 18;

    private final C total;
    private final C basic;
    private final C project;
    private final ImportLog log;
    private final TableKind table;

    /**
     * A splitter for one table.
     *
     * @param total the total column
     * @param basic the basic column
     * @param project the project column
     * @param log the log
     * @param table the table
     */
    public BasicProjectSplit(C total, C basic, C project, ImportLog log, TableKind table) {
        this.total = total;
        this.basic = basic;
        this.project = project;
        this.log = log;
        this.table = table;
    }

    /**
     * Resolves the rows that have a total and one more amount.
     *
     * @param rows all rows of the table
     * @param totals the totals row, or null
     * @param parentOf the nearest printed parent row of a row, or null for a top-level row
     */
    public void resolve(List<PendingRow<C>> rows, PendingRow<C> totals, Function<PendingRow<C>, PendingRow<C>> parentOf) {
        List<PendingRow<C>> pending = new ArrayList<>();
        for (PendingRow<C> row : rows) {
            if (row.unresolved() && row.unplaced.size() == 2) {
                row.amounts.put(total, row.unplaced.get(0));
                pending.add(row);
            }
        }
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            // 1. a parent all in one column
            for (PendingRow<C> row : new ArrayList<>(pending)) {
                PendingRow<C> parent = parentOf.apply(row);
                if (parent == null || parent.unresolved()) {
                    continue;
                }
                boolean hasBasic = positive(parent.amounts.get(basic));
                boolean hasProject = positive(parent.amounts.get(project));
                if (hasBasic != hasProject) {
                    decide(row, hasBasic ? basic : project, "上级科目（第 " + parent.line.number() + " 行）只有"
                            + (hasBasic ? basic.label() : project.label()));
                    pending.remove(row);
                    progress = true;
                }
            }
            // 2. subsets of siblings adding up to the parent's column
            List<PendingRow<C>> parents = new ArrayList<>();
            for (PendingRow<C> row : pending) {
                PendingRow<C> parent = parentOf.apply(row);
                PendingRow<C> key = parent == null ? totals : parent;
                if (key != null && !key.unresolved() && !parents.contains(key)) {
                    parents.add(key);
                }
            }
            for (PendingRow<C> parent : parents) {
                List<PendingRow<C>> children = new ArrayList<>();
                BigDecimal known = BigDecimal.ZERO;
                for (PendingRow<C> row : rows) {
                    PendingRow<C> p = parentOf.apply(row);
                    if ((p == null ? totals : p) != parent) {
                        continue;
                    }
                    if (pending.contains(row)) {
                        children.add(row);
                    } else {
                        known = known.add(row.amounts.getOrDefault(basic, BigDecimal.ZERO));
                    }
                }
                BigDecimal target = parent.amounts.getOrDefault(basic, BigDecimal.ZERO).subtract(known);
                List<PendingRow<C>> subset = uniqueSubset(children, target);
                if (subset != null) {
                    String why = "同级各行" + basic.label() + "之和须等于第 " + parent.line.number() + " 行的 "
                            + parent.amounts.getOrDefault(basic, BigDecimal.ZERO).toPlainString();
                    for (PendingRow<C> child : children) {
                        decide(child, subset.contains(child) ? basic : project, why);
                        pending.remove(child);
                    }
                    progress = true;
                }
            }
        }
        // 3. the code's nature
        for (PendingRow<C> row : pending) {
            boolean basicNature = BASIC_NATURE.matcher(row.name).find();
            decide(row, basicNature ? basic : project, basicNature ? "“" + row.name + "”按性质属基本支出"
                    : "“" + row.name + "”不是运行或人员类科目，按项目支出读");
        }
    }

    private void decide(PendingRow<C> row, C column, String why) {
        row.amounts.put(column, row.unplaced.get(1));
        row.unplaced = List.of();
        log.infer(row.line.number(), table, "列位置已丢失：" + row.amounts.get(total).toPlainString() + " 读作"
                + total.label() + "，" + row.amounts.get(column).toPlainString() + " 读作" + column.label() + "（"
                + why + "）");
    }

    private List<PendingRow<C>> uniqueSubset(List<PendingRow<C>> children, BigDecimal target) {
        int n = children.size();
        if (n == 0 || n > MAX_SUBSET) {
            return null;
        }
        BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(n));
        List<PendingRow<C>> found = null;
        for (int mask = 0; mask < (1 << n); mask++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    sum = sum.add(children.get(i).unplaced.get(1));
                }
            }
            if (sum.subtract(target).abs().compareTo(tolerance) <= 0) {
                if (found != null) {
                    return null;
                }
                found = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        found.add(children.get(i));
                    }
                }
            }
        }
        return found;
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() != 0;
    }

}
