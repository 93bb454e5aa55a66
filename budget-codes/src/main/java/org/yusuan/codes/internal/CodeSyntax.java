package org.yusuan.codes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.CodeFormatException;
import org.yusuan.codes.CodeSystem;

/**
 * Reads the printed forms of a classification code into its canonical digits. Structural only: whether a
 * code exists is the catalog's question.
 */
public final class CodeSyntax {

    /** Runs of the separators between 类, 款 and 项, once folded. */
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-]+");

    private CodeSyntax() {
    }

    /**
     * Reads one piece of text: {@code 2010301}, {@code 201 03 01}, {@code 201-03-01}, {@code 201 3 1}, full-width
     * digits and any white space included.
     *
     * @param input the text, not null
     * @param system the system the code belongs to
     * @return the canonical digits
     * @throws CodeFormatException if the text is not a code of that system
     */
    public static String canonical(String input, CodeSystem system) {
        if (input == null) {
            throw new NullPointerException("code text must not be null");
        }
        if (isAsciiDigits(input)) {
            // Already canonical in form (as every file yusuan writes has it): nothing to fold or split.
            checkWholeLength(input, system, input);
            return checked(input, system, input);
        }
        String text = foldText(input, system, input);
        if (text.isEmpty()) {
            throw new CodeFormatException(input, system, "the text is empty");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : SEPARATORS.split(text)) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            throw new CodeFormatException(input, system, "there are no digits");
        }
        String first = segments.get(0);
        if (segments.size() == 1) {
            checkWholeLength(input, system, first);
            return checked(input, system, first);
        }
        if (first.length() != 3 && first.length() != 5) {
            throw new CodeFormatException(input, system, "the first part \"" + first
                    + "\" should be a 类 of 3 digits (or a 款 of 5) followed by the 款 and 项 parts");
        }
        StringBuilder digits = new StringBuilder(first);
        for (int i = 1; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.length() > 2) {
                throw new CodeFormatException(input, system, "the part \"" + segment
                        + "\" has more than 2 digits; a 款 or 项 part has 1 or 2");
            }
            digits.append(segment.length() == 1 ? "0" + segment : segment);
        }
        if (digits.length() > system.deepestLevel().digits()) {
            throw new CodeFormatException(input, system, "it has more parts than a " + system.label()
                    + " code (" + levelsOf(system) + ")");
        }
        return checked(input, system, digits.toString());
    }

    /**
     * Reads a code printed in split columns, leading zeros possibly dropped: ({@code 201}, {@code 3}, {@code 1}) is
     * 2010301. Blank trailing columns make a 类 or 款 code.
     *
     * @param system the system the code belongs to
     * @param columns the column texts from 类 downwards; null or blank means empty
     * @return the canonical digits
     * @throws CodeFormatException if the columns do not make a code of that system
     */
    public static String canonicalColumns(CodeSystem system, String... columns) {
        String shown = String.join("|", java.util.Arrays.stream(columns).map(c -> c == null ? "" : c).toList());
        if (columns.length == 0 || columns.length > system.deepestLevel().ordinal() + 1) {
            throw new IllegalArgumentException(system.label() + " has " + (system.deepestLevel().ordinal() + 1)
                    + " code columns, not " + columns.length);
        }
        String[] folded = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            folded[i] = columns[i] == null ? "" : foldText(columns[i], system, shown);
        }
        if (folded[0].isEmpty()) {
            throw new CodeFormatException(shown, system, "the 类 column is empty");
        }
        boolean restEmpty = true;
        for (int i = 1; i < folded.length; i++) {
            restEmpty &= folded[i].isEmpty();
        }
        if (restEmpty) {
            // A whole code printed in the first column.
            return canonical(folded[0], system);
        }
        for (int i = 0; i < folded.length; i++) {
            if (folded[i].indexOf(' ') >= 0) {
                throw new CodeFormatException(shown, system, "the " + ClassificationLevel.values()[i].label()
                        + " column \"" + folded[i] + "\" holds more than one number");
            }
        }
        if (folded[0].length() != 3) {
            throw new CodeFormatException(shown, system, "the 类 column \"" + folded[0] + "\" should have 3 digits");
        }
        StringBuilder digits = new StringBuilder(folded[0]);
        for (int i = 1; i < folded.length; i++) {
            String part = folded[i];
            ClassificationLevel level = ClassificationLevel.values()[i];
            if (part.isEmpty()) {
                for (int j = i + 1; j < folded.length; j++) {
                    if (!folded[j].isEmpty()) {
                        throw new CodeFormatException(shown, system, "the " + ClassificationLevel.values()[j].label()
                                + " column is filled but the " + level.label() + " column is empty");
                    }
                }
                break;
            }
            if (part.length() > 2) {
                throw new CodeFormatException(shown, system, "the " + level.label() + " column \"" + part
                        + "\" has more than 2 digits");
            }
            digits.append(part.length() == 1 ? "0" + part : part);
        }
        return checked(shown, system, digits.toString());
    }

    /**
     * Formats canonical digits into parts: 类, then 款 and 项 of two digits each.
     *
     * @param digits canonical digits of 3, 5 or 7
     * @return the parts, from 类 downwards
     */
    public static List<String> parts(String digits) {
        List<String> parts = new ArrayList<>(3);
        parts.add(digits.substring(0, 3));
        for (int i = 3; i < digits.length(); i += 2) {
            parts.add(digits.substring(i, i + 2));
        }
        return List.copyOf(parts);
    }

    private static boolean isAsciiDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Full-width digits and separators to ASCII, every kind of white space to one space, trimmed. */
    private static String foldText(String input, CodeSystem system, String shown) {
        StringBuilder out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                out.append(' ');
            } else if (c == '-' || c == '－' || c == '‐' || c == '‑' || c == '–' || c == '—' || c == '−') {
                out.append('-');
            } else if (c == '.' || c == '．') {
                out.append('.');
            } else {
                throw new CodeFormatException(shown, system, "unexpected character '" + c + "' (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1)
                        + "; a code has only digits, spaces and hyphens");
            }
        }
        return out.toString().trim();
    }

    private static void checkWholeLength(String input, CodeSystem system, String digits) {
        int length = digits.length();
        int max = system.deepestLevel().digits();
        if (length < 3) {
            throw new CodeFormatException(input, system, "too short: " + length + " digit" + (length == 1 ? "" : "s")
                    + "; a code has " + levelsOf(system));
        }
        if (length > max) {
            throw new CodeFormatException(input, system, "too long: " + length + " digits; a code has "
                    + levelsOf(system));
        }
        if (length % 2 == 0) {
            throw new CodeFormatException(input, system, "ambiguous: " + length + " digits fit no level; a code has "
                    + levelsOf(system) + " (write the parts apart, as in \"201 3 1\", when zeros were dropped)");
        }
    }

    private static String checked(String input, CodeSystem system, String digits) {
        if (digits.charAt(0) != system.firstDigit()) {
            throw new CodeFormatException(input, system, "a " + system.label() + " code begins with "
                    + system.firstDigit() + ", not " + digits.charAt(0));
        }
        for (int i = 3; i < digits.length(); i += 2) {
            if (digits.charAt(i) == '0' && digits.charAt(i + 1) == '0') {
                ClassificationLevel level = ClassificationLevel.ofDigits(i + 2);
                throw new CodeFormatException(input, system, "its " + level.label()
                        + " part is 00; 款 and 项 numbers run from 01 to 99");
            }
        }
        return digits;
    }

    private static String levelsOf(CodeSystem system) {
        return system == CodeSystem.FUNCTIONAL ? "3 digits (类), 5 (款) or 7 (项)" : "3 digits (类) or 5 (款)";
    }
}
