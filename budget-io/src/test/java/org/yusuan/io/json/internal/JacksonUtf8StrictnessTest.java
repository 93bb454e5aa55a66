package org.yusuan.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The fast way of reading a document ({@link DocumentBytes}) hands the bytes to Jackson's UTF-8 parser unchecked: it
 * counts on that parser refusing exactly the bytes that the JDK's strict decoder refuses, and decoding the rest to the
 * same characters, wherever they stand (a value read, a value skipped, a field name). Jackson did so only from 2.23;
 * these properties hold any other version to it.
 */
class JacksonUtf8StrictnessTest {

    @Property(tries = 3000)
    void aValueReadIsRefusedExactlyWhenTheJdksStrictDecoderRefusesIt(@ForAll("bytes") byte[] bytes)
            throws IOException {
        assertEquals(jdkDecoded(bytes), valueRead(bytes), () -> Arrays.toString(bytes));
    }

    @Property(tries = 3000)
    void aValueSkippedIsRefusedExactlyWhenTheJdksStrictDecoderRefusesIt(@ForAll("bytes") byte[] bytes)
            throws IOException {
        assertEquals(jdkDecoded(bytes).isPresent(), valueSkipped(bytes), () -> Arrays.toString(bytes));
    }

    @Property(tries = 3000)
    void aFieldNameIsRefusedExactlyWhenTheJdksStrictDecoderRefusesIt(@ForAll("bytes") byte[] bytes)
            throws IOException {
        assertEquals(jdkDecoded(bytes), name(bytes), () -> Arrays.toString(bytes));
    }

    @Property(tries = 3000)
    void runsOfThreeByteCharactersAreReadExactlyAsTheJdksStrictDecoderReadsThem(
            @ForAll("threeByteRuns") byte[] bytes) throws IOException {
        assertEquals(jdkDecoded(bytes), valueRead(bytes), () -> Arrays.toString(bytes));
        assertEquals(jdkDecoded(bytes).isPresent(), valueSkipped(bytes), () -> Arrays.toString(bytes));
    }

    @Test
    void theFormsJacksonBefore223AcceptedAreRefusedEverywhere() throws IOException {
        for (int[] form : List.of(new int[] {0xC0, 0xAF}, new int[] {0xC1, 0xBF}, new int[] {0xE0, 0x80, 0xAF},
                new int[] {0xE0, 0x9F, 0xBF}, new int[] {0xF0, 0x80, 0x80, 0xAF}, new int[] {0xED, 0xA0, 0x80},
                new int[] {0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}, new int[] {0xF4, 0x90, 0x80, 0x80},
                new int[] {0xF5, 0x80, 0x80, 0x80})) {
            byte[] bytes = toBytes(form);
            assertEquals(Optional.empty(), jdkDecoded(bytes), "the JDK refuses " + Arrays.toString(form));
            assertEquals(Optional.empty(), valueRead(bytes), "a value: " + Arrays.toString(form));
            assertEquals(false, valueSkipped(bytes), "a value skipped: " + Arrays.toString(form));
            assertEquals(Optional.empty(), name(bytes), "a name: " + Arrays.toString(form));
        }
        byte[] edges = "\uD7FF\uDBFF\uDFFF库尔勒市".getBytes(StandardCharsets.UTF_8); // U+D7FF, U+10FFFF
        assertEquals(Optional.of("\uD7FF\uDBFF\uDFFF库尔勒市"), valueRead(edges));
        assertEquals(Optional.of("\uD7FF\uDBFF\uDFFF库尔勒市"), name(edges));
    }

    @Test
    void aRefusalIsAParseErrorThatTheReaderTurnsIntoReadingTheTextAgain() throws IOException {
        byte[] document = json("{\"a\":\"预算", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}");
        try (JsonParser parser = JsonLimits.factory().createParser(document)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
            assertEquals(JsonToken.VALUE_STRING, parser.nextToken());
            assertThrows(JsonParseException.class, parser::getText);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        // Lead bytes, continuation bytes and the edges of Unicode's table 3-7, among runs of printable ASCII (no quote
        // or backslash, which would end the string or escape) and characters of every length.
        Arbitrary<byte[]> pieces = Arbitraries.oneOf(
                Arbitraries.of(0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                        0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF)
                        .map(b -> new byte[] {(byte) (int) b}),
                Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMinLength(1).ofMaxLength(12)
                        .map(s -> s.getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.integers().between(0x80, 0x10FFFF).filter(c -> c < 0xD800 || c > 0xDFFF)
                        .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("预算", "库尔勒市", "𠀀", "é").map(s -> s.getBytes(StandardCharsets.UTF_8)));
        return pieces.list().ofMaxSize(12).map(JacksonUtf8StrictnessTest::concatenated);
    }

    @Provide
    Arbitrary<byte[]> threeByteRuns() {
        // Long runs of three-byte characters (most of CJK), among them the lead bytes E0 and ED with second bytes at
        // and beyond their narrower ranges, broken sequences and ASCII.
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
                Tuple.of(1, Arbitraries.of("a", "12", "{}").map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.of("𠀀", "é").map(s -> s.getBytes(StandardCharsets.UTF_8))));
        return pieces.list().ofMaxSize(30).map(JacksonUtf8StrictnessTest::concatenated);
    }

    /** The string value {@code {"a": "…"}} as Jackson reads it, or empty if it refuses the bytes. */
    private static Optional<String> valueRead(byte[] bytes) throws IOException {
        try (JsonParser parser = JsonLimits.factory().createParser(json("{\"a\": \"", bytes, "\"}"))) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            String text = parser.getText();
            while (parser.nextToken() != null) {
                // to the end
            }
            return Optional.of(text);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    /** Whether Jackson accepts {@code {"a": ["…"], "b": 1}} with the array skipped, its string never asked for. */
    private static boolean valueSkipped(byte[] bytes) throws IOException {
        try (JsonParser parser = JsonLimits.factory().createParser(json("{\"a\": [\"", bytes, "\"], \"b\": 1}"))) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            parser.skipChildren();
            while (parser.nextToken() != null) {
                // to the end
            }
            return true;
        } catch (JsonParseException e) {
            return false;
        }
    }

    /** The field name of {@code {"…": 1}} as Jackson reads it, or empty if it refuses the bytes. */
    private static Optional<String> name(byte[] bytes) throws IOException {
        try (JsonParser parser = JsonLimits.factory().createParser(json("{\"", bytes, "\": 1}"))) {
            parser.nextToken();
            String name = parser.nextFieldName();
            while (parser.nextToken() != null) {
                // to the end
            }
            return Optional.of(name);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> jdkDecoded(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] json(String before, byte[] bytes, String after) {
        return concatenated(List.of(before.getBytes(StandardCharsets.UTF_8), bytes,
                after.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] concatenated(List<byte[]> pieces) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        pieces.forEach(all::writeBytes);
        return all.toByteArray();
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
