package org.yusuan.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What is written to a held output is passed on exactly, however it was written and whatever buffer it used. */
class HeldOutputTest {

    @Property(tries = 300)
    void theBytesPassedOnAreExactlyTheBytesWrittenInEveryDocumentInTurn(
            @ForAll("documents") List<List<byte[]>> documents) throws IOException {
        for (List<byte[]> writes : documents) {
            HeldOutput held = HeldOutput.take();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (byte[] write : writes) {
                if (write.length == 1) {
                    held.write(write[0]);
                } else {
                    // A slice, as Jackson writes from its buffer: one byte of padding on each side.
                    byte[] padded = new byte[write.length + 2];
                    System.arraycopy(write, 0, padded, 1, write.length);
                    held.write(padded, 1, write.length);
                }
                expected.writeBytes(write);
            }
            ByteArrayOutputStream passedOn = new ByteArrayOutputStream();
            held.writeTo(passedOn);

            assertEquals(expected.size(), held.size());
            assertArrayEquals(expected.toByteArray(), passedOn.toByteArray());
            held.recycle();
        }
    }

    @Provide
    Arbitrary<List<List<byte[]>>> documents() {
        // Short and long writes, so that documents grow the buffer and later ones land in a grown one.
        Arbitrary<byte[]> write = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40),
                Arbitraries.integers().between(1, 40_000).map(n -> new byte[n]).map(HeldOutputTest::numbered));
        return write.list().ofMaxSize(6).list().ofMaxSize(5);
    }

    @Test
    void theNextDocumentOnTheThreadUsesTheRecycledBuffer() {
        HeldOutput first = HeldOutput.take();
        first.write(new byte[100_000], 0, 100_000);
        byte[] grown = first.buffer();
        first.recycle();

        HeldOutput second = HeldOutput.take();

        assertSame(grown, second.buffer());
        assertEquals(0, second.size());
        second.recycle();
    }

    @Test
    void anOutputTakenWhileAnotherIsInUseHasABufferOfItsOwn() {
        HeldOutput outer = HeldOutput.take();
        HeldOutput inner = HeldOutput.take();

        assertNotSame(outer.buffer(), inner.buffer());
        inner.recycle();
        outer.recycle();
    }

    @Test
    void aBufferLargerThanTheLimitIsNotKept() {
        HeldOutput huge = HeldOutput.take();
        huge.write(new byte[SpareBuffer.MAX_KEPT + 1], 0, SpareBuffer.MAX_KEPT + 1);
        byte[] grown = huge.buffer();
        huge.recycle();

        HeldOutput next = HeldOutput.take();

        assertNotSame(grown, next.buffer());
        next.recycle();
    }

    @Test
    void writingAfterRecyclingIsRefused() {
        HeldOutput held = HeldOutput.take();
        held.recycle();

        assertThrows(IllegalStateException.class, () -> held.write('x'));
        assertThrows(IndexOutOfBoundsException.class, () -> HeldOutput.take().write(new byte[2], 1, 2));
    }

    private static byte[] numbered(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
