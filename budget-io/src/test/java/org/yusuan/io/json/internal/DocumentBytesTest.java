package org.yusuan.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** The fast way of reading a document: its bytes held, checked as UTF-8 exactly as the JDK's strict decoder does. */
class DocumentBytesTest {

    @Property(tries = 3000)
    void wellFormedUtf8IsExactlyWhatTheJdksStrictDecoderAccepts(@ForAll("bytes") byte[] bytes) {
        assertEquals(jdkAccepts(bytes), DocumentBytes.isWellFormedUtf8(bytes, 0, bytes.length),
                () -> Arrays.toString(bytes));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        // Lead bytes, continuation bytes and the edges of Unicode's table 3-7, among runs of ASCII long enough to be
        // skipped eight bytes at a time.
        Arbitrary<byte[]> pieces = Arbitraries.oneOf(
                Arbitraries.of(0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                        0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF)
                        .map(b -> new byte[] {(byte) (int) b}),
                Arbitraries.integers().between(0, 0x7F).list().ofMinSize(1).ofMaxSize(20)
                        .map(list -> toBytes(list)),
                Arbitraries.integers().between(0, 0x10FFFF).filter(c -> c < 0xD800 || c > 0xDFFF)
                        .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("预算", "库尔勒市", "𠀀", "é").map(s -> s.getBytes(StandardCharsets.UTF_8)));
        return pieces.list().ofMaxSize(12).map(DocumentBytesTest::concatenated);
    }

    @Property(tries = 3000)
    void runsOfThreeByteCharactersAreCheckedExactlyAsTheJdksStrictDecoderDoes(
            @ForAll("threeByteRuns") byte[] bytes) {
        assertEquals(jdkAccepts(bytes), DocumentBytes.isWellFormedUtf8(bytes, 0, bytes.length),
                () -> Arrays.toString(bytes));
    }

    @Provide
    Arbitrary<byte[]> threeByteRuns() {
        // Long runs of three-byte characters (checked two at a time where eight bytes are left), among them the lead
        // bytes E0 and ED with second bytes at and beyond their narrower ranges, broken sequences and ASCII.
        Arbitrary<byte[]> pieces = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.integers().between(0x800, 0xFFFF)
                        .filter(c -> c < 0xD800 || c > 0xDFFF)
                        .map(c -> String.valueOf((char) (int) c).getBytes(StandardCharsets.UTF_8))),
                Tuple.of(3, Arbitraries.of(0xE0, 0xED, 0xE1, 0xEF).flatMap(lead ->
                        Arbitraries.of(0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0).flatMap(second ->
                                Arbitraries.of(0x41, 0x80, 0xBF, 0xC0).map(third ->
                                        new byte[] {(byte) (int) lead, (byte) (int) second, (byte) (int) third})))),
                Tuple.of(1, Arbitraries.of(0x80, 0xBF, 0xC2, 0xE1, 0xF0, 0xFF)
                        .map(b -> new byte[] {(byte) (int) b})),
                Tuple.of(1, Arbitraries.of("a", "12", "\"{}\"")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.of("𠀀", "é").map(s -> s.getBytes(StandardCharsets.UTF_8))));
        return pieces.list().ofMaxSize(30).map(DocumentBytesTest::concatenated);
    }

    @Test
    void theFormsJacksonAloneWouldAcceptAreRefused() {
        assertFalse(wellFormed(0xC0, 0xAF), "overlong /");
        assertFalse(wellFormed(0xE0, 0x80, 0xAF), "overlong / in three bytes");
        assertFalse(wellFormed(0xF0, 0x80, 0x80, 0xAF), "overlong / in four bytes");
        assertFalse(wellFormed(0xED, 0xA0, 0x80), "an encoded surrogate");
        assertFalse(wellFormed(0xF4, 0x90, 0x80, 0x80), "beyond U+10FFFF");
        assertFalse(wellFormed(0xF5, 0x80, 0x80, 0x80), "a lead byte beyond U+10FFFF");
        assertFalse(wellFormed('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 0xE9), "a sequence cut short");
        assertFalse(wellFormed('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 0x80), "a lone continuation byte");
        assertTrue(wellFormed(0xED, 0x9F, 0xBF), "U+D7FF");
        assertTrue(wellFormed(0xF4, 0x8F, 0xBF, 0xBF), "U+10FFFF");
        byte[] text = "{\"name\": \"库尔勒市人民政府办公室\"}".getBytes(StandardCharsets.UTF_8);
        assertTrue(DocumentBytes.isWellFormedUtf8(text, 0, text.length));
    }

    @Test
    void plainUtf8HeldWholeIsReadTheFastWayAfterAnyByteOrderMark() {
        assertEquals(0, held("{\"a\": \"预算\"}").utf8Start());
        assertEquals(3, held("\uFEFF{\"a\": 1}").utf8Start());
        assertEquals(0, held(" {}").utf8Start());
    }

    @Test
    void everythingElseIsLeftToTheTextReader() {
        assertEquals(-1, held("{\"a\": \"预算\"}".getBytes(StandardCharsets.UTF_16BE)).utf8Start(), "UTF-16");
        assertEquals(-1, held("\uFEFF{}".getBytes(StandardCharsets.UTF_16LE)).utf8Start(), "UTF-16 with a mark");
        assertEquals(-1, held("\uFEFF\uFEFF{}").utf8Start(), "a second byte order mark");
        assertEquals(-1, held("预算").utf8Start(), "no ASCII at the start");
        assertEquals(-1, held("{").utf8Start(), "too short to tell");
        assertEquals(-1, held(new byte[0]).utf8Start(), "empty");
        assertEquals(-1, held(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"'}).utf8Start(), "malformed");
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
        return Arbitraries.oneOf(text, padded, malformed, bytes()).list().ofMaxSize(8);
    }

    @Test
    void aRecycledBufferServesTheNextDocumentOnlyUpToItsLength() throws IOException {
        byte[] longer = new byte[10_000];
        Arrays.fill(longer, (byte) ' ');
        longer[0] = '{';
        longer[longer.length - 2] = (byte) 0xC0; // malformed, beyond the end of the next document
        DocumentBytes first = held(longer);
        assertEquals(-1, first.utf8Start());
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

    private static boolean wellFormed(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        assertEquals(jdkAccepts(bytes), DocumentBytes.isWellFormedUtf8(bytes, 0, bytes.length));
        return DocumentBytes.isWellFormedUtf8(bytes, 0, bytes.length);
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] concatenated(List<byte[]> pieces) {
        int length = pieces.stream().mapToInt(b -> b.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }

    private static byte[] toBytes(List<Integer> values) {
        byte[] bytes = new byte[values.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (int) values.get(i);
        }
        return bytes;
    }
}
