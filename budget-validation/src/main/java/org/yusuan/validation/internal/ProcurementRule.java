package org.yusuan.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#PROCUREMENT_SUM}: 政府采购预算 = 货物 + 工程 + 服务 when any of the three is printed (ERROR); the amount
 * reserved for small and micro enterprises (小微企业预留) is no more than that for small and medium ones (中小企业预留,
 * detail {@code reserved}), which is no more than the total (detail {@code reserved_total}) (ERROR).
 */
final class ProcurementRule implements Rule {

    @Override
    public List<String> ids() {
        return List.of(Rules.PROCUREMENT_SUM, Rules.UNIT_SUSPECT);
    }

    @Override
    public void check(Context context) {
        context.disclosure().getOtherMatters().flatMap(m -> m.getProcurement()).ifPresent(p -> check(context, p));
    }

    private static void check(Context context, GovernmentProcurement p) {
        Where at = Where.DISCLOSURE.column("政府采购预算");
        List<Term> terms = new ArrayList<>();
        p.getGoods().ifPresent(v -> terms.add(new Term(v, Where.DISCLOSURE.column("货物"))));
        p.getWorks().ifPresent(v -> terms.add(new Term(v, Where.DISCLOSURE.column("工程"))));
        p.getServices().ifPresent(v -> terms.add(new Term(v, Where.DISCLOSURE.column("服务"))));
        if (!terms.isEmpty()) {
            context.sum(Rules.PROCUREMENT_SUM, Severity.ERROR, at, p.getUnit(), p.getTotal(), terms, null);
        }
        if (p.getReservedForSmallAndMedium().isPresent() && p.getReservedForSmallAndMicro().isPresent()
                && p.getReservedForSmallAndMicro().get().compareTo(p.getReservedForSmallAndMedium().get()) > 0) {
            context.add(Rules.PROCUREMENT_SUM, Severity.ERROR, Where.DISCLOSURE.column("小微企业预留"),
                    p.getReservedForSmallAndMedium().get(), p.getReservedForSmallAndMicro().get(), false, p.getUnit(),
                    "reserved");
        }
        if (p.getReservedForSmallAndMedium().isPresent()
                && p.getReservedForSmallAndMedium().get().compareTo(p.getTotal()) > 0) {
            context.add(Rules.PROCUREMENT_SUM, Severity.ERROR, Where.DISCLOSURE.column("中小企业预留"), p.getTotal(),
                    p.getReservedForSmallAndMedium().get(), false, p.getUnit(), "reserved_total");
        }
    }
}
