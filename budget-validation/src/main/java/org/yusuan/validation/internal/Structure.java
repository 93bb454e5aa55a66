package org.yusuan.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>What is known of each row is kept by its position in {@link #rows} (arrays, not maps by identity): a structure
 * is built for every coded table of every disclosure checked.
 */
final class Structure {

    final List<TableRow<?>> rows;
    final TableRow<?> subUnit;
    /** The code digits of the row at each position (printed or inferred), null for none and for the sub-unit row. */
    private final String[] codes;
    /** The first row of each code, projects and rows without a code left out, in the order of the rows. */
    final Map<String, TableRow<?>> nodes;
    final List<TableRow<?>> duplicates = new ArrayList<>();
    /** The parent of the row at each position, null for none. */
    private final TableRow<?>[] parents;
    /** The code of the parent of the row at each position, null for none. */
    private final String[] parentCodes;
    /** The rows that have children, in the order of their first child. */
    final List<TableRow<?>> withChildren = new ArrayList<>();
    /** The children of each row of {@link #withChildren}, at the same index, in the order of the rows. */
    private final List<List<TableRow<?>>> children = new ArrayList<>();
    final List<TableRow<?>> topLevel = new ArrayList<>();
    /** The last position of each row (a row printed twice, the same object, has two). */
    private final Map<TableRow<?>, Integer> lastPositions;

    Structure(Context context, List<? extends TableRow<?>> scope, CodeSystem system) {
        this.rows = List.copyOf(scope);
        int n = rows.size();
        this.codes = new String[n];
        this.parents = new TableRow<?>[n];
        this.parentCodes = new String[n];
        // Sized for the rows at once, rather than grown (and rehashed) row by row.
        this.lastPositions = new IdentityHashMap<>(n);
        this.nodes = new LinkedHashMap<>(Math.max(16, n * 4 / 3 + 1));
        TableRow<?> sub = null;
        boolean anyCode = false;
        for (int i = 0; i < n; i++) {
            TableRow<?> row = rows.get(i);
            lastPositions.put(row, i);
            if (Tables.isSubUnit(row)) {
                sub = row;
                continue;
            }
            String code = context.digitsOf(row, system);
            codes[i] = code;
            anyCode |= code != null;
        }
        this.subUnit = sub;
        for (int i = 0; i < n; i++) {
            TableRow<?> row = rows.get(i);
            String code = codes[i];
            if (code == null || Tables.isProject(row)) {
                continue;
            }
            if (nodes.containsKey(code)) {
                duplicates.add(row);
            } else {
                nodes.put(code, row);
            }
        }
        Map<String, List<TableRow<?>>> childrenByCode = new HashMap<>();
        for (int i = 0; i < n; i++) {
            TableRow<?> row = rows.get(i);
            if (row == subUnit) {
                continue;
            }
            String code = codes[i];
            if (code == null) {
                if (!anyCode) {
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
                parents[i] = parent;
                parentCodes[i] = parentCode;
                List<TableRow<?>> kids = childrenByCode.get(parentCode);
                if (kids == null) {
                    kids = new ArrayList<>();
                    childrenByCode.put(parentCode, kids);
                    withChildren.add(parent);
                    children.add(kids);
                }
                kids.add(row);
            }
        }
    }

    /** The code digits of the row at a position (printed or inferred), or null for none and for the sub-unit row. */
    String code(int position) {
        return codes[position];
    }

    /** The parent of the row at a position, or null when it has none. */
    TableRow<?> parent(int position) {
        return parents[position];
    }

    /** The code of the parent of the row at a position, or null when it has none. */
    String parentCode(int position) {
        return parentCodes[position];
    }

    /** The children of the row at an index of {@link #withChildren}, in the order of the rows. */
    List<TableRow<?>> children(int index) {
        return children.get(index);
    }

    /** The last position of a row of the scope. */
    int lastPosition(TableRow<?> row) {
        return lastPositions.get(row);
    }
}
