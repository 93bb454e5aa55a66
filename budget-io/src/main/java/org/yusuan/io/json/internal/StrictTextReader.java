package org.yusuan.io.json.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes into text strictly: malformed or unmappable bytes are an error, never replaced. Unlike {@link
 * java.io.InputStreamReader}, every character decoded before the bad bytes is delivered first, so a reader of the
 * text knows exactly where (line and column) the bad bytes are; the error follows on the next read.
 *
 * <p>{@link #open(InputStream)} detects the encoding as RFC 8259 and Jackson do: a byte order mark, or the zero bytes
 * of UTF-16 around the first ASCII character; otherwise UTF-8. A byte order mark is skipped.
 */
public final class StrictTextReader extends Reader {

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private long bytesConsumed;
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException pending;

    private StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    /**
     * Opens bytes as text, detecting UTF-8 (the default) or UTF-16 and skipping a byte order mark.
     *
     * @param in the bytes, not null; closed by {@link #close()}
     * @return the reader, never null
     * @throws IOException if the first bytes cannot be read
     */
    public static StrictTextReader open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(3);
        buffered.reset();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && head[0] == 0 && head[1] != 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (head.length >= 2 && head[0] != 0 && head[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        buffered.skipNBytes(skip);
        return new StrictTextReader(buffered, charset);
    }

    /**
     * Opens bytes as UTF-8 text; a byte order mark is not skipped (callers of JSON Lines skip it on the first line).
     *
     * @param in the bytes, not null; closed by {@link #close()}
     * @return the reader, never null
     */
    public static StrictTextReader utf8(InputStream in) {
        return new StrictTextReader(in, StandardCharsets.UTF_8);
    }

    /**
     * The encoding the bytes are decoded with.
     *
     * @return the charset, never null
     */
    public Charset charset() {
        return charset;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (pending != null) {
                throw pending;
            }
            if (flushed) {
                return -1;
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            bytesConsumed += bytes.position() - before;
            if (result.isError()) {
                pending = new CharacterCodingException() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public String getMessage() {
                        return (result.isMalformed() ? "malformed " : "unmappable ") + charset.name() + " input ("
                                + result.length() + " byte(s)) at byte offset " + bytesConsumed;
                    }
                };
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
        }
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
