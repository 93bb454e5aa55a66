package org.yusuan.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast way of reading a document: its bytes held, whole, for Jackson's UTF-8 parser (which refuses malformed bytes
 * itself: {@link JacksonUtf8StrictnessTest}), or given back as a stream for the text reader.
 */
class DocumentBytesTest {

    @Test
    void plainUtf8HeldWholeIsReadTheFastWayAfterAnyByteOrderMark() {
        assertEquals(0, held("{\"a\": \"预算\"}").utf8Start());
        assertEquals(3, held("\uFEFF{\"a\": 1}").utf8Start());
        assertEquals(0, held(" {}").utf8Start());
        assertEquals(0, held(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"'}).utf8Start(),
                "malformed bytes: for the parser to refuse");
    }

    @Test
    void everythingElseIsLeftToTheTextReader() {
        assertEquals(-1, held("{\"a\": \"预算\"}".getBytes(StandardCharsets.UTF_16BE)).utf8Start(), "UTF-16");
        assertEquals(-1, held("\uFEFF{}".getBytes(StandardCharsets.UTF_16LE)).utf8Start(), "UTF-16 with a mark");
        assertEquals(-1, held("\uFEFF\uFEFF{}").utf8Start(), "a second byte order mark");
        assertEquals(-1, held("预算").utf8Start(), "no ASCII at the start");
        assertEquals(-1, held("{").utf8Start(), "too short to tell");
        assertEquals(-1, held(new byte[0]).utf8Start(), "empty");
    }

    @Test
    void aLongerInputIsGivenBackWholeForStreaming() throws IOException {
        byte[] input = "{\"text\": \"0123456789abcdef\"}".getBytes(StandardCharsets.UTF_8);

        DocumentBytes document = DocumentBytes.read(new ByteArrayInputStream(input), 10);

        assertEquals(-1, document.utf8Start());
        assertArrayEquals(input, document.stream().readAllBytes());
    }

    @Test
    void aStreamThatFailsFailsAgainAfterTheBytesItGave() throws IOException {
        IOException failure = new IOException("disk gone");
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served == 3) {
                    throw failure;
                }
                return "{\"a".charAt(served++);
            }
        };

        DocumentBytes document = DocumentBytes.read(failing);

        assertEquals(-1, document.utf8Start());
        InputStream again = document.stream();
        assertEquals('{', again.read());
        assertEquals('"', again.read());
        assertEquals('a', again.read());
        assertSame(failure, assertThrows(IOException.class, again::read));
    }

    @Property(tries = 300)
    void documentsReadIntoARecycledBufferAreReadAsIntoANewOne(@ForAll("documents") List<byte[]> documents)
            throws IOException {
        int[] starts = new int[documents.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = held(documents.get(i)).utf8Start(); // never recycled: each in a new buffer
        }
        for (int i = 0; i < starts.length; i++) {
            byte[] input = documents.get(i);
            DocumentBytes document = held(input);
            assertEquals(starts[i], document.utf8Start(), () -> Arrays.toString(input));
            assertArrayEquals(input, document.stream().readAllBytes());
            document.recycle();
        }
    }

    @Provide
    Arbitrary<List<byte[]>> documents() {
        // Longer and shorter documents in turn, so that a shorter one lands in a buffer holding a longer one's bytes.
        Arbitrary<byte[]> text = Arbitraries.strings().withChars("{}\": ,0123456789abc预算库尔勒\u00e9")
                .ofMaxLength(40).map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> padded = text.map(t -> Arrays.copyOf(t, t.length + 9000));
        Arbitrary<byte[]> malformed = text.map(t -> {
            byte[] bytes = Arrays.copyOf(t, t.length + 2);
            bytes[bytes.length - 2] = (byte) 0xC0;
            bytes[bytes.length - 1] = (byte) 0xAF;
            return bytes;
        });
        Arbitrary<byte[]> utf16 = text.map(t -> new String(t, StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16LE));
        return Arbitraries.oneOf(text, padded, malformed, utf16).list().ofMaxSize(8);
    }

    @Test
    void aRecycledBufferServesTheNextDocumentOnlyUpToItsLength() throws IOException {
        byte[] longer = new byte[10_000];
        Arrays.fill(longer, (byte) ' ');
        longer[0] = '{';
        longer[longer.length - 2] = (byte) 0xC0; // malformed, beyond the end of the next document
        DocumentBytes first = held(longer);
        first.recycle();

        DocumentBytes second = held("{\"a\": \"预算\"}");

        assertSame(first.bytes(), second.bytes(), "the buffer is used again");
        assertEquals(0, second.utf8Start());
        assertArrayEquals("{\"a\": \"预算\"}".getBytes(StandardCharsets.UTF_8), second.stream().readAllBytes());
    }

    @Test
    void aReadNestedInAnotherGetsABufferOfItsOwn() throws IOException {
        held(new byte[20_000]).recycle();
        DocumentBytes[] nested = new DocumentBytes[1];
        InputStream outer = new InputStream() {
            private final InputStream text = new ByteArrayInputStream("{\"a\": 1}".getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws IOException {
                if (nested[0] == null) {
                    nested[0] = held(new byte[] {'{', '}', ' '});
                }
                return text.read();
            }
        };

        DocumentBytes document = DocumentBytes.read(outer);

        assertFalse(document.bytes() == nested[0].bytes());
        assertArrayEquals("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), document.stream().readAllBytes());
        assertArrayEquals(new byte[] {'{', '}', ' '}, nested[0].stream().readAllBytes());
    }

    @Test
    void aSpareLargerThanTheLimitIsNotUsed() throws IOException {
        held(new byte[100]).recycle();
        byte[] input = "{\"text\": \"0123456789abcdef\"}".getBytes(StandardCharsets.UTF_8);

        DocumentBytes document = DocumentBytes.read(new ByteArrayInputStream(input), 10);

        assertEquals(-1, document.utf8Start());
        assertArrayEquals(input, document.stream().readAllBytes());
    }

    private static DocumentBytes held(String text) {
        return held(text.getBytes(StandardCharsets.UTF_8));
    }

    private static DocumentBytes held(byte[] bytes) {
        DocumentBytes document = DocumentBytes.read(new ByteArrayInputStream(bytes));
        assertEquals(bytes.length, document.length());
        return document;
    }
}
