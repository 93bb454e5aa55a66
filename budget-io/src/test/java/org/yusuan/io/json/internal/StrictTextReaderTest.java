package org.yusuan.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class StrictTextReaderTest {

    @Test
    void theTextBeforeMalformedBytesIsDeliveredAndThenTheErrorNamesTheByte() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xE9, 'c'};
        Reader reader = StrictTextReader.utf8(new ByteArrayInputStream(bytes));
        char[] buffer = new char[10];

        assertEquals(2, reader.read(buffer, 0, 10));
        assertEquals("ab", new String(buffer, 0, 2));
        CharacterCodingException e = assertThrows(CharacterCodingException.class, () -> reader.read(buffer, 0, 10));
        assertTrue(e.getMessage().contains("malformed UTF-8 input (1 byte(s)) at byte offset 2"), e.getMessage());
    }

    @Test
    void aTruncatedSequenceAtTheEndIsMalformedNotDropped() throws IOException {
        byte[] bytes = {'a', (byte) 0xE6, (byte) 0xB5};
        Reader reader = StrictTextReader.utf8(new ByteArrayInputStream(bytes));
        char[] buffer = new char[10];

        assertEquals(1, reader.read(buffer, 0, 10));
        assertThrows(CharacterCodingException.class, () -> reader.read(buffer, 0, 10));
    }

    @Test
    void theEncodingIsDetectedAndAByteOrderMarkSkipped() throws IOException {
        assertEquals("{\"预算\":1}", readAll(bytes("\uFEFF{\"预算\":1}", "UTF-8"), "UTF-8"));
        assertEquals("{\"预算\":1}", readAll(bytes("\uFEFF{\"预算\":1}", "UTF-16LE"), "UTF-16LE"));
        assertEquals("{\"预算\":1}", readAll(bytes("\uFEFF{\"预算\":1}", "UTF-16BE"), "UTF-16BE"));
        assertEquals("{\"预算\":1}", readAll(bytes("{\"预算\":1}", "UTF-16LE"), "UTF-16LE"));
        assertEquals("{\"预算\":1}", readAll(bytes("{\"预算\":1}", "UTF-8"), "UTF-8"));
        assertEquals("", readAll(new byte[0], "UTF-8"));
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static String readAll(byte[] bytes, String expectedCharset) throws IOException {
        try (StrictTextReader reader = StrictTextReader.open(new ByteArrayInputStream(bytes))) {
            assertEquals(expectedCharset, reader.charset().name());
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[3];
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}
