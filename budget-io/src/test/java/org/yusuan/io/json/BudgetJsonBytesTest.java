package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.yusuan.io.ReadException;
import org.yusuan.io.json.internal.DocumentBytes;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.performance.ImmutableProjectFunding;
import org.yusuan.model.performance.ImmutableProjectPerformanceTarget;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.testkit.Disclosures;
import org.yusuan.testkit.Fixtures;

/**
 * Reading a stream takes the fast way (bytes held, parsed as UTF-8 bytes) or, for everything it does not
 * take, the exact way (text decoded strictly): both give the same disclosures and the same errors, columns counted in
 * characters. Writing a stream passes the document on whole, or nothing when an amount is refused.
 */
class BudgetJsonBytesTest {

    private final BudgetJson json = BudgetJson.standard();

    @Test
    void anErrorAfterChineseTextNamesTheCharacterColumnAsReadingTheTextDoes() {
        String text = json.write(Fixtures.korlaCityGovOffice());
        for (String broken : List.of(
                text.replace("\"entityKind\":\"DEPARTMENT\"", "\"entityKind\":\"NOPE\""),
                text.replace("\"unit\":\"万元\"", "\"unit\":\"千元\""),
                text.replace("\"fiscalYear\":2024", "\"fiscalYear\":2024,\"fiscalYear\":2024"),
                text.replace("\"amounts\":{", "\"amounts\":{\"nope\":1,"),
                text.substring(0, text.length() / 2),
                text.replace("\"name\":\"", "\"name\":\"\t"))) {
            assertTrue(!broken.equals(text), "the fixture has what the test breaks");
            ReadException fromText = assertThrows(ReadException.class, () -> json.read(broken, "d.json"));
            ReadException fromBytes = assertThrows(ReadException.class, () -> json.read(
                    new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "d.json"));

            assertEquals(fromText.getMessage(), fromBytes.getMessage());
            assertEquals(fromText.line(), fromBytes.line());
            assertEquals(fromText.column(), fromBytes.column());
            assertEquals(fromText.field(), fromBytes.field());
            assertTrue(fromBytes.column().orElse(0) > 1, fromBytes.getMessage());
        }
    }

    @Test
    void malformedUtf8ThatJacksonBefore223AcceptedIsRefusedNamingTheByte() {
        String head = "{\"format\":\"yusuan-disclosure\",\"version\":1,\"entityName\":\"预算";
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            byte[] input = concat(head.getBytes(StandardCharsets.UTF_8), bad,
                    "\",\"entityKind\":\"UNIT\",\"fiscalYear\":2024}".getBytes(StandardCharsets.UTF_8));

            ReadException e = assertThrows(ReadException.class,
                    () -> json.read(new ByteArrayInputStream(input), "bad.json"));

            assertTrue(e.getMessage().contains("malformed UTF-8 input"), e.getMessage());
            assertTrue(e.getMessage().contains("at byte offset " + head.getBytes(StandardCharsets.UTF_8).length),
                    e.getMessage());
            assertEquals(1, e.line().orElse(-1));
            assertTrue(e.column().isPresent(), e.getMessage());
            assertEquals("/entityName", e.field().orElse(null));
        }
    }

    @Property(tries = 500)
    void aStreamIsRefusedExactlyWhenItsBytesAreNotWellFormedUtf8(@ForAll("utf8Pieces") List<byte[]> pieces,
            @ForAll boolean inAnUnknownField) {
        // The fast way leaves malformed bytes to Jackson's parser; whichever way refuses them, the error is the text
        // reader's, naming the byte offset, and whatever is accepted is the text the JDK's strict decoder gives.
        byte[] bytes = concat(pieces.toArray(byte[][]::new));
        String head = "{\"format\":\"yusuan-disclosure\",\"version\":1,"
                + (inAnUnknownField ? "\"note\":[\"" : "\"entityName\":\"预算");
        byte[] input = concat(head.getBytes(StandardCharsets.UTF_8), bytes, ((inAnUnknownField
                ? "\"],\"entityName\":\"预算" : "") + "\",\"entityKind\":\"UNIT\",\"fiscalYear\":2024}")
                .getBytes(StandardCharsets.UTF_8));
        BudgetJson reader = inAnUnknownField ? json.withUnknownFieldsIgnored() : json;
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            decoded = null;
        }

        if (decoded != null) {
            BudgetDisclosure read = reader.read(new ByteArrayInputStream(input), "d.json");
            assertEquals(inAnUnknownField ? "预算" : "预算" + decoded, read.getEntityName());
        } else {
            ReadException e = assertThrows(ReadException.class,
                    () -> reader.read(new ByteArrayInputStream(input), "d.json"));
            assertTrue(e.getMessage().contains("malformed UTF-8 input"), e.getMessage());
            assertTrue(e.getMessage().contains("at byte offset"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<List<byte[]>> utf8Pieces() {
        Arbitrary<byte[]> wellFormed = Arbitraries.of("a", "2024", "预算", "库尔勒市", "é", "𠀀", "\uD7FF", "\uDBFF\uDFFF")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> illFormed = Arbitraries.of(new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE9},
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF});
        return Arbitraries.frequencyOf(Tuple.of(5, wellFormed), Tuple.of(1, illFormed))
                .list().ofMaxSize(6);
    }

    @Property(tries = 60)
    void aDisclosureReadsTheSameFromBytesAsFromText(@ForAll("disclosures") BudgetDisclosure disclosure) {
        String text = json.write(disclosure);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);

        assertEquals(0, DocumentBytes.read(new ByteArrayInputStream(bytes)).utf8Start(), "the fast way");
        assertEquals(disclosure, json.read(new ByteArrayInputStream(bytes), "d.json"));
        assertEquals(disclosure, json.read(new ByteArrayInputStream(marked), "d.json"));
        assertEquals(disclosure, json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE)),
                "d.json"), "the exact way: UTF-16");
    }

    @Property(tries = 60)
    void writingToAStreamGivesTheBytesOfAJsonLine(@ForAll("disclosures") BudgetDisclosure disclosure)
            throws IOException {
        // Both through Jackson's UTF-8 generator (which writes characters beyond the BMP as escaped pairs); a line
        // of JSON Lines was, and is, written to memory first.
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (JsonLinesWriter lines = json.writeLines(line)) {
            lines.write(disclosure);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.write(disclosure, bytes);
        ByteArrayOutputStream pretty = new ByteArrayOutputStream();
        json.withPrettyPrinting().write(disclosure, pretty);

        assertEquals(line.toString(StandardCharsets.UTF_8), bytes.toString(StandardCharsets.UTF_8) + "\n");
        assertEquals(disclosure, json.read(new ByteArrayInputStream(pretty.toByteArray()), "pretty.json"));
        assertTrue(pretty.toString(StandardCharsets.UTF_8).endsWith("}\n"));
    }

    @Test
    void aDocumentLongerThanIsHeldInMemoryIsReadAsAStream() {
        String chapter = String.join("", Collections.nCopies(1_000_000, "预"));
        ImmutableBudgetDisclosure.Builder builder = minimal();
        for (int i = 0; i < 3; i++) {
            builder.addNarrativeSections(NarrativeSection.builder().title("第" + i + "章").text(chapter).build());
        }
        BudgetDisclosure big = builder.build();
        byte[] bytes = json.write(big).getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > DocumentBytes.MAX_IN_MEMORY);

        assertEquals(big, json.read(new ByteArrayInputStream(bytes), "long.json"));
    }

    @Test
    void aStreamThatFailsIsAnUncheckedIoExceptionAsBefore() {
        IOException failure = new IOException("disk gone");
        InputStream broken = new SequenceInputStream(
                new ByteArrayInputStream("{\"format\":\"yusuan-disclosure\"".getBytes(StandardCharsets.UTF_8)),
                failing(failure));

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> json.read(broken, "d.json"));

        assertSame(failure, e.getCause());
        assertTrue(e.getMessage().contains("d.json"));
    }

    @Test
    void aRefusedAmountWritesNothingToTheStream() {
        BudgetDisclosure hostile = minimal()
                .generalBudgetExpenditure(GeneralBudgetExpenditure.builder().unit(MoneyUnit.YUAN)
                        .addRows(ExpenditureRow.builder()
                                .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal("1E+1000000000")).build())
                        .build())
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(hostile, bytes));

        assertTrue(e.getMessage().contains("/tables/generalBudgetExpenditure/rows/0/amounts/total"), e.getMessage());
        assertEquals(0, bytes.size());
    }

    @Test
    void anAmountRefusedAfterManyBytesStillWritesNothingAndTheNextWriteIsWhole() {
        // The project targets are written last: by then far more than one buffer of Jackson's has been filled.
        BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();
        List<ProjectPerformanceTarget> targets = new ArrayList<>(fixture.getProjectPerformanceTargets());
        ProjectPerformanceTarget last = targets.get(targets.size() - 1);
        targets.set(targets.size() - 1, ImmutableProjectPerformanceTarget.copyOf(last).withFunding(
                ImmutableProjectFunding.copyOf(last.getFunding()).withOtherFunds(new BigDecimal("0.0000000000001"))));
        BudgetDisclosure hostile = ImmutableBudgetDisclosure.copyOf(fixture).withProjectPerformanceTargets(targets);
        assertTrue(json.write(fixture).length() > 3 * 8000, "the fixture fills several buffers");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(hostile, bytes));

        assertTrue(e.getMessage().contains("/projectPerformanceTargets/" + (targets.size() - 1)
                + "/funding/otherFunds"), e.getMessage());
        assertTrue(e.getMessage().contains("13 digits after the decimal point"), e.getMessage());
        assertEquals(0, bytes.size());
        json.write(fixture, bytes);
        assertEquals(json.write(fixture), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWriteNestedInAnotherOnTheSameThreadKeepsItsOwnBytes() {
        BudgetDisclosure outer = Fixtures.korlaCityGovOffice();
        BudgetDisclosure inner = minimal().build();
        ByteArrayOutputStream innerBytes = new ByteArrayOutputStream();
        // The target stream writes another disclosure while the outer one is passed to it.
        OutputStream writesWhileWritten = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                json.write(inner, innerBytes);
                out.write(b, off, len);
            }
        };
        ByteArrayOutputStream outerBytes = new ByteArrayOutputStream();

        json.write(outer, new FilterOutputStream(outerBytes) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writesWhileWritten.write(b, off, len);
                out.write(b, off, len);
            }
        });

        assertEquals(json.write(outer), outerBytes.toString(StandardCharsets.UTF_8));
        assertEquals(json.write(inner), innerBytes.toString(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<BudgetDisclosure> disclosures() {
        return Disclosures.any();
    }

    private static ImmutableBudgetDisclosure.Builder minimal() {
        return BudgetDisclosure.builder().entityName("测试单位").entityKind(EntityKind.UNIT).fiscalYear(2024);
    }

    private static InputStream failing(IOException failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        };
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
