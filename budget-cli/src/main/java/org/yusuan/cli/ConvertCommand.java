package org.yusuan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yusuan.io.csv.LongCsv;
import org.yusuan.io.csv.TableCsv;
import org.yusuan.io.json.BudgetJson;
import org.yusuan.io.json.JsonLinesWriter;
import org.yusuan.model.BudgetDisclosure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yusuan convert}: reads disclosures in one format and writes them in another (格式转换). */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = Yusuan.Version.class,
        description = {"Reads disclosures in any format yusuan reads (published text, JSON, JSON Lines, per-table CSV "
                + "folder or .zip, long CSV) and writes them as json, jsonl, csv (per-table, a folder or a .zip) or "
                + "csv-long.",
            "Without -o, json, jsonl and csv-long go to standard output; csv needs -o. What the text importer could "
                + "not read is reported on standard error (yusuan check shows it line by line)."},
        footer = {"", "Examples:",
            "  yusuan convert examples/2024-korla-city-gov-office.txt --to json -o korla.json",
            "  yusuan convert examples/ --to jsonl > disclosures.jsonl",
            "  yusuan convert examples/ --to csv-long -o disclosures.csv",
            "  yusuan convert korla.json --to csv -o korla-tables/",
            "  yusuan convert korla.json --to csv -o korla-tables.zip",
            "", "Exit status: 0 written, 2 usage error or an input that cannot be read (nothing is written)."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "IN", description = "Disclosures to convert: files, per-table CSV "
            + "folders, or directories to walk (sorted).")
    private List<Path> paths;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = InputFormat.Converter.class,
            description = "The format to write: json, jsonl, csv or csv-long.")
    private InputFormat target;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write: a file, or for csv a "
            + "folder or a .zip (default: standard output).")
    private Path output;

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = InputFormat.Converter.class,
            description = "Read every input as text, json, jsonl, csv or csv-long (default: detected).")
    private InputFormat inputFormat;

    @Option(names = "--bom", description = "Start CSV output with a byte-order mark, for spreadsheet programs.")
    private boolean bom;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (target == InputFormat.TEXT) {
            throw usage("--to text is not supported: yusuan reads published text but does not write it; "
                    + "use json, jsonl, csv or csv-long");
        }
        List<Input> inputs = Inputs.expand(paths, Optional.ofNullable(inputFormat));
        if (inputs.isEmpty()) {
            err.println("yusuan convert: no disclosures found in " + paths);
            return 2;
        }
        DocumentReader reader = new DocumentReader();
        List<BudgetDisclosure> disclosures = new ArrayList<>();
        boolean unreadable = false;
        for (Input input : inputs) {
            try {
                for (Document document : reader.read(input)) {
                    disclosures.add(document.disclosure());
                    document.importReport().ifPresent(report -> err.println(importNote(document)));
                }
            } catch (IOException | RuntimeException e) {
                if (!Problems.isInputProblem(e)) {
                    throw e;
                }
                err.println("yusuan convert: cannot read " + input.name() + ": " + Problems.describe(e));
                unreadable = true;
            }
        }
        if (unreadable) {
            err.println("yusuan convert: nothing written");
            return 2;
        }
        if ((target == InputFormat.JSON || target == InputFormat.CSV) && disclosures.size() != 1) {
            throw usage("--to " + target + " holds one disclosure, but the input has " + disclosures.size()
                    + "; use --to jsonl or --to csv-long for several");
        }
        switch (target) {
            case JSON -> {
                BudgetJson json = BudgetJson.standard().withPrettyPrinting();
                if (output == null) {
                    out.println(json.write(disclosures.get(0)).stripTrailing());
                } else {
                    json.write(disclosures.get(0), output);
                }
            }
            case JSONL -> write(out, stream -> {
                try (JsonLinesWriter lines = BudgetJson.standard().writeLines(stream)) {
                    for (BudgetDisclosure disclosure : disclosures) {
                        lines.write(disclosure);
                    }
                }
            });
            case CSV -> {
                if (output == null) {
                    throw usage("--to csv writes one file per table: give a folder or a .zip with -o");
                }
                TableCsv csv = bom ? TableCsv.standard().withBom() : TableCsv.standard();
                if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    csv.writeZip(disclosures.get(0), output);
                } else {
                    csv.writeFolder(disclosures.get(0), output);
                }
            }
            case CSV_LONG -> {
                LongCsv csv = bom ? LongCsv.standard().withBom() : LongCsv.standard();
                if (output == null) {
                    write(out, stream -> csv.write(disclosures, stream));
                } else {
                    csv.write(disclosures, output);
                }
            }
            case TEXT -> throw new IllegalStateException("refused above");
        }
        out.flush();
        if (output != null) {
            err.println("yusuan convert: wrote " + output + " (" + target + ", " + disclosures.size()
                    + (disclosures.size() == 1 ? " disclosure)" : " disclosures)"));
        }
        return 0;
    }

    private static String importNote(Document document) {
        ImportView view = ImportView.of(document);
        return "yusuan convert: imported " + document.name() + ": " + view.count(ImportView.Status.FOUND)
                + " tables with rows, " + view.count(ImportView.Status.FOUND_EMPTY) + " declared empty, "
                + view.count(ImportView.Status.MISSING) + " missing; " + view.unreadLines().size()
                + " lines not read" + (view.unreadLines().isEmpty() ? "" : " (yusuan check " + document.input().name()
                + " lists them)");
    }

    /** Writes to -o when given, else to standard output. */
    private void write(PrintWriter out, StreamWriter writer) throws IOException {
        if (output != null) {
            try (OutputStream stream = Files.newOutputStream(output)) {
                writer.write(stream);
            }
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            writer.write(buffer);
            out.print(buffer.toString(StandardCharsets.UTF_8));
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Writes disclosures to a stream. */
    @FunctionalInterface
    private interface StreamWriter {
        void write(OutputStream stream) throws IOException;
    }
}
