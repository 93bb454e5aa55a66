package org.yusuan.model.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yusuan.model.fixtures.SharedFixtures;

/**
 * Guards the completeness of {@link FixtureTargetSpellings}: every indicator value printed in the fixtures is in it
 * and none reads as unreadable.
 */
class FixtureTargetCoverageTest {

    /** A 指标值 cell: starts with a comparator spelling or is one of the qualitative phrases. */
    private static final Pattern TARGET_CELL = Pattern.compile("^(?:\\$\\\\|[≥≤<>=＞＜＝≧≦]|有所|有效|逐步).*");

    @Test
    void everyTargetPrintedInTheFixturesIsListedAndReadable() throws IOException {
        Set<String> printed = new TreeSet<>();
        {
            for (String file : SharedFixtures.DISCLOSURES) {
                String text = SharedFixtures.text("disclosures/" + file);
                int sheets = text.indexOf("绩效目标表\n\n(");
                int sheetsFullWidth = text.indexOf("绩效目标表\n\n（");
                int start = Math.min(sheets < 0 ? Integer.MAX_VALUE : sheets,
                        sheetsFullWidth < 0 ? Integer.MAX_VALUE : sheetsFullWidth);
                assertTrue(start < text.length(), "no performance sheet in " + file);
                for (String line : text.substring(start).split("\n")) {
                    for (String cell : line.split("\t")) {
                        boolean markup = cell.startsWith("<p>") || cell.startsWith("<b>");
                        if (TARGET_CELL.matcher(cell).matches() && !markup) {
                            printed.add(cell);
                        }
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(printed);
        missing.removeAll(FixtureTargetSpellings.allPrinted());

        assertEquals(Set.of(), missing, "target spellings in the fixtures but not in FixtureTargetSpellings");
        assertEquals(FixtureTargetSpellings.allPrinted(), printed, "listed spellings no fixture prints");
        for (String cell : printed) {
            TargetForm form = TargetValue.parse(cell).getForm();
            assertTrue(form == TargetForm.QUANTITATIVE || form == TargetForm.QUALITATIVE, cell + " read as " + form);
        }
    }
}
