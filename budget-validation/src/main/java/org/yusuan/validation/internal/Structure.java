package org.yusuan.validation.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.codes.CodeSystem;
import org.yusuan.model.table.TableRow;

/**
 * The hierarchy of one scope of a coded table (a whole table, or one 表7 sub-unit): which row each row belongs to,
 * by the nearest printed ancestor code. Rows without a code (printed or inferred) take no part, unless no row of
 * the scope has a code, in which case all rows are top-level.
 */
final class Structure {

    final List<TableRow<?>> rows;
    final TableRow<?> subUnit;
    final Map<TableRow<?>, String> codes;
    final Map<String, TableRow<?>> nodes;
    final List<TableRow<?>> duplicates = new ArrayList<>();
    final Map<TableRow<?>, TableRow<?>> parents;
    /**
     * The children of each row that has any, by identity (a row's own hash code would hash every amount it holds);
     * {@link #withChildren} gives their order.
     */
    final Map<TableRow<?>, List<TableRow<?>>> children;
    /** The rows that have children, in the order of their first child. */
    final List<TableRow<?>> withChildren = new ArrayList<>();
    final List<TableRow<?>> topLevel = new ArrayList<>();
    final Map<TableRow<?>, Integer> positions;

    Structure(Context context, List<? extends TableRow<?>> scope, CodeSystem system) {
        this.rows = List.copyOf(scope);
        // Sized for the rows at once, rather than grown (and rehashed) row by row.
        int n = rows.size();
        this.codes = new IdentityHashMap<>(n);
        this.parents = new IdentityHashMap<>(n);
        this.positions = new IdentityHashMap<>(n);
        this.children = new IdentityHashMap<>();
        this.nodes = new LinkedHashMap<>(Math.max(16, n * 4 / 3 + 1));
        TableRow<?> sub = null;
        for (int i = 0; i < rows.size(); i++) {
            TableRow<?> row = rows.get(i);
            positions.put(row, i);
            if (Tables.isSubUnit(row)) {
                sub = row;
                continue;
            }
            context.codeOf(row, system).ifPresent(code -> codes.put(row, code));
        }
        this.subUnit = sub;
        for (TableRow<?> row : rows) {
            String code = codes.get(row);
            if (code == null || Tables.isProject(row)) {
                continue;
            }
            if (nodes.containsKey(code)) {
                duplicates.add(row);
            } else {
                nodes.put(code, row);
            }
        }
        for (TableRow<?> row : rows) {
            if (row == subUnit) {
                continue;
            }
            String code = codes.get(row);
            if (code == null) {
                if (codes.isEmpty()) {
                    topLevel.add(row);
                }
                continue;
            }
            if (duplicates.contains(row)) {
                continue;
            }
            String parentCode = Tables.isProject(row) && nodes.containsKey(code)
                    ? code : Tables.nearestAncestor(code, nodes.keySet());
            if (parentCode == null) {
                topLevel.add(row);
            } else {
                TableRow<?> parent = nodes.get(parentCode);
                parents.put(row, parent);
                List<TableRow<?>> kids = children.get(parent);
                if (kids == null) {
                    kids = new ArrayList<>();
                    children.put(parent, kids);
                    withChildren.add(parent);
                }
                kids.add(row);
            }
        }
    }
}
