package org.yusuan.codes.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.CodeFormatException;

/**
 * Looks codes and names up in the built-in catalogs from the command line, until the yusuan CLI exists:
 * {@code ./mvnw -B -q -pl budget-codes exec:java -Dexec.args="'201 3 1' 30217 政府办公厅(室)及相关机构事务"}.
 * Each argument is a code in any printed form or a name; the exit status is 1 when one of them is not found.
 */
public final class Lookup {

    private static final int YEAR = 2024;

    private Lookup() {
    }

    /**
     * Runs the lookup.
     *
     * @param args codes or names
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            out.println("usage: Lookup CODE|NAME...   for example: \"201 3 1\" 2080505 30217 \"政府办公厅(室)及相关机构事务\"");
            return;
        }
        boolean allFound = true;
        for (String query : args) {
            allFound &= lookup(query, out);
        }
        if (!allFound) {
            System.exit(1);
        }
    }

    private static boolean lookup(String query, PrintStream out) {
        String digits = query.replaceAll("[\\s\\u00A0\\u3000\\-－]", "");
        if (digits.matches("[0-9０-９]+")) {
            boolean economic = digits.startsWith("3") || digits.startsWith("３");
            return economic ? lookupCode(ClassificationCatalog.economic(YEAR), query, out)
                    : lookupCode(ClassificationCatalog.functional(YEAR), query, out);
        }
        List<String> lines = new ArrayList<>();
        ClassificationCatalog.functional(YEAR).findByName(query).forEach(e -> lines.add(describe(e)));
        ClassificationCatalog.economic(YEAR).findByName(query).forEach(e -> lines.add(describe(e)));
        if (lines.isEmpty()) {
            List<String> close = new ArrayList<>();
            ClassificationCatalog.functional(YEAR).suggest(query, 3).forEach(e -> close.add(e.toString()));
            ClassificationCatalog.economic(YEAR).suggest(query, 2).forEach(e -> close.add(e.toString()));
            out.println("\"" + query + "\" is not a name in the " + YEAR + " catalogs"
                    + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
            return false;
        }
        lines.forEach(out::println);
        return true;
    }

    private static <C extends ClassificationCode<C>> boolean lookupCode(ClassificationCatalog<C> catalog,
            String query, PrintStream out) {
        try {
            C code = catalog.parse(query);
            StringBuilder line = new StringBuilder(describe(catalog.find(code).orElseThrow()));
            for (C ancestor : code.ancestors()) {
                line.append("\n  ").append(ancestor.level().label()).append(' ')
                        .append(catalog.find(ancestor).orElseThrow());
            }
            out.println(line);
            return true;
        } catch (CodeFormatException e) {
            out.println(e.getMessage());
            return false;
        }
    }

    private static String describe(CatalogEntry<?> entry) {
        return entry.code().level().label() + " " + entry + "  [" + entry.code().system().label() + " " + YEAR
                + ", " + entry.confidence().token() + ", " + entry.source()
                + entry.note().map(note -> "; " + note).orElse("") + "]";
    }
}
