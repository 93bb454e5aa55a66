package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whole-data checks of the built-in 2024 catalogs: the hierarchy is closed, sibling names are unique, every code
 * reads back to itself in every printed form, and the counts per level are pinned so that a data change is seen.
 */
class CatalogIntegrityTest {

    private final ClassificationCatalog<FunctionalCode> functional = ClassificationCatalog.functional(2024);
    private final ClassificationCatalog<EconomicCode> economic = ClassificationCatalog.economic(2024);

    @Test
    void pinsTheNumberOfCodesPerLevel() {
        assertEquals(Map.of(ClassificationLevel.CATEGORY, 30L, ClassificationLevel.SECTION, 214L,
                ClassificationLevel.ITEM, 588L), countPerLevel(functional));
        assertEquals(Map.of(ClassificationLevel.CATEGORY, 10L, ClassificationLevel.SECTION, 100L),
                countPerLevel(economic));
    }

    @Test
    void pinsHowManyEntriesAreUncertain() {
        assertEquals(205, functional.entries().stream().filter(e -> e.confidence() == Confidence.UNCERTAIN).count());
        assertEquals(5, economic.entries().stream().filter(e -> e.confidence() == Confidence.UNCERTAIN).count());
    }

    @Test
    void hasEveryFunctionalCategoryFrom201To234() {
        List<String> expected = List.of("201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211",
                "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229",
                "230", "231", "232", "233", "234");
        assertEquals(expected, functional.entries(ClassificationLevel.CATEGORY).stream()
                .map(e -> e.code().digits()).toList());
    }

    @Test
    void hasTheWholeDepartmentalEconomicClassification() {
        assertEquals(List.of("301 工资福利支出", "302 商品和服务支出", "303 对个人和家庭的补助", "307 债务利息及费用支出",
                "309 资本性支出（基本建设）", "310 资本性支出", "311 对企业补助（基本建设）", "312 对企业补助",
                "313 对社会保障基金补助", "399 其他支出"),
                economic.entries(ClassificationLevel.CATEGORY).stream().map(Object::toString).toList());
        for (CatalogEntry<EconomicCode> category : economic.entries(ClassificationLevel.CATEGORY)) {
            assertTrue(!economic.children(category.code()).isEmpty(), () -> category + " has no 款");
        }
    }

    @Test
    void coversEverySectionAndItemOfTheCategoriesDisclosuresUseMost() {
        Map<String, Integer> sections = Map.of("201", 28, "205", 10, "206", 11, "207", 9, "208", 24, "210", 14,
                "221", 3, "223", 5);
        sections.forEach((category, count) -> assertEquals(count,
                functional.children(FunctionalCode.parse(category)).size(), () -> "款 of " + category));
        assertEquals(List.of("2050801 教师进修", "2050802 干部教育", "2050803 培训支出", "2050804 退役士兵能力提升",
                "2050899 其他进修及培训"), functional.children(FunctionalCode.parse("20508")).stream()
                .map(Object::toString).toList());
    }

    @Test
    void everyParentExistsAndSiblingNamesAreUnique() {
        for (ClassificationCatalog<?> catalog : List.of(functional, economic)) {
            checkHierarchy(catalog);
        }
    }

    private static <C extends ClassificationCode<C>> void checkHierarchy(ClassificationCatalog<C> catalog) {
        Set<String> siblingNames = new HashSet<>();
        for (CatalogEntry<C> entry : catalog.entries()) {
            entry.code().parent().ifPresent(parent -> assertTrue(catalog.contains(parent),
                    () -> entry + " has no parent " + parent));
            String key = entry.code().parent().map(Object::toString).orElse("") + "/"
                    + CodeNames.normalize(entry.name());
            assertTrue(siblingNames.add(key), () -> "sibling name repeated: " + entry);
            assertEquals(entry.name().strip(), entry.name());
        }
    }

    @Test
    void everyCatalogCodeReadsBackToItselfInEveryPrintedForm() {
        for (CatalogEntry<FunctionalCode> entry : functional.entries()) {
            for (CodeFormat format : CodeFormat.values()) {
                String printed = entry.code().format(format);
                assertEquals(entry.code(), FunctionalCode.parse(printed), printed);
                assertEquals(entry.code(), functional.parse(printed), printed);
            }
            List<String> parts = entry.code().parts();
            assertEquals(entry.code(), functional.parseColumns(parts.get(0), parts.size() > 1 ? parts.get(1) : "",
                    parts.size() > 2 ? parts.get(2) : ""));
        }
        for (CatalogEntry<EconomicCode> entry : economic.entries()) {
            for (CodeFormat format : CodeFormat.values()) {
                assertEquals(entry.code(), economic.parse(entry.code().format(format)));
            }
        }
    }

    @Test
    void everyNameFindsItsOwnCode() {
        for (CatalogEntry<FunctionalCode> entry : functional.entries()) {
            assertTrue(functional.findByName(entry.name()).contains(entry), entry::toString);
        }
        for (CatalogEntry<EconomicCode> entry : economic.entries()) {
            assertTrue(economic.findByName(entry.name()).contains(entry), entry::toString);
        }
    }

    private static Map<ClassificationLevel, Long> countPerLevel(ClassificationCatalog<?> catalog) {
        return catalog.entries().stream().collect(Collectors.groupingBy(e -> e.code().level(),
                () -> new EnumMap<>(ClassificationLevel.class), Collectors.counting()));
    }
}
