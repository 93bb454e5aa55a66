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
import org.yusuan.testkit.Fixtures;

/**
 * A numbered list in long CSV with an item missing is refused, naming the first field of the item after the gap:
 * the reader finds a list's items by key, not by scanning every field, and must still name the same place.
 */
class LongCsvListGapTest {

    @Test
    void listWithAMissingItemIsRefusedAtTheFirstFieldOfTheNextItem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LongCsv.standard().write(List.of(Fixtures.korlaCityGovOffice()), out);
        String csv = out.toString(StandardCharsets.UTF_8)
                .replace(",narrative.3.title,", ",narrative.30.title,")
                .replace(",narrative.3.text,", ",narrative.30.text,");
        int at = csv.indexOf(",narrative.4.title,");
        long expectedLine = csv.substring(0, at).chars().filter(c -> c == '\n').count() + 1;

        ReadException e = assertThrows(ReadException.class, () -> LongCsv.standard()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "gap.csv"));

        assertTrue(e.problem().contains("item 4 of narrative without item 3"), e.getMessage());
        assertEquals(expectedLine, e.line().orElseThrow(), e.getMessage());
    }

    @Test
    void listsOfEveryLengthReadBackWhole() throws IOException {
        var disclosure = Fixtures.korlaCityGovOffice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LongCsv.standard().write(List.of(disclosure), out);

        var read = LongCsv.standard().read(new ByteArrayInputStream(out.toByteArray()), "whole.csv");

        assertEquals(disclosure.getNarrativeSections(), read.get(0).getNarrativeSections());
        assertEquals(disclosure.getProjectPerformanceTargets(), read.get(0).getProjectPerformanceTargets());
    }
}
