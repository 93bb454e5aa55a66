package org.yusuan.io.text.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.model.ImmutableBudgetDisclosure;

/**
 * Reads the parts of a disclosure outside its tables into the disclosure being built: the overview before the
 * tables, the explanatory sections after them, section 十二 其他重要事项 and the performance-target sheets in it.
 */
public final class DocumentParts {

    private static final Pattern PART_FOUR = Pattern.compile("^第四部分");

    private DocumentParts() {
    }

    /**
     * Reads the parts outside the tables.
     *
     * @param lines all lines
     * @param located where the tables are
     * @param context the context
     * @param disclosure the disclosure being built
     */
    public static void read(List<TextLine> lines, TableLocator.Located located, ReadContext context,
            ImmutableBudgetDisclosure.Builder disclosure) {
        int tablesStart = located.start() < 0 ? lines.size() : located.start();
        int afterTables = located.start() < 0 ? 0 : located.end();
        OverviewReader.read(lines, tablesStart).ifPresent(read -> {
            disclosure.overview(read.overview());
            disclosure.addAllSubUnits(read.subUnits());
        });
        int partFour = DocumentSections.find(lines, PART_FOUR, afterTables, lines.size());
        int end = partFour < 0 ? lines.size() : partFour;
        int matters = NarrativeReader.otherMattersStart(lines, afterTables);
        int narrativeEnd = matters < 0 || matters > end ? end : matters;
        disclosure.addAllNarrativeSections(NarrativeReader.read(lines, afterTables, narrativeEnd));
        if (matters >= 0 && matters < end) {
            disclosure.otherMatters(OtherMattersReader.read(lines, matters, end));
            PerformanceSheetReader.Sheets sheets = PerformanceSheetReader.read(lines, matters, end, context.log());
            disclosure.addAllOverallPerformanceTargets(sheets.overall());
            disclosure.addAllProjectPerformanceTargets(sheets.projects());
        }
    }
}
