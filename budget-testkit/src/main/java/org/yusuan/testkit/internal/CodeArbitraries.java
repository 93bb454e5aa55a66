package org.yusuan.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;

/** Classification codes: from the 2024 catalogs, and well-formed codes that no catalog knows. */
public final class CodeArbitraries {

    /** The fiscal year whose catalogs the generators use. */
    public static final int YEAR = 2024;

    private CodeArbitraries() {
    }

    /**
     * The catalogs' codes, read once, with about one well-formed code in no catalog to every four known ones
     * (drawn once from a fixed seed, so that a run is reproducible from jqwik's seed alone).
     */
    private static final class Known {
        static final List<FunctionalCode> ANY_FUNCTIONAL = withUnknown(
                functionalCatalog().entries().stream().map(CatalogEntry::code).toList(),
                functionalCatalog(), '2', 2, FunctionalCode::parse);
        static final List<FunctionalCode> ANY_FUNCTIONAL_CATEGORIES = withUnknown(
                functionalCatalog().entries(ClassificationLevel.CATEGORY).stream().map(CatalogEntry::code).toList(),
                functionalCatalog(), '2', 0, FunctionalCode::parse);
        static final List<EconomicCode> ANY_ECONOMIC = withUnknown(
                economicCatalog().entries().stream().map(CatalogEntry::code).toList(),
                economicCatalog(), '3', 1, EconomicCode::parse);

        private static <C extends ClassificationCode<C>> List<C> withUnknown(List<C> known,
                ClassificationCatalog<C> catalog, char first, int deeperParts, Function<String, C> parse) {
            Random random = new Random(first * 31L + deeperParts);
            List<C> all = new ArrayList<>(known);
            int wanted = Math.max(known.size() / 4, 3);
            while (all.size() < known.size() + wanted) {
                StringBuilder digits = new StringBuilder().append(first).append(String.format("%02d",
                        random.nextInt(100)));
                int parts = random.nextInt(deeperParts + 1);
                for (int i = 0; i < parts; i++) {
                    digits.append(String.format("%02d", 1 + random.nextInt(99)));
                }
                C code = parse.apply(digits.toString());
                if (!catalog.contains(code) && !all.contains(code)) {
                    all.add(code);
                }
            }
            return List.copyOf(all);
        }
    }

    /**
     * The functional catalog the generators draw from.
     *
     * @return the 2024 functional catalog
     */
    public static ClassificationCatalog<FunctionalCode> functionalCatalog() {
        return ClassificationCatalog.functional(YEAR);
    }

    /**
     * The economic catalog the generators draw from.
     *
     * @return the 2024 economic catalog
     */
    public static ClassificationCatalog<EconomicCode> economicCatalog() {
        return ClassificationCatalog.economic(YEAR);
    }

    /**
     * Functional catalog entries of one level.
     *
     * @param level the level
     * @return an arbitrary of entries
     */
    public static Arbitrary<CatalogEntry<FunctionalCode>> functionalEntries(ClassificationLevel level) {
        return Arbitraries.of(functionalCatalog().entries(level));
    }

    /**
     * Economic catalog entries of one level.
     *
     * @param level the level
     * @return an arbitrary of entries
     */
    public static Arbitrary<CatalogEntry<EconomicCode>> economicEntries(ClassificationLevel level) {
        return Arbitraries.of(economicCatalog().entries(level));
    }

    /**
     * Any functional code of any level: mostly from the catalog, sometimes well formed but unknown.
     *
     * @return an arbitrary of codes
     */
    public static Arbitrary<FunctionalCode> anyFunctional() {
        return Arbitraries.of(Known.ANY_FUNCTIONAL);
    }

    /**
     * Any functional 类: mostly from the catalog, sometimes well formed but unknown.
     *
     * @return an arbitrary of 类 codes
     */
    public static Arbitrary<FunctionalCode> anyFunctionalCategory() {
        return Arbitraries.of(Known.ANY_FUNCTIONAL_CATEGORIES);
    }

    /**
     * Any economic code of any level: mostly from the catalog, sometimes well formed but unknown.
     *
     * @return an arbitrary of codes
     */
    public static Arbitrary<EconomicCode> anyEconomic() {
        return Arbitraries.of(Known.ANY_ECONOMIC);
    }

    /**
     * The functional codes of the catalog marked certain, whose parents are certain too.
     *
     * @return the codes
     */
    public static List<FunctionalCode> certainFunctional() {
        List<FunctionalCode> out = new ArrayList<>();
        for (ClassificationLevel level : ClassificationLevel.values()) {
            PlanArbitraries.certain(functionalCatalog(), level, "2").forEach(e -> out.add(e.code()));
        }
        return out;
    }

    /**
     * The economic codes of the catalog marked certain, whose parents are certain too.
     *
     * @return the codes
     */
    public static List<EconomicCode> certainEconomic() {
        List<EconomicCode> out = new ArrayList<>();
        for (ClassificationLevel level : ClassificationLevel.values()) {
            PlanArbitraries.certain(economicCatalog(), level, "3").forEach(e -> out.add(e.code()));
        }
        return out;
    }
}
