package org.yusuan.codes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.FunctionalCode;

/** A {@link DigitsIndex} answers every look-up exactly as the map it was built from. */
class DigitsIndexProperties {

    @Property(tries = 1000)
    void answersAsTheMapItWasBuiltFrom(@ForAll("keys") List<String> stored, @ForAll("keys") List<String> asked) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            map.put(stored.get(i), i);
        }
        DigitsIndex<Integer> index = new DigitsIndex<>(map);
        for (String key : stored) {
            assertEquals(map.get(key), index.get(key), key);
        }
        for (String key : asked) {
            assertEquals(map.get(key), index.get(key), key);
        }
    }

    @Example
    void leadingZerosAndLengthsAreDifferentKeys() {
        DigitsIndex<String> index = new DigitsIndex<>(Map.of("1", "one", "01", "zero one", "001", "zero zero one",
                "999999999999", "twelve nines", "9999999999999", "thirteen nines", "", "empty", "2x", "not digits"));
        assertEquals("one", index.get("1"));
        assertEquals("zero one", index.get("01"));
        assertEquals("zero zero one", index.get("001"));
        assertEquals("twelve nines", index.get("999999999999"));
        assertEquals("thirteen nines", index.get("9999999999999"));
        assertEquals("empty", index.get(""));
        assertEquals("not digits", index.get("2x"));
        assertNull(index.get("0001"));
        assertNull(index.get("10"));
    }

    @Example
    void theBuiltInCatalogFindsEachOfItsCodesAndNoOther() {
        ClassificationCatalog<FunctionalCode> catalog = ClassificationCatalog.functional(2024);
        int found = 0;
        for (ClassificationLevel level : ClassificationLevel.values()) {
            for (CatalogEntry<FunctionalCode> entry : catalog.entries(level)) {
                assertEquals(entry.name(), catalog.nameOf(entry.code()).orElseThrow());
                found++;
            }
        }
        assertEquals(true, found > 500, "entries: " + found);
        assertEquals(false, catalog.contains(FunctionalCode.parse("2999999")));
    }

    @Provide
    Arbitrary<List<String>> keys() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(14);
        Arbitrary<String> odd = Arbitraries.strings().withChars("0123456789x ").ofMaxLength(8);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, digits), net.jqwik.api.Tuple.of(1, odd)).list().ofMaxSize(300);
    }
}
