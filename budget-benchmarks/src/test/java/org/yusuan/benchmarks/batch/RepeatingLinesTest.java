package org.yusuan.benchmarks.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RepeatingLinesTest {

    private static final List<byte[]> POOL = List.of(bytes("{\"a\":1}\n"), bytes("{\"b\":2}\n"), bytes("{}\n"));

    @Test
    void givesTheLinesOfThePoolInTurnUntilTheCount() throws IOException {
        try (RepeatingLines in = new RepeatingLines(POOL, 5)) {
            assertEquals("{\"a\":1}\n{\"b\":2}\n{}\n{\"a\":1}\n{\"b\":2}\n",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(5 * 8 - 5, in.bytesRead());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void zeroLinesIsAnEmptyStream() throws IOException {
        try (RepeatingLines in = new RepeatingLines(POOL, 0)) {
            assertEquals(-1, in.read());
            assertEquals(-1, in.read(new byte[4], 0, 4));
        }
    }

    @Test
    void refusesAnEmptyPoolAndANegativeCount() {
        assertThrows(IllegalArgumentException.class, () -> new RepeatingLines(List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> new RepeatingLines(POOL, -1));
    }

    @Property
    void readingInChunksOfAnySizeGivesTheSameBytesAsOneByOne(@ForAll @IntRange(min = 1, max = 20) int chunk,
            @ForAll @IntRange(min = 0, max = 12) int count) throws IOException {
        byte[] byByte = oneByOne(new RepeatingLines(POOL, count));
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        try (RepeatingLines in = new RepeatingLines(POOL, count)) {
            byte[] buffer = new byte[chunk];
            for (int n; (n = in.read(buffer, 0, chunk)) != -1; ) {
                chunked.write(buffer, 0, n);
            }
            assertEquals(byByte.length, in.bytesRead());
        }
        assertArrayEquals(byByte, chunked.toByteArray());
    }

    private static byte[] oneByOne(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1; ) {
            out.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
