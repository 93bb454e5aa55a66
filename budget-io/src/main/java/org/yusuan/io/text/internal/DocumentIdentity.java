package org.yusuan.io.text.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.model.EntityKind;

/**
 * Reads who discloses and for which year: the entity from the first page header {@code 编制部门：…} (a department) or
 * {@code 编制单位：…} (a unit), else from the title {@code …2024 年部门预算公开}; the fiscal year from the title.
 *
 * @param entityName the entity as printed
 * @param entityKind department or unit
 * @param fiscalYear the fiscal year
 */
public record DocumentIdentity(String entityName, EntityKind entityKind, int fiscalYear) {

    private static final Pattern COMPILER = Pattern.compile("^编制(部门|单位)[：:]\\s*(.+?)(\\s{2,}.*|\\s*单位[：:].*)?$");
    private static final Pattern TITLE = Pattern.compile("^(.*?)\\s*(\\d{4})\\s*年\\s*(部门|单位)预算(公开)?$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年\\s*(部门|单位)?预算");

    /**
     * Reads the identity.
     *
     * @param lines the text's lines
     * @param log where guesses are recorded
     * @return the identity
     */
    public static DocumentIdentity read(List<TextLine> lines, ImportLog log) {
        String name = null;
        EntityKind kind = null;
        int year = 0;
        int yearLine = 1;
        for (TextLine line : lines) {
            String text = line.text().replace('\t', ' ');
            if (name == null) {
                Matcher m = COMPILER.matcher(text);
                if (m.matches()) {
                    name = m.group(2).strip();
                    kind = m.group(1).equals("部门") ? EntityKind.DEPARTMENT : EntityKind.UNIT;
                }
            }
            if (year == 0) {
                Matcher y = YEAR.matcher(text);
                if (y.find()) {
                    year = Integer.parseInt(y.group(1));
                    yearLine = line.number();
                }
            }
            if (name != null && year != 0) {
                break;
            }
        }
        if (name == null) {
            for (TextLine line : lines) {
                Matcher t = TITLE.matcher(line.text());
                if (t.matches() && !t.group(1).isBlank()) {
                    name = t.group(1).strip();
                    kind = t.group(3).equals("部门") ? EntityKind.DEPARTMENT : EntityKind.UNIT;
                    break;
                }
            }
        }
        if (name == null) {
            name = "（未印名称）";
            kind = EntityKind.UNIT;
            log.infer(1, null, "文中没有“编制部门：”或“编制单位：”，也没有标题，无法读出公开主体");
        }
        if (year == 0) {
            year = 2024;
            log.infer(yearLine, null, "文中没有“20xx 年部门（单位）预算”，预算年度按 2024 年读");
        }
        return new DocumentIdentity(name, kind, year);
    }
}
