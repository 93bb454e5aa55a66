package org.yusuan.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.io.ReadException;
import org.yusuan.model.performance.TargetForm;

/**
 * {@link FieldSource}, whose keys are indexed by prefix as they are added, answers every question exactly as
 * {@link FieldSourceReference} (the code before: a hash map and a search of the sorted keys) does: the same values,
 * group presence, list lengths, and the same errors with the same message, line, column and key, for the same
 * fields asked for in the same order, including duplicate keys, gaps, numbers that are not list indexes
 * ({@code 01}, {@code 1-x}, {@code 1234567}), empty segments and fields sharing a line and column.
 */
class FieldSourceIndexProperties {

    private static final List<String> SEGMENTS = List.of("a", "b", "1", "2", "3", "9", "10", "11", "01", "0", "1-x",
            "1/x", "", "1234567", "999999", "x.y");

    /**
     * One question asked of both: its kind and the key or path it names, which is a key added or a prefix of one
     * when pick is not negative (a random path rarely names anything).
     */
    record Ask(int kind, String path, int pick) {
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(SEGMENTS).list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(".", s));
    }

    @Provide
    Arbitrary<List<FieldSource.Located>> fields() {
        return fields(keys());
    }

    /** Keys of few segments, so that one often shares its first segments with the one before, as written ones do. */
    @Provide
    Arbitrary<List<FieldSource.Located>> fieldsSharingPrefixes() {
        return fields(Arbitraries.of("a", "1", "2", "", "a.1").list().ofMinSize(1).ofMaxSize(5)
                .map(s -> String.join(".", s)));
    }

    private static Arbitrary<List<FieldSource.Located>> fields(Arbitrary<String> keys) {
        Arbitrary<FieldSource.Located> field = Combinators.combine(keys,
                Arbitraries.of("", "1", "x", "QUALITATIVE", "true", "-3.50", "'t"),
                Arbitraries.longs().between(1, 6), Arbitraries.longs().between(1, 3))
                .as(FieldSource.Located::new);
        return field.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Ask>> asks() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), keys(), Arbitraries.integers().between(-1, 99))
                .as(Ask::new).list().ofMaxSize(40);
    }

    @Property(tries = 3000)
    void indexedFieldsAnswerAsTheSortedKeysDid(@ForAll("fields") List<FieldSource.Located> fields,
            @ForAll("asks") List<Ask> asks) {
        answerAlike(fields, asks);
    }

    @Property(tries = 2000)
    void keysSharingTheirFirstSegmentsWithTheOneBeforeAnswerAlike(
            @ForAll("fieldsSharingPrefixes") List<FieldSource.Located> fields, @ForAll("asks") List<Ask> asks) {
        answerAlike(fields, asks);
    }

    private static void answerAlike(List<FieldSource.Located> fields, List<Ask> asks) {
        FieldSource indexed = new FieldSource("f.csv");
        FieldSourceReference reference = new FieldSourceReference("f.csv");
        for (FieldSource.Located field : fields) {
            assertSame(() -> {
                indexed.add(field);
                return null;
            }, () -> {
                reference.add(field);
                return null;
            }, "add " + field);
        }
        List<String> named = new ArrayList<>();
        for (FieldSource.Located field : fields) {
            String key = field.key();
            named.add(key);
            for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
                named.add(key.substring(0, dot));
            }
        }
        for (Ask ask : asks) {
            String p = ask.pick() < 0 || named.isEmpty() ? ask.path() : named.get(ask.pick() % named.size());
            // The indexed source is also asked with the key split in two (group + name), as DisclosureFields asks.
            int cut = Math.floorMod(ask.pick() * 7, p.length() + 1);
            String g = p.substring(0, cut);
            String n = p.substring(cut);
            switch (ask.kind()) {
                case 0 -> assertSame(() -> indexed.has(p), () -> reference.has(p), "has " + p);
                case 1 -> assertSame(() -> indexed.count(p), () -> reference.count(p), "count " + p);
                case 2 -> assertSame(() -> cut % 2 == 0 ? indexed.text(p) : indexed.text(g, n),
                        () -> reference.text(p), "text " + p);
                case 3 -> assertSame(() -> cut % 2 == 0 ? indexed.optText(p) : indexed.optText(g, n),
                        () -> reference.optText(p), "optText " + p);
                case 4 -> assertSame(() -> cut % 2 == 0 ? indexed.integer(p) : indexed.integer(g, n),
                        () -> reference.integer(p), "integer " + p);
                case 5 -> assertSame(() -> cut % 2 == 0 ? indexed.optDecimal(p) : indexed.optDecimal(g, n),
                        () -> reference.optDecimal(p), "optDecimal " + p);
                case 6 -> assertSame(() -> cut % 2 == 0 ? indexed.constant(p, TargetForm.class)
                                : indexed.constant(g, n, TargetForm.class),
                        () -> reference.constant(p, TargetForm.class), "constant " + p);
                case 7 -> assertSame(() -> cut % 2 == 0 ? indexed.bool(p) : indexed.bool(g, n),
                        () -> reference.bool(p), "bool " + p);
                case 8 -> assertSame(() -> indexed.invalid(p, new IllegalStateException("x")),
                        () -> reference.invalid(p, new IllegalStateException("x")), "invalid " + p);
                default -> assertSame(() -> {
                    indexed.finish();
                    return null;
                }, () -> {
                    reference.finish();
                    return null;
                }, "finish");
            }
        }
        assertSame(() -> {
            indexed.finish();
            return null;
        }, () -> {
            reference.finish();
            return null;
        }, "finish");
    }

    private static void assertSame(Supplier<Object> indexed, Supplier<Object> reference, String what) {
        assertEquals(outcome(reference), outcome(indexed), what);
    }

    /** A value, or an error as all it tells: message, line, column and key. */
    private static Object outcome(Supplier<Object> call) {
        try {
            Object value = call.get();
            if (value instanceof ReadException e) {
                return describe(e);
            }
            return Optional.ofNullable(value);
        } catch (ReadException e) {
            return "thrown " + describe(e);
        }
    }

    private static String describe(ReadException e) {
        return e.getMessage() + " | " + e.line() + " | " + e.column() + " | " + e.field();
    }
}
