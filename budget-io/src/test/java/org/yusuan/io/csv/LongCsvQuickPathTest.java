package org.yusuan.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Fixtures;

/**
 * A UTF-8 long file is read while it is decoded and parsed; any failure there sends the file through the whole-text
 * path, so that charset detection and the order of errors stay as they were: a malformed byte anywhere is reported
 * before broken CSV or a bad line earlier in the file, and a second byte-order mark is dropped.
 */
class LongCsvQuickPathTest {

    private static String written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LongCsv.standard().write(List.of(Fixtures.korlaCityGovOffice()), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] withMalformedLastLine(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 2];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xC3;
        bytes[text.length + 1] = (byte) 0x28;
        return bytes;
    }

    private static ReadException refused(byte[] bytes) {
        return assertThrows(ReadException.class,
                () -> LongCsv.standard().read(new ByteArrayInputStream(bytes), "q.csv"));
    }

    @Test
    void aMalformedByteIsReportedBeforeABadLineEarlierInTheFile() throws IOException {
        String csv = written().replaceFirst(",disclosure,", ",nonsense,");
        assertTrue(refused(csv.getBytes(StandardCharsets.UTF_8)).problem().contains("unknown record"));

        // C3 28 is valid in neither UTF-8 nor GB18030: detected or chosen, the malformed byte is the error.
        ReadException e = refused(withMalformedLastLine(csv));
        assertTrue(e.problem().contains("C3 at byte offset"), e.getMessage());
        ReadException chosen = assertThrows(ReadException.class, () -> LongCsv.standard()
                .withCharset(StandardCharsets.UTF_8).read(new ByteArrayInputStream(withMalformedLastLine(csv)), "q"));
        assertTrue(chosen.problem().contains("C3 at byte offset"), chosen.getMessage());
    }

    @Test
    void aMalformedByteIsReportedBeforeBrokenCsvEarlierInTheFile() throws IOException {
        String csv = written();
        int second = csv.indexOf("\r\n") + 2;
        String broken = csv.substring(0, second) + "1,\"unclosed" + csv.substring(second);
        ReadException syntax = refused(broken.getBytes(StandardCharsets.UTF_8));
        assertTrue(syntax.problem().startsWith("broken CSV syntax"), syntax.getMessage());

        ReadException chosen = assertThrows(ReadException.class, () -> LongCsv.standard()
                .withCharset(StandardCharsets.UTF_8)
                .read(new ByteArrayInputStream(withMalformedLastLine(broken)), "q.csv"));
        assertTrue(chosen.problem().contains("C3 at byte offset"), chosen.getMessage());
    }

    @Test
    void bytesValidInNeitherCharsetAreRefusedAtTheirOffset() throws IOException {
        byte[] text = written().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 1];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xFF;
        ReadException e = refused(bytes);
        assertTrue(e.problem().contains("FF at byte offset " + text.length), e.getMessage());
    }

    @Test
    void aSecondByteOrderMarkIsDroppedAsBefore() throws IOException {
        BudgetDisclosure expected = LongCsv.standard()
                .read(new ByteArrayInputStream(written().getBytes(StandardCharsets.UTF_8)), "a.csv").get(0);
        byte[] twice = ("\uFEFF\uFEFF" + written()).getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, LongCsv.standard().read(new ByteArrayInputStream(twice), "b.csv").get(0));
        byte[] once = ("\uFEFF" + written()).getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, LongCsv.standard().read(new ByteArrayInputStream(once), "c.csv").get(0));
    }

    @Test
    void anEmptyOrBlankFileIsRefusedAsEmpty() {
        for (String text : List.of("", "\uFEFF", ",,,\r\n\r\n")) {
            ReadException e = refused(text.getBytes(StandardCharsets.UTF_8));
            assertTrue(e.problem().contains("the file is empty"), e.getMessage());
            assertEquals(1, e.line().orElseThrow());
        }
    }
}
