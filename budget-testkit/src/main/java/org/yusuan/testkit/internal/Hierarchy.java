package org.yusuan.testkit.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.FunctionalCode;

/**
 * Rolls leaf amounts up the functional classification: each 类 row is the sum of its 款 rows, each 款 row the sum
 * of its 项 rows, in the printed order 类, its first 款, that 款's 项, its next 款, and so on.
 */
final class Hierarchy {

    /**
     * One row of a functional table before printing.
     *
     * @param entry the code and its catalog name
     * @param amounts the row's amounts by column
     * @param <C> the column type
     */
    record Row<C extends Enum<C>>(CatalogEntry<FunctionalCode> entry, Map<C, Long> amounts) {
    }

    private Hierarchy() {
    }

    /**
     * The 类, 款 and 项 rows of the given leaves, in code order, with every parent the sum of its children.
     *
     * @param leaves amounts by 项 (or by 款 where the catalog has no 项)
     * @param type the column enum
     * @param <C> the column type
     * @return the rows in printed order
     */
    static <C extends Enum<C>> List<Row<C>> rollUp(Map<CatalogEntry<FunctionalCode>, Map<C, Long>> leaves,
            Class<C> type) {
        Map<String, Map<C, Long>> sums = new TreeMap<>();
        Map<String, CatalogEntry<FunctionalCode>> entries = new TreeMap<>();
        for (Map.Entry<CatalogEntry<FunctionalCode>, Map<C, Long>> leaf : leaves.entrySet()) {
            List<FunctionalCode> chain = new ArrayList<>(leaf.getKey().code().ancestors());
            chain.add(leaf.getKey().code());
            for (FunctionalCode code : chain) {
                CatalogEntry<FunctionalCode> entry = code.equals(leaf.getKey().code()) ? leaf.getKey()
                        : CodeArbitraries.functionalCatalog().find(code).orElseThrow();
                entries.put(code.digits(), entry);
                Map<C, Long> sum = sums.computeIfAbsent(code.digits(), k -> new EnumMap<>(type));
                leaf.getValue().forEach((column, amount) -> sum.merge(column, amount, Long::sum));
            }
        }
        List<Row<C>> rows = new ArrayList<>();
        // Digits sorted as strings put every 类 before its 款 and every 款 before its 项.
        sums.forEach((digits, amounts) -> rows.add(new Row<>(entries.get(digits), amounts)));
        return rows;
    }
}
