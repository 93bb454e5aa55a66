package org.yusuan.validation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#THREE_PUBLIC_SUM}: in 表10, per column (合计 and each source of funds), 合计 = 因公出国（境）费 +
 * 公务接待费 + 公务用车购置及运行费, and 公务用车购置及运行费 = 购置费 + 运行费 (detail {@code vehicles}). When the
 * 公务用车 subtotal is not printed, its two 其中 lines stand for it. ERROR.
 */
final class ThreePublicRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.THREE_PUBLIC_SUM, Rules.UNIT_SUSPECT);
    }

    @Override
    public void check(Context context) {
        context.disclosure().getThreePublicExpenses().ifPresent(t -> check(context, t));
    }

    private static void check(Context context, ThreePublicExpenses t) {
        Map<ThreePublicExpenseItem, ThreePublicExpenseRow> rows = new EnumMap<>(ThreePublicExpenseItem.class);
        for (ThreePublicExpenseRow row : t.getRows()) {
            row.getItem().ifPresent(item -> rows.putIfAbsent(item, row));
        }
        for (ThreePublicExpenseColumn column : ThreePublicExpenseColumn.values()) {
            ThreePublicExpenseRow vehicles = rows.get(ThreePublicExpenseItem.OFFICIAL_VEHICLES);
            List<ThreePublicExpenseRow> vehicleParts = new ArrayList<>();
            for (ThreePublicExpenseItem part : List.of(ThreePublicExpenseItem.VEHICLE_PURCHASE,
                    ThreePublicExpenseItem.VEHICLE_OPERATION)) {
                if (rows.containsKey(part)) {
                    vehicleParts.add(rows.get(part));
                }
            }
            if (vehicles != null && !vehicleParts.isEmpty()
                    && !(vehicles.amount(column).isEmpty() && vehicleParts.stream().allMatch(r -> r.amount(column).isEmpty()))) {
                context.sum(Rules.THREE_PUBLIC_SUM, Severity.ERROR, Where.row(t.getKind(), vehicles).column(column),
                        t.getUnit(), vehicles.amount(column).orElse(null), terms(t, vehicleParts, column), "vehicles");
            }
            if (t.getTotals().isEmpty()) {
                continue;
            }
            List<ThreePublicExpenseRow> top = new ArrayList<>();
            for (ThreePublicExpenseItem item : List.of(ThreePublicExpenseItem.OVERSEAS_TRAVEL,
                    ThreePublicExpenseItem.OFFICIAL_RECEPTION)) {
                if (rows.containsKey(item)) {
                    top.add(rows.get(item));
                }
            }
            if (vehicles != null) {
                top.add(vehicles);
            } else {
                top.addAll(vehicleParts);
            }
            var printed = Amounts.cell(t.getTotals().get(), column);
            if (printed == null && top.stream().allMatch(r -> r.amount(column).isEmpty())) {
                continue;
            }
            context.sum(Rules.THREE_PUBLIC_SUM, Severity.ERROR, Where.row(t.getKind(), t.getTotals().get())
                    .column(column), t.getUnit(), printed, terms(t, top, column), null);
        }
    }

    private static List<Term> terms(ThreePublicExpenses t, List<ThreePublicExpenseRow> rows,
            ThreePublicExpenseColumn column) {
        List<Term> terms = new ArrayList<>();
        for (ThreePublicExpenseRow row : rows) {
            terms.add(new Term(row.amount(column).orElse(null), Where.row(t.getKind(), row).column(column)));
        }
        return terms;
    }
}
