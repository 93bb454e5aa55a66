package org.yusuan.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.Confidence;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.testkit.internal.Plan.EconomicAmount;
import org.yusuan.testkit.internal.Plan.Leaf;
import org.yusuan.testkit.internal.Plan.Project;
import org.yusuan.testkit.internal.Plan.Split;
import org.yusuan.testkit.internal.Plan.Style;
import org.yusuan.testkit.internal.Plan.ThreePublic;

/**
 * Draws the leaf amounts of a consistent budget ({@link Plan}); every total is derived from them later, so
 * consistency holds by construction. Every part shrinks towards fewer leaves, fewer projects and zero amounts.
 */
public final class PlanArbitraries {

    /** 因公出国（境）费用, 公务接待费, 公务用车运行维护费: the 表6 rows that 表10 repeats. */
    static final String OVERSEAS = "30212";
    static final String RECEPTION = "30217";
    static final String VEHICLE_OPERATION = "30231";

    private static final int MAX_LEAVES = 4;
    private static final int MAX_PROJECTS = 4;

    private static final List<String> ENTITIES = List.of(
            "库尔勒市人民政府办公室", "库尔勒经济技术开发区党政办公室", "库尔勒经济技术开发区社会事务服务中心",
            "某某县教育局", "某某市卫生健康委员会", "某某区科学技术局（“双创”服务中心）");
    private static final List<String> SUB_UNITS = List.of(
            "行政服务中心", "信息中心", "机关事务服务中心", "档案馆");
    private static final List<String> PROJECTS = List.of(
            "部门专项-业务运行经费", "科技三项费-智慧城市电子政务运行经费", "部门专项-“12345”政务热线服务费",
            "办公楼维修改造", "困难群众节日慰问", "信息系统运维");

    private PlanArbitraries() {
    }

    /** Catalog entries the generators use: certain ones whose parents are certain too. */
    private static final class Entries {
        static final List<CatalogEntry<FunctionalCode>> ITEMS =
                certain(CodeArbitraries.functionalCatalog(), ClassificationLevel.ITEM, "2");
        static final List<CatalogEntry<EconomicCode>> PERSONNEL = certain(CodeArbitraries.economicCatalog(),
                ClassificationLevel.SECTION, "301", "303");
        static final List<CatalogEntry<EconomicCode>> PUBLIC = certain(CodeArbitraries.economicCatalog(),
                ClassificationLevel.SECTION, "302").stream()
                .filter(e -> !List.of(OVERSEAS, RECEPTION, VEHICLE_OPERATION).contains(e.code().digits()))
                .toList();
    }

    static <C extends ClassificationCode<C>> List<CatalogEntry<C>> certain(ClassificationCatalog<C> catalog,
            ClassificationLevel level, String... prefixes) {
        List<CatalogEntry<C>> out = new ArrayList<>();
        for (CatalogEntry<C> entry : catalog.entries(level)) {
            boolean prefixed = false;
            for (String prefix : prefixes) {
                prefixed |= entry.code().digits().startsWith(prefix);
            }
            if (prefixed && isCertain(catalog, entry.code())) {
                out.add(entry);
            }
        }
        return List.copyOf(out);
    }

    private static <C extends ClassificationCode<C>> boolean isCertain(ClassificationCatalog<C> catalog, C code) {
        for (C c = code; c != null; c = c.parent().orElse(null)) {
            if (catalog.find(c).map(e -> e.confidence() != Confidence.CERTAIN).orElse(true)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An economic 款 of the catalog, by digits.
     *
     * @param digits the code's digits
     * @return the entry
     */
    static CatalogEntry<EconomicCode> economic(String digits) {
        return CodeArbitraries.economicCatalog().find(EconomicCode.parse(digits))
                .orElseThrow(() -> new IllegalStateException("the 2024 economic catalog lacks " + digits));
    }

    /** @return amounts of 0.01 万元 between 1.00 and the given bound, shrinking towards the low end */
    private static Arbitrary<Long> cents(long min, long max) {
        return Arbitraries.longs().between(min, max).shrinkTowards(min);
    }

    /** @return mostly zero, sometimes an amount */
    private static Arbitrary<Long> maybe(long max) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0L)), Tuple.of(1, cents(100, max)));
    }

    /** Which sources of funds besides the general public budget the budget uses. */
    private record Sources(boolean fund, boolean capital, boolean unitFunds, boolean carryover) {
    }

    /** The raw draws of one leaf, before the split of the economic totals. */
    private record LeafDraw(int personnelWeight, int publicWeight, List<Long> others) {
    }

    private record ProjectDraw(int name, int subUnit, int leaf, long goods, long capital, long other,
            ProjectExpenditureColumn otherColumn) {
    }

    private record Identity(String name, EntityKind kind, MoneyUnit unit, List<String> subUnits) {
    }

    private record Economics(List<EconomicAmount> personnel, List<EconomicAmount> publicExpenses,
            ThreePublic threePublic) {
    }

    /**
     * A plan.
     *
     * @return an arbitrary of plans
     */
    public static Arbitrary<Plan> plans() {
        Arbitrary<Identity> identity = Combinators.combine(Arbitraries.of(ENTITIES), Arbitraries.of(EntityKind.class),
                        Arbitraries.of(MoneyUnit.TEN_THOUSAND_YUAN, MoneyUnit.YUAN),
                        Arbitraries.of(SUB_UNITS).set().ofMaxSize(2))
                .as((name, kind, unit, subs) -> {
                    List<String> units = new ArrayList<>();
                    units.add(name);
                    subs.stream().sorted().forEach(s -> units.add(name.replaceAll("办公室$|局$|中心$", "") + s));
                    return new Identity(name, kind, unit, List.copyOf(units));
                });
        Arbitrary<List<CatalogEntry<FunctionalCode>>> leaves = Arbitraries.of(Entries.ITEMS).set()
                .ofMinSize(1).ofMaxSize(MAX_LEAVES)
                .map(set -> set.stream().sorted(Comparator.comparing(e -> e.code().digits())).toList());
        Arbitrary<LeafDraw> leafDraw = Combinators.combine(Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(1, 5), maybe(300_000).list().ofSize(11))
                .as(LeafDraw::new);
        Arbitrary<Sources> sources = Combinators.combine(Arbitraries.of(false, true), Arbitraries.of(false, true),
                        Arbitraries.of(false, true), Arbitraries.of(false, true))
                .as(Sources::new);
        Arbitrary<Economics> economics = Combinators.combine(
                        economicAmounts(Entries.PERSONNEL, 1, 4, 1_000, 300_000),
                        economicAmounts(Entries.PUBLIC, 0, 3, 100, 100_000),
                        Combinators.combine(maybe(20_000), maybe(20_000), maybe(50_000), maybe(20_000))
                                .as(ThreePublic::new))
                .as(Economics::new);
        Arbitrary<ProjectDraw> projectDraw = Combinators.combine(Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9),
                        cents(100, 500_000), maybe(300_000), maybe(100_000),
                        Arbitraries.of(ProjectExpenditureColumn.WAGES_AND_WELFARE,
                                ProjectExpenditureColumn.HOUSEHOLD_SUBSIDIES, ProjectExpenditureColumn.OTHER))
                .as(ProjectDraw::new);
        Arbitrary<Style> style = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 10))
                .as(Style::new);
        return Combinators.combine(identity, leaves, leafDraw.list().ofSize(MAX_LEAVES), sources, economics,
                        projectDraw.list().ofMaxSize(MAX_PROJECTS), style)
                .as(PlanArbitraries::plan);
    }

    private static Arbitrary<List<EconomicAmount>> economicAmounts(List<CatalogEntry<EconomicCode>> entries,
            int min, int max, long low, long high) {
        return Combinators.combine(Arbitraries.of(entries).set().ofMinSize(min).ofMaxSize(max),
                        cents(low, high).list().ofSize(max))
                .as((set, amounts) -> {
                    List<CatalogEntry<EconomicCode>> sorted = set.stream()
                            .sorted(Comparator.comparing(e -> e.code().digits())).toList();
                    List<EconomicAmount> out = new ArrayList<>();
                    for (int i = 0; i < sorted.size(); i++) {
                        out.add(new EconomicAmount(sorted.get(i), amounts.get(i)));
                    }
                    return List.copyOf(out);
                });
    }

    private static Plan plan(Identity id, List<CatalogEntry<FunctionalCode>> entries, List<LeafDraw> draws,
            Sources sources, Economics economics, List<ProjectDraw> projectDraws, Style style) {
        List<EconomicAmount> publicExpenses = new ArrayList<>(economics.publicExpenses());
        ThreePublic three = economics.threePublic();
        addIfPositive(publicExpenses, OVERSEAS, three.overseas());
        addIfPositive(publicExpenses, RECEPTION, three.reception());
        addIfPositive(publicExpenses, VEHICLE_OPERATION, three.vehicleOperation());
        publicExpenses.sort(Comparator.comparing(e -> e.entry().code().digits()));

        int n = entries.size();
        long personnelTotal = economics.personnel().stream().mapToLong(EconomicAmount::amount).sum();
        long publicTotal = publicExpenses.stream().mapToLong(EconomicAmount::amount).sum();
        List<LeafDraw> used = draws.subList(0, n);
        long[] personnel = Allocation.split(personnelTotal, used.stream().mapToInt(LeafDraw::personnelWeight)
                .toArray(), 100);
        long[] publics = Allocation.split(publicTotal, used.stream().mapToInt(LeafDraw::publicWeight).toArray(), 0);

        List<Leaf> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Long> o = used.get(i).others();
            Split fund = sources.fund() ? new Split(o.get(0), o.get(1), o.get(2)) : Split.ZERO;
            Split capital = sources.capital() ? new Split(o.get(3), o.get(4), o.get(5)) : Split.ZERO;
            long unitBasic = sources.unitFunds() ? o.get(6) : 0;
            long unitProject = sources.unitFunds() ? o.get(7) : 0;
            Split carryover = sources.carryover() ? new Split(o.get(8), o.get(9), o.get(10)) : Split.ZERO;
            leaves.add(new Leaf(entries.get(i), personnel[i], publics[i], fund, capital, unitBasic, unitProject,
                    carryover));
        }

        List<Project> projects = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ProjectDraw d : projectDraws) {
            String base = PROJECTS.get(d.name() % PROJECTS.size());
            String name = base;
            for (int k = 2; !names.add(name); k++) {
                name = base + "（" + k + "）";
            }
            Map<ProjectExpenditureColumn, Long> amounts = new EnumMap<>(ProjectExpenditureColumn.class);
            amounts.put(ProjectExpenditureColumn.GOODS_AND_SERVICES, d.goods());
            if (d.capital() > 0) {
                amounts.put(ProjectExpenditureColumn.CAPITAL, d.capital());
            }
            if (d.other() > 0) {
                amounts.put(d.otherColumn(), d.other());
            }
            projects.add(new Project(name, id.subUnits().get(d.subUnit() % id.subUnits().size()),
                    entries.get(d.leaf() % n), amounts));
        }
        return new Plan(id.name(), id.kind(), id.unit(), id.subUnits(), List.copyOf(leaves), List.copyOf(projects),
                economics.personnel(), List.copyOf(publicExpenses), three, style);
    }

    private static void addIfPositive(List<EconomicAmount> list, String digits, long amount) {
        if (amount > 0) {
            list.add(new EconomicAmount(economic(digits), amount));
        }
    }
}
