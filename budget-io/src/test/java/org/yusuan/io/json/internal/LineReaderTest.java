package org.yusuan.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void linesEndAtLineFeedsWithACarriageReturnDroppedAndTheLastLineNeedsNoEnd() throws IOException {
        LineReader lines = new LineReader(new StringReader("one\r\ntwo\n\nthree"), 100);

        assertEquals("one", lines.readLine());
        assertEquals("two", lines.readLine());
        assertEquals("", lines.readLine());
        assertEquals("three", lines.readLine());
        assertEquals(4, lines.lineNumber());
        assertNull(lines.readLine());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithItsNumberWithoutBeingHeld() {
        // An endless line: the reader must give up at the limit instead of reading it all.
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, 'x');
                return length;
            }

            @Override
            public void close() {
            }
        };
        LineReader lines = new LineReader(new StringReaderThen("short\n", endless), 50_000);

        LineReader.LineTooLongException e = assertThrows(LineReader.LineTooLongException.class, () -> {
            assertEquals("short", lines.readLine());
            lines.readLine();
        });

        assertEquals(2, lines.lineNumber());
        assertTrue(e.getMessage().contains("line 2 is longer than 50000 characters"), e.getMessage());
    }

    /** A reader of some text followed by another reader. */
    private static final class StringReaderThen extends Reader {
        private final Reader first;
        private final Reader then;
        private boolean firstDone;

        StringReaderThen(String text, Reader then) {
            this.first = new StringReader(text);
            this.then = then;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (!firstDone) {
                int n = first.read(buffer, offset, length);
                if (n > 0) {
                    return n;
                }
                firstDone = true;
            }
            return then.read(buffer, offset, length);
        }

        @Override
        public void close() {
        }
    }
}
