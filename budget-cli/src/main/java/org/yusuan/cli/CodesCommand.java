package org.yusuan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.CodeFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yusuan codes}: looks classification codes (科目编码) and names (科目名称) up in a year's catalogs. */
@Command(name = "codes",
        mixinStandardHelpOptions = true,
        versionProvider = Yusuan.Version.class,
        description = {"Looks up a code in any printed form (2010301, 201 03 01, 201-03-01, 201 3 1, full-width "
                + "digits) or searches by name, with \"did you mean\" for near misses.",
            "Codes beginning with 2 are 支出功能分类科目, with 3 部门预算支出经济分类科目."},
        footer = {"", "Examples:", "  yusuan codes 2010301", "  yusuan codes \"201 3 1\" \"302 17\"",
            "  yusuan codes 政府办公厅(室)及相关机构事务", "  yusuan codes --format json 行政运行"})
final class CodesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "A code in any printed form, or a name.")
    private List<String> queries;

    @Option(names = "--year", defaultValue = "2024", description = "Fiscal year of the catalogs (default: ${DEFAULT-VALUE}).")
    private int year;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** How results are printed. */
    enum OutputFormat { text, json }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        ClassificationCatalog<?> functional;
        ClassificationCatalog<?> economic;
        try {
            functional = ClassificationCatalog.functional(year);
            economic = ClassificationCatalog.economic(year);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean allFound = true;
        List<String> jsonLines = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String query : queries) {
            Lookup lookup;
            if (!isCode(query)) {
                lookup = lookUpName(functional, economic, query);
            } else if (startsWithThree(query)) {
                lookup = lookUpCode(ClassificationCatalog.economic(year), query);
            } else {
                lookup = lookUpCode(ClassificationCatalog.functional(year), query);
            }
            allFound &= lookup.found();
            if (format == OutputFormat.json) {
                jsonLines.add(mapper.writeValueAsString(lookup.toJson(query, mapper.getNodeFactory())));
            } else {
                out.println(lookup.toText(query));
            }
        }
        jsonLines.forEach(out::println);
        return allFound ? 0 : 1;
    }

    private static boolean isCode(String query) {
        return query.replaceAll("[\\s\\u00A0\\u3000\\-－.．]", "").matches("[0-9０-９]+");
    }

    private static boolean startsWithThree(String query) {
        String digits = query.replaceAll("[^0-9０-９]", "");
        return digits.startsWith("3") || digits.startsWith("３");
    }

    private <C extends ClassificationCode<C>> Lookup lookUpCode(ClassificationCatalog<C> catalog, String query) {
        try {
            C code = catalog.parse(query);
            List<CatalogEntry<?>> path = new ArrayList<>();
            for (C ancestor : code.ancestors()) {
                path.add(catalog.find(ancestor).orElseThrow());
            }
            path.add(catalog.find(code).orElseThrow());
            return Lookup.found(List.of(path));
        } catch (CodeFormatException e) {
            List<CatalogEntry<?>> close = new ArrayList<>(catalog.suggest(query, 3));
            return Lookup.notFound(e.getMessage(), close);
        }
    }

    private static Lookup lookUpName(ClassificationCatalog<?> functional, ClassificationCatalog<?> economic,
            String query) {
        List<List<CatalogEntry<?>>> found = new ArrayList<>();
        functional.findByName(query).forEach(e -> found.add(List.of(e)));
        economic.findByName(query).forEach(e -> found.add(List.of(e)));
        if (!found.isEmpty()) {
            return Lookup.found(found);
        }
        List<CatalogEntry<?>> close = new ArrayList<>(functional.suggest(query, 3));
        close.addAll(economic.suggest(query, 2));
        return Lookup.notFound("\"" + query + "\" is not a name in the " + functional.fiscalYear() + " catalogs",
                close);
    }
}
