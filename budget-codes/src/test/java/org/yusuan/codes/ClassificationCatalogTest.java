package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationCatalogTest {

    private final ClassificationCatalog<FunctionalCode> functional = ClassificationCatalog.functional(2024);
    private final ClassificationCatalog<EconomicCode> economic = ClassificationCatalog.economic(2024);

    @Test
    void namesCodesOfBothBuiltInCatalogs() {
        assertAll(
            () -> assertEquals(Optional.of("一般公共服务支出"), functional.nameOf(FunctionalCode.parse("201"))),
            () -> assertEquals(Optional.of("政府办公厅（室）及相关机构事务"), functional.nameOf(FunctionalCode.parse("20103"))),
            () -> assertEquals(Optional.of("行政运行"), functional.nameOf(FunctionalCode.parse("201 3 1"))),
            () -> assertEquals(Optional.of("基本工资"), economic.nameOf(EconomicCode.parse("30101"))),
            () -> assertEquals(Optional.of("工资福利支出"), economic.nameOf(EconomicCode.parse("301"))),
            () -> assertEquals(2024, functional.fiscalYear()),
            () -> assertEquals(CodeSystem.FUNCTIONAL, functional.system()),
            () -> assertEquals("org/yusuan/codes/2024/functional.csv", functional.source()),
            () -> assertEquals(CodeSystem.ECONOMIC, economic.system()));
    }

    @Test
    void everyEntryStatesItsProvenance() {
        for (ClassificationCatalog<?> catalog : List.of(functional, economic)) {
            for (CatalogEntry<?> entry : catalog.entries()) {
                assertFalse(entry.source().isBlank(), entry::toString);
                if (entry.confidence() == Confidence.UNCERTAIN) {
                    assertTrue(entry.note().isPresent(), () -> "uncertain entry without a note: " + entry);
                }
            }
        }
    }

    @Test
    void loadsEachBuiltInCatalogOnceEvenUnderConcurrentFirstUse() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> calls = java.util.stream.IntStream.range(0, 64)
                    .<Callable<Object>>mapToObj(i -> i % 2 == 0
                            ? () -> ClassificationCatalog.functional(2024)
                            : () -> ClassificationCatalog.economic(2024))
                    .toList();
            Set<Object> distinct = pool.invokeAll(calls).stream().map(ClassificationCatalogTest::get)
                    .collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(
                            new java.util.IdentityHashMap<>())));
            assertEquals(2, distinct.size());
        } finally {
            pool.shutdownNow();
        }
        assertSame(ClassificationCatalog.functional(2024), ClassificationCatalog.functional(2024));
    }

    private static Object get(Future<Object> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aYearWithoutABuiltInCatalogIsRefusedWithTheYearsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassificationCatalog.functional(1999));
        assertTrue(e.getMessage().contains("no built-in 支出功能分类科目 for 1999"), e.getMessage());
        assertTrue(e.getMessage().contains("built-in years: [2024]"), e.getMessage());
        assertTrue(e.getMessage().contains("loadFunctional(path, year)"), e.getMessage());
        assertEquals(Set.of(2024), ClassificationCatalog.builtInYears());
    }

    @Test
    void listsTheChildrenOfACode() {
        List<String> sections = functional.children(FunctionalCode.parse("210")).stream()
                .map(e -> e.code().digits()).toList();
        assertTrue(sections.contains("21011"), sections::toString);
        assertTrue(sections.stream().allMatch(s -> s.length() == 5 && s.startsWith("210")), sections::toString);
        List<String> items = functional.children(FunctionalCode.parse("21011")).stream()
                .map(CatalogEntry::toString).toList();
        assertTrue(items.containsAll(List.of("2101101 行政单位医疗", "2101102 事业单位医疗", "2101103 公务员医疗补助")),
                items::toString);
        assertEquals(List.of(), functional.children(FunctionalCode.parse("2010301")));
        assertTrue(economic.children(EconomicCode.parse("302")).stream()
                .anyMatch(e -> e.toString().equals("30217 公务接待费")));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
        "政府办公厅（室）及相关机构事务|20103",
        "政府办公厅(室)及相关机构事务|20103",
        "政府办公厅 （室） 及相关机构事务|20103",
        "一般公共服务|201",
        "一般公共服务支出|201",
        "' 一般公共服务支出\u00A0'|201",
        "维修(护)费|30213",
        "基本工资|30101",
    })
    void findsNamesWhateverTheBracketsSpacesOrTrailing支出(String name, String code) {
        ClassificationCatalog<?> catalog = code.startsWith("3") ? economic : functional;
        List<String> found = catalog.findByName(name).stream().map(e -> e.code().digits()).toList();
        assertEquals(List.of(code), found);
    }

    @Test
    void aNameSharedByManyCodesFindsThemAllExactMatchesFirst() {
        List<CatalogEntry<FunctionalCode>> found = functional.findByName("行政运行");
        assertTrue(found.size() > 10, () -> "行政运行 is a 项 of many 款: " + found.size());
        assertTrue(found.stream().allMatch(e -> e.code().digits().endsWith("01")));
        assertEquals(FunctionalCode.parse("2010101"), found.get(0).code());
    }

    @Test
    void suggestsTheOfficialNameForANearMiss() {
        assertEquals("201 一般公共服务支出", functional.suggest("一般公共服物支出", 3).get(0).toString());
        assertEquals("207 文化旅游体育与传媒支出", functional.suggest("文化旅游体育与传媒支", 3).get(0).toString());
        assertEquals("30217 公务接待费", economic.suggest("公务接侍费", 3).get(0).toString());
        assertEquals(List.of(), functional.suggest("完全无关的名称ABCDEFG", 3));
    }

    @Test
    void suggestsCloseCodesForACodeNotInTheCatalog() {
        List<String> close = functional.suggest("201 3 5", 3).stream().map(e -> e.code().digits()).toList();
        assertEquals(3, close.size());
        assertTrue(close.stream().allMatch(c -> c.startsWith("20103")), close::toString);
    }

    @Test
    void parsesAgainstTheCatalogNamingTheMissingLevelAndSuggestingCodes() {
        assertEquals(FunctionalCode.parse("2080505"), functional.parse("208 5 5"));
        assertEquals(FunctionalCode.parse("2101102"), functional.parseColumns("210", "11", "2"));
        assertEquals(EconomicCode.parse("30231"), economic.parseColumns("302", "31"));

        CodeFormatException missingItem = assertThrows(CodeFormatException.class, () -> functional.parse("201 3 7"));
        assertEquals("201 3 7", missingItem.input());
        assertTrue(missingItem.reason().startsWith("项 2010307 is not in the 2024 支出功能分类科目"), missingItem.reason());
        assertTrue(missingItem.reason().contains("did you mean 20103"), missingItem.reason());

        CodeFormatException missingCategory = assertThrows(CodeFormatException.class, () -> functional.parse("218"));
        assertTrue(missingCategory.reason().startsWith("类 218 is not in the 2024 支出功能分类科目"),
                missingCategory.reason());

        CodeFormatException missingSection = assertThrows(CodeFormatException.class,
                () -> functional.parseColumns("201", "98", "1"));
        assertTrue(missingSection.reason().startsWith("款 20198 is not in"), missingSection.reason());

        CodeFormatException malformed = assertThrows(CodeFormatException.class, () -> functional.parse("20"));
        assertTrue(malformed.reason().contains("too short"), malformed.reason());

        assertThrows(IllegalArgumentException.class, () -> economic.parseColumns("301", "1", "1"));
    }

    @Test
    void entriesAreImmutableAndInCodeOrder() {
        List<CatalogEntry<FunctionalCode>> entries = functional.entries();
        assertThrows(UnsupportedOperationException.class, () -> entries.remove(0));
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).code().compareTo(entries.get(i).code()) < 0);
        }
        assertEquals(functional.size(), entries.size());
    }
}
