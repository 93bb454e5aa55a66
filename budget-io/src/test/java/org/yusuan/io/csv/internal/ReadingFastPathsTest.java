package org.yusuan.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yusuan.io.ReadException;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.performance.TargetForm;

/**
 * The hand-written checks and precomputed lookups that replaced regular expressions and linear searches on the
 * reading path accept exactly what those did: each is compared with the original expression or search as an oracle,
 * on hostile and random cells, and both the fast path and its fallback are exercised.
 */
class ReadingFastPathsTest {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1," + Cells.MAX_INTEGER_DIGITS + "}(\\.[0-9]{1,"
            + Cells.MAX_FRACTION_DIGITS + "})?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern INDEX = Pattern.compile("[1-9][0-9]{0,5}");

    private static List<String> cells() {
        List<String> cells = new ArrayList<>(List.of("", "-", ".", "-.", "0", "-0", "00", "1", "12", "1.", ".5",
                "1.5", "-1.5", "1.50", "1..5", "1.5.", "1.-5", "--1", "+1", "1e5", "1E5", " 1", "1 ", "1,000",
                "１２", "٣", "1\n", "0.00", "-3.50", "1491.86", "123456", "1234567", "012", "999999999",
                "1000000000", "9999999999", "12345678901", "-2147483648", "2147483648", "'12", "1/2", "1-x",
                "1" + "0".repeat(29), "1" + "0".repeat(30), "1." + "0".repeat(20), "1." + "0".repeat(21),
                "1".repeat(30) + "." + "2".repeat(20), "-" + "1".repeat(30) + "." + "2".repeat(20),
                "1".repeat(31) + "." + "2".repeat(20), "1".repeat(30) + "." + "2".repeat(21)));
        Random random = new Random(20261202);
        String alphabet = "0123456789-.e+ x１";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder cell = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 60 : 14);
            for (int k = 0; k < length; k++) {
                // Mostly digits, so that long numbers near every limit come up.
                cell.append(random.nextInt(4) > 0 ? (char) ('0' + random.nextInt(10))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            cells.add(cell.toString());
        }
        return cells;
    }

    @Test
    void decimalAndWholeNumberChecksAcceptWhatTheirExpressionsAccepted() {
        for (String cell : cells()) {
            boolean decimal = cell.length() <= Cells.MAX_INTEGER_DIGITS + Cells.MAX_FRACTION_DIGITS + 2
                    && DECIMAL.matcher(cell).matches();
            assertEquals(decimal, Cells.isDecimal(cell), cell);
            assertEquals(INTEGER.matcher(cell).matches(), Cells.isWholeNumber(cell), cell);
        }
    }

    @Test
    void positiveNumbersAndListIndexesAreReadAsTheirExpressionsAndParseIntRead() {
        for (String cell : cells()) {
            int positive = LongRows.positiveValue(cell);
            assertEquals(POSITIVE.matcher(cell).matches() ? Integer.parseInt(cell) : -1, positive, cell);
            int index = FieldSource.index("p." + cell + ".x", 2, 2 + cell.length());
            assertEquals(INDEX.matcher(cell).matches() ? Integer.parseInt(cell) : 0, index, cell);
        }
    }

    @Test
    void columnsAndItemsAreFoundAsTheLinearSearchFoundThem() {
        List<String> names = new ArrayList<>(List.of("", "合计", "Total", "nonsense"));
        for (TableKind kind : TableKind.values()) {
            for (TableShape.Section section : TableShape.of(kind).sections()) {
                for (Object c : section.columns().getEnumConstants()) {
                    names.add(((AmountColumn) c).qualifiedLabel());
                    names.add(((AmountColumn) c).label());
                    names.add(((AmountColumn) c).englishLabel());
                    names.add(((Enum<?>) c).name());
                }
            }
        }
        for (TableKind kind : TableKind.values()) {
            for (TableShape.Section section : TableShape.of(kind).sections()) {
                for (Object c : section.columns().getEnumConstants()) {
                    assertEquals(((AmountColumn) c).qualifiedLabel(), TableShape.label((Enum<?>) c));
                }
                for (String name : names) {
                    Optional<Enum<?>> expected = Optional.empty();
                    for (Object c : section.columns().getEnumConstants()) {
                        AmountColumn column = (AmountColumn) c;
                        if (column.qualifiedLabel().equals(name) || column.englishLabel().equals(name)) {
                            expected = Optional.of((Enum<?>) c);
                            break;
                        }
                    }
                    assertEquals(expected, section.column(name), kind + " " + name);
                }
            }
        }
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(IncomeItem.class,
                FiscalIncomeItem.class, ThreePublicExpenseItem.class)) {
            List<String> itemNames = new ArrayList<>(names);
            for (Enum<?> item : type.getEnumConstants()) {
                itemNames.add(TableShape.itemLabel(item));
                itemNames.add(TableShape.itemEnglishLabel(item));
                itemNames.add(item.name());
            }
            for (String name : itemNames) {
                Optional<Enum<?>> expected = Optional.empty();
                for (Enum<?> item : type.getEnumConstants()) {
                    if (pathLabel(item).equals(name) || TableShape.itemEnglishLabel(item).equals(name)
                            || item.name().equals(name)) {
                        expected = Optional.of(item);
                        break;
                    }
                }
                assertEquals(expected, TableShape.item(type, name), type.getSimpleName() + " " + name);
            }
        }
    }

    /** The item's label with its parents', as TableShape built it on every call before. */
    private static String pathLabel(Enum<?> item) {
        List<String> parts = new ArrayList<>();
        for (Enum<?> up = item; up != null; ) {
            if (up instanceof IncomeItem i) {
                parts.add(0, i.label());
                up = i.parent().orElse(null);
            } else if (up instanceof FiscalIncomeItem i) {
                parts.add(0, i.label());
                up = i.parent().orElse(null);
            } else {
                ThreePublicExpenseItem i = (ThreePublicExpenseItem) up;
                parts.add(0, i.label());
                up = i.parent().orElse(null);
            }
        }
        return String.join("/", parts);
    }

    private static FieldSource fields(String... keysAndCells) {
        FieldSource source = new FieldSource("f.csv");
        for (int i = 0; i < keysAndCells.length; i += 2) {
            source.add(new FieldSource.Located(keysAndCells[i], keysAndCells[i + 1], i / 2 + 2, 21));
        }
        return source;
    }

    @Test
    void listsAreCountedOverKeysThatSortBetweenTheirItems() {
        // Keys whose number part is not an index sort among the items (1-x before 1.a, 1/x after it, 01, 10…).
        FieldSource in = fields("l.1", "", "l.1-x", "", "l.1.a", "a", "l.1/x", "", "l.01.a", "", "l.2.a", "b",
                "l.10", "", "l.3.b", "", "l.4", "", "l.5.a.b", "", "l.5.1", "", "l.6.z", "", "l.7.a", "", "l.8.a", "", "l.9.a", "",
                "l.1234567.a", "", "m.1", "x", "l", "");
        assertEquals(10, in.count("l"));
        assertEquals(1, in.count("m"));
        assertEquals(0, in.count("n"));
        assertEquals(0, in.count("l.1"));
        assertEquals(0, in.count("l.5.a"));
        assertEquals(1, in.count("l.5"));
        assertTrue(in.has("l.5"));
        assertFalse(in.has("l.11"));
    }

    @Test
    void aGapFoundByTheQuickCountIsReportedByTheFullScanAtTheEarliestFieldOfTheItem() {
        FieldSource in = fields("l.1.a", "", "l.3.b", "", "l.3.a", "", "l.4.a", "");
        ReadException e = assertThrows(ReadException.class, () -> in.count("l"));
        assertTrue(e.problem().contains("item 3 of l without item 2"), e.getMessage());
        assertEquals(3, e.line().orElseThrow(), e.getMessage());
    }

    @Test
    void fieldsAskedForOutOfFileOrderAreFoundAndUnaskedOnesStillRefused() {
        FieldSource in = fields("a", "1", "b", "x", "c", "QUALITATIVE", "d", "2", "e", "unasked");
        // In file order (the quick path), then out of it (the lookup), then a missing one and a marker.
        assertEquals(1, in.integer("a"));
        assertEquals("x", in.text("b"));
        assertEquals(2, in.integer("d"));
        assertEquals(TargetForm.QUALITATIVE, in.constant("c", TargetForm.class));
        assertEquals(Optional.empty(), in.optText("zz"));
        assertEquals(Optional.empty(), in.optConstant("zz", TargetForm.class));
        ReadException missing = assertThrows(ReadException.class, () -> in.constant("zz", TargetForm.class));
        assertTrue(missing.getMessage().contains("one of " + TargetForm.values()[0].name()), missing.getMessage());
        ReadException unknown = assertThrows(ReadException.class, in::finish);
        assertEquals("e", unknown.field().orElseThrow(), unknown.getMessage());
        assertEquals(6, unknown.line().orElseThrow(), unknown.getMessage());
    }

    @Test
    void unknownConstantsAreRefusedNamingTheAcceptedOnes() {
        FieldSource in = fields("c", "text");
        ReadException e = assertThrows(ReadException.class, () -> in.constant("c", TargetForm.class));
        assertTrue(e.problem().contains("unknown value \"text\""), e.getMessage());
    }

    @Test
    void utf8WithAWrittenReplacementCharacterIsDecodedByTheStrictDecoder() {
        String text = "a,\uFFFD,甲\r\nb,c,乙\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(text, TextDecoding.decode(bytes, Optional.empty(), "r.csv"));
        assertEquals(text, TextDecoding.decode(bytes, Optional.of(StandardCharsets.UTF_8), "r.csv"));
    }

    @Test
    void utf8WithoutReplacementCharacterIsDecodedByTheQuickPathAndMalformedBytesStillNamed() {
        String text = "\uFEFFa,b,部门\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals("a,b,部门\r\n", TextDecoding.decode(bytes, Optional.empty(), "q.csv"));
        // A CESU-8 surrogate and an overlong form are malformed for the strict decoder, never passed through.
        for (byte[] bad : List.of(new byte[] {'a', ',', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {'a', '\n', 'b', (byte) 0xC0, (byte) 0xAF})) {
            ReadException e = assertThrows(ReadException.class,
                    () -> TextDecoding.decode(bad, Optional.of(StandardCharsets.UTF_8), "m.csv"));
            assertTrue(e.problem().contains("at byte offset"), e.getMessage());
        }
    }
}
