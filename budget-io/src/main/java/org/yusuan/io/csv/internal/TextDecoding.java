package org.yusuan.io.csv.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yusuan.io.ReadException;

/**
 * Turns the bytes of a CSV file into text, strictly: malformed or unmappable bytes are a {@link ReadException} naming
 * the byte offset, line and column, never replaced.
 *
 * <p>With a chosen charset the bytes are decoded with it (a UTF-8 byte-order mark is skipped). Without one the
 * charset is detected: a UTF-8 byte-order mark means UTF-8; otherwise bytes that are valid UTF-8 are UTF-8; otherwise
 * bytes that are valid GB18030 (which includes GBK and GB2312, what Chinese Excel writes) are GB18030; otherwise the
 * input is refused at the first byte that is not UTF-8. A leading U+FEFF left after decoding is dropped.
 */
public final class TextDecoding {

    /** GB18030: the national standard, a superset of GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final String EXPECTED = "text encoded as UTF-8 (with or without byte-order mark) or GB18030/GBK";

    private TextDecoding() {
    }

    /**
     * Decodes a whole file.
     *
     * @param bytes the file's bytes
     * @param charset the charset to use, or empty to detect UTF-8 or GB18030
     * @param source the file name for errors
     * @return the text
     * @throws ReadException if the bytes are not text in the charset (or in either detected charset)
     */
    public static String decode(byte[] bytes, Optional<Charset> charset, String source) {
        boolean utf8Bom = startsWithUtf8Bom(bytes, 0);
        if (charset.isPresent()) {
            Charset chosen = charset.get();
            int offset = utf8Bom && chosen.equals(StandardCharsets.UTF_8) ? 3 : 0;
            return dropBom(decodeOrThrow(bytes, offset, chosen, source));
        }
        if (utf8Bom) {
            return dropBom(decodeOrThrow(bytes, 3, StandardCharsets.UTF_8, source));
        }
        if (startsWithUtf16Bom(bytes)) {
            throw ReadException.builder(source, "the file starts with a UTF-16 byte-order mark")
                    .line(1).column(1).expected(EXPECTED).build();
        }
        Attempt utf8 = attempt(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text != null) {
            return dropBom(utf8.text);
        }
        Attempt gb = attempt(bytes, 0, GB18030);
        if (gb.text != null) {
            return dropBom(gb.text);
        }
        throw utf8.error(source, "neither UTF-8 nor GB18030");
    }

    /**
     * Where strict UTF-8 decoding of a file starts when {@link #decode} would decode it as UTF-8 first and keep all of
     * the text: after a UTF-8 byte-order mark, if any, when the charset is UTF-8 or detected, unless the file starts
     * with a UTF-16 byte-order mark or the text with a second U+FEFF (which decoding drops). Bytes that are valid
     * UTF-8 from there decode to exactly the text {@link #decode} returns; otherwise it must decide.
     *
     * @param bytes the file's bytes
     * @param charset the charset to use, or empty to detect
     * @return the offset, or -1 when the file must go through {@link #decode}
     */
    public static int utf8Start(byte[] bytes, Optional<Charset> charset) {
        if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
            return -1;
        }
        int offset = startsWithUtf8Bom(bytes, 0) ? 3 : 0;
        if (offset == 0 && charset.isEmpty() && startsWithUtf16Bom(bytes)) {
            return -1;
        }
        return startsWithUtf8Bom(bytes, offset) ? -1 : offset;
    }

    private static boolean startsWithUtf8Bom(byte[] bytes, int offset) {
        return bytes.length >= offset + 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF;
    }

    private static boolean startsWithUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    }

    private static String dropBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static String decodeOrThrow(byte[] bytes, int offset, Charset charset, String source) {
        Attempt attempt = attempt(bytes, offset, charset);
        if (attempt.text == null) {
            throw attempt.error(source, "not " + charset.name());
        }
        return attempt.text;
    }

    private static Attempt attempt(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's String constructor decodes UTF-8 much faster than a CharsetDecoder and without the copy out
            // of a CharBuffer, but replaces malformed input with U+FFFD instead of failing. Without any U+FFFD in its
            // result nothing was malformed, so the text is exactly what the strict decoder gives; a U+FFFD (written in
            // the file, or a replacement) leaves the verdict and the error's position to the strict decoder below.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new Attempt(text, charset, 0, 0, bytes, null);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder
                .maxCharsPerByte()) + 4);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            return new Attempt(null, charset, in.position(), Math.max(1, result.length()), bytes, out.toString());
        }
        out.flip();
        return new Attempt(out.toString(), charset, 0, 0, bytes, null);
    }

    /** One decoding attempt: the text, or where it failed. */
    private static final class Attempt {
        private final String text;
        private final Charset charset;
        private final int badOffset;
        private final int badLength;
        private final byte[] bytes;
        private final String decodedBefore;

        Attempt(String text, Charset charset, int badOffset, int badLength, byte[] bytes, String decodedBefore) {
            this.text = text;
            this.charset = charset;
            this.badOffset = badOffset;
            this.badLength = badLength;
            this.bytes = bytes;
            this.decodedBefore = decodedBefore;
        }

        ReadException error(String source, String what) {
            long line = 1;
            long column = 1;
            for (int i = 0; i < decodedBefore.length(); i++) {
                char c = decodedBefore.charAt(i);
                boolean lineEnd = c == '\n'
                        || c == '\r' && (i + 1 == decodedBefore.length() || decodedBefore.charAt(i + 1) != '\n');
                if (lineEnd) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
            }
            StringBuilder hex = new StringBuilder();
            for (int i = badOffset; i < Math.min(bytes.length, badOffset + badLength); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
            }
            return ReadException.builder(source, "malformed bytes " + hex + " at byte offset " + badOffset
                            + ": the file is " + what + " (first failure decoding as " + charset.name() + ")")
                    .line(line).column(column).expected(EXPECTED).build();
        }
    }
}
