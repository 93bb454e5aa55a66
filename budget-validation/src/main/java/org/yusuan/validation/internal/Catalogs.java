package org.yusuan.validation.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;

/**
 * The two catalogs a disclosure's codes are checked against; also the constraint validator payload of the Bean
 * Validation layer.
 *
 * @param fiscalYear the fiscal year of the disclosure
 * @param functional the 支出功能分类科目, or null when none is known for the year
 * @param economic the 部门预算支出经济分类科目, or null when none is known for the year
 */
public record Catalogs(int fiscalYear, ClassificationCatalog<FunctionalCode> functional,
        ClassificationCatalog<EconomicCode> economic) {

    private static final Map<Integer, Catalogs> BUILT_IN = new ConcurrentHashMap<>();

    private static final class YearsHolder {
        static final Set<Integer> YEARS = Set.copyOf(ClassificationCatalog.builtInYears());
    }

    /**
     * The catalogs for a fiscal year: the user's if configured, else the built-in ones of that year, else none.
     *
     * @param fiscalYear the fiscal year
     * @param settings the settings
     * @return the catalogs
     */
    public static Catalogs forYear(int fiscalYear, Settings settings) {
        if (settings.functionalCatalog().isEmpty() && settings.economicCatalog().isEmpty()) {
            return BUILT_IN.computeIfAbsent(fiscalYear, year -> of(year, settings));
        }
        return of(fiscalYear, settings);
    }

    private static Catalogs of(int fiscalYear, Settings settings) {
        boolean builtIn = YearsHolder.YEARS.contains(fiscalYear);
        ClassificationCatalog<FunctionalCode> functional = settings.functionalCatalog()
                .orElse(builtIn ? ClassificationCatalog.functional(fiscalYear) : null);
        ClassificationCatalog<EconomicCode> economic = settings.economicCatalog()
                .orElse(builtIn ? ClassificationCatalog.economic(fiscalYear) : null);
        return new Catalogs(fiscalYear, functional, economic);
    }
}
