package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.model.Overview;
import org.yusuan.model.StaffChange;
import org.yusuan.model.Staffing;

/**
 * Reads 第一部分 概况: the main functions (一、主要职能, one item per numbered paragraph), the structure and budget units
 * (二、机构设置及人员情况: its paragraphs, the listed budget units) and the staffing sentence ({@code 编制数 45，实有人数
 * 86 人，其中：在职 39 人，减少 7 人；退休 46 人，增加 1 人；离休 1 人，增加 0 人}).
 */
public final class OverviewReader {

    private static final Pattern FUNCTIONS = Pattern.compile("^一、主要职能");
    private static final Pattern STRUCTURE = Pattern.compile("^二、机构设置");
    private static final Pattern LIST_ITEM = Pattern.compile("^(-\\s*)?\\d+\\s*[、.．]\\s*(.+)$");
    private static final Pattern STAFFING = Pattern.compile("编制数\\s*(\\d+)[^\\d]*?实有人数\\s*(\\d+)");
    private static final Pattern CHANGE = Pattern.compile("(在职|退休|离休)\\s*(\\d+)\\s*人[，,]\\s*(增加|减少)\\s*(\\d+)\\s*人");

    private OverviewReader() {
    }

    /**
     * The overview and the listed budget units.
     *
     * @param overview the overview read
     * @param subUnits the budget units listed in section 二
     */
    public record Read(Overview overview, List<String> subUnits) {
    }

    /**
     * Reads the overview between the start of the text and the tables.
     *
     * @param lines all lines
     * @param tablesStart the index of the first table line (or the size when none)
     * @return the overview, or empty when neither section is printed
     */
    public static Optional<Read> read(List<TextLine> lines, int tablesStart) {
        int functions = DocumentSections.findLast(lines, FUNCTIONS, tablesStart);
        int structure = DocumentSections.findLast(lines, STRUCTURE, tablesStart);
        if (functions < 0 && structure < 0) {
            return Optional.empty();
        }
        int partTwo = DocumentSections.find(lines, Pattern.compile("^第二部分"), Math.max(functions, structure),
                tablesStart);
        int end = partTwo < 0 ? tablesStart : partTwo;
        org.yusuan.model.ImmutableOverview.Builder builder = Overview.builder();
        if (functions >= 0) {
            int functionsEnd = structure > functions ? structure : end;
            for (Paragraphs.Paragraph p : Paragraphs.of(lines.subList(functions + 1, functionsEnd))) {
                builder.addMainFunctions(p.text());
            }
        }
        List<String> units = new ArrayList<>();
        if (structure >= 0) {
            List<String> structureText = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            lines.subList(structure + 1, end).forEach(l -> all.append(l.folded()));
            Matcher staffingSentence = STAFFING.matcher(all);
            if (staffingSentence.find()) {
                String sentence = all.substring(staffingSentence.start());
                int stop = sentence.indexOf('。');
                builder.staffing(staffing(stop > 0 ? sentence.substring(0, stop) : sentence, staffingSentence));
            }
            boolean inStaffing = false;
            for (Paragraphs.Paragraph p : Paragraphs.of(lines.subList(structure + 1, end))) {
                Matcher item = LIST_ITEM.matcher(p.text());
                if (p.text().contains("编制数")) {
                    inStaffing = true;
                }
                if (inStaffing) {
                    // the staffing sentence, possibly broken over lines, ends with 离休 … 人。
                    inStaffing = !p.text().contains("离休");
                    continue;
                } else if (item.matches() && p.text().length() < 40) {
                    units.add(item.group(2).strip());
                } else {
                    structureText.add(p.text());
                }
            }
            if (!structureText.isEmpty()) {
                builder.internalStructure(String.join("\n", structureText));
            }
            builder.addAllSubordinateUnits(units);
        }
        return Optional.of(new Read(builder.build(), List.copyOf(units)));
    }

    private static Staffing staffing(String text, Matcher head) {
        org.yusuan.model.ImmutableStaffing.Builder staffing = Staffing.builder().authorizedPosts(Integer.parseInt(head.group(1)))
                .actualHeadcount(Integer.parseInt(head.group(2)));
        Matcher change = CHANGE.matcher(LineNormalizer.fold(text));
        while (change.find()) {
            int count = Integer.parseInt(change.group(2));
            int by = Integer.parseInt(change.group(4)) * (change.group(3).equals("减少") ? -1 : 1);
            StaffChange value = StaffChange.of(count, by);
            switch (change.group(1)) {
                case "在职" -> staffing.inService(value);
                case "退休" -> staffing.retired(value);
                default -> staffing.veteranRetired(value);
            }
        }
        return staffing.build();
    }
}
