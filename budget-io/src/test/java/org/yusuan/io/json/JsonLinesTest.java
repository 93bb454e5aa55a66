package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.testkit.Fixtures;

class JsonLinesTest {

    private final BudgetJson json = BudgetJson.standard();
    private final BudgetDisclosure fixture = Fixtures.korlaCityGovOffice();

    @Test
    void eachDisclosureIsOneLineEndedByALineFeed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter writer = json.withPrettyPrinting().writeLines(bytes)) {
            writer.write(fixture).write(fixture);
            assertEquals(2, writer.count());
        }

        String text = bytes.toString(StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2]);
        assertEquals(json.write(fixture), lines[0]);
    }

    @Test
    void theReaderReadsOnlyAsFarAsItIsAsked() throws IOException {
        byte[] line = (json.write(fixture) + "\n").getBytes(StandardCharsets.UTF_8);
        LineSource source = new LineSource(line, 1_000);

        try (JsonLinesReader reader = json.readLines(source, "many.jsonl")) {
            assertEquals(fixture, reader.next());
            assertEquals(fixture, reader.next());

            assertEquals(2, reader.lineNumber());
            assertTrue(source.linesServed <= 3, "lines served: " + source.linesServed);
        }
        assertTrue(source.closed, "closing the reader closes the input");
    }

    @Test
    void closingTheStreamClosesTheInput() {
        byte[] line = (json.write(fixture) + "\n").getBytes(StandardCharsets.UTF_8);
        LineSource source = new LineSource(line, 3);

        try (Stream<BudgetDisclosure> stream = json.readLines(source, "three.jsonl").stream()) {
            assertEquals(List.of(fixture, fixture), stream.limit(2).toList());
        }

        assertTrue(source.closed);
    }

    @Test
    void anEmptyInputHasNoDisclosures() throws IOException {
        try (JsonLinesReader reader = json.readLines(new ByteArrayInputStream(new byte[0]), "empty.jsonl")) {
            assertFalse(reader.hasNext());
            assertThrows(NoSuchElementException.class, reader::next);
        }
    }

    @Test
    void afterABadLineTheReaderIsFinished() throws IOException {
        String text = json.write(fixture) + "\n{\"format\":\"yusuan-disclosure\"\n" + json.write(fixture) + "\n";

        try (JsonLinesReader reader = json.readLines(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "broken.jsonl")) {
            assertEquals(fixture, reader.next());
            ReadException e = assertThrows(ReadException.class, reader::next);
            assertEquals(2, e.line().orElseThrow());
            assertEquals("broken.jsonl", e.source());
            assertFalse(reader.hasNext());
        }
    }

    @Test
    void theWriterWritesNothingForARefusedDisclosure() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BudgetDisclosure hostile = BudgetDisclosure.builder().entityName("测试单位").entityKind(EntityKind.UNIT)
                .fiscalYear(2024)
                .generalBudgetExpenditure(GeneralBudgetExpenditure.builder().unit(MoneyUnit.YUAN)
                        .addRows(ExpenditureRow.builder()
                                .putAmounts(ExpenditureColumn.TOTAL, new BigDecimal("1E+1000000000")).build())
                        .build())
                .build();
        JsonLinesWriter writer = json.writeLines(bytes);

        assertThrows(IllegalArgumentException.class, () -> writer.write(hostile));
        writer.write(fixture);

        assertEquals(1, writer.count());
        assertEquals(json.write(fixture) + "\n", bytes.toString(StandardCharsets.UTF_8));
    }

    /** Serves the same line again and again, counting how many lines it has served. */
    private static final class LineSource extends InputStream {
        private final byte[] line;
        private final int lines;
        private int position;
        int linesServed;
        boolean closed;

        LineSource(byte[] line, int lines) {
            this.line = line;
            this.lines = lines;
        }

        @Override
        public int read() {
            if (position == 0) {
                if (linesServed == lines) {
                    return -1;
                }
                linesServed++;
            }
            int b = line[position] & 0xFF;
            position = (position + 1) % line.length;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
                if (position == 0) {
                    break;
                }
            }
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
