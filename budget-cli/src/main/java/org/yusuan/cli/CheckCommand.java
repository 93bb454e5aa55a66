package org.yusuan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yusuan.validation.DisclosureValidator;
import org.yusuan.validation.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yusuan check}: imports disclosures, validates them and prints the findings (检查). */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Yusuan.Version.class,
        description = {"Imports each disclosure (published text, JSON, JSON Lines, a per-table CSV folder or .zip, "
                + "long CSV), validates it and prints the findings, grouped by severity and table.",
            "A directory is walked in sorted order. Several inputs get a summary table at the end."},
        footer = {"", "Examples:", "  yusuan check examples/",
            "  yusuan check --lang en examples/2024-korla-city-gov-office.txt",
            "  yusuan check --format json examples/ > report.jsonl",
            "  yusuan check --jobs 4 --input-format csv-long all-disclosures.csv",
            "", "Exit status: 0 no ERROR finding, 1 some ERROR finding, 2 usage error or an input that cannot be read "
                + "(the other inputs are still checked)."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Disclosures to check: files, per-table CSV "
            + "folders, or directories to walk.")
    private List<Path> paths;

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = InputFormat.Converter.class,
            description = "Read every input as text, json, jsonl, csv or csv-long (default: detected from the "
                    + "extension, then the content).")
    private InputFormat inputFormat;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report as text (for people) or json (one JSON object per disclosure, one per line). "
                    + "Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the report: zh or en (default: from "
            + "the locale).")
    private Lang lang;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Check N inputs at once; the "
            + "output stays in input order (default: ${DEFAULT-VALUE}).")
    private int jobs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** How the report is printed. */
    enum ReportFormat { text, json }

    @Override
    public Integer call() throws InterruptedException {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, but was " + jobs);
        }
        Lang language = lang == null ? Lang.ofDefaultLocale() : lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Input> inputs = Inputs.expand(paths, Optional.ofNullable(inputFormat));
        if (inputs.isEmpty()) {
            err.println("yusuan check: no disclosures found in " + paths
                    + " (looked for .txt, .json, .jsonl, .csv, .zip files and per-table CSV folders)");
            return 2;
        }
        DocumentReader reader = new DocumentReader();
        DisclosureValidator validator = DisclosureValidator.standard();
        HumanReport human = new HumanReport(language);
        JsonReport json = new JsonReport(language);
        Progress progress = Progress.onTerminal(err, inputs.size());
        List<CheckedInput> results = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()));
        try {
            List<Future<CheckedInput>> futures = new ArrayList<>();
            for (Input input : inputs) {
                futures.add(executor.submit(() -> {
                    CheckedInput checked = check(input, reader, validator);
                    progress.step(input.name());
                    return checked;
                }));
            }
            boolean first = true;
            for (Future<CheckedInput> future : futures) {
                CheckedInput checked = get(future);
                results.add(checked);
                if (checked.error().isPresent()) {
                    err.println("yusuan check: " + language.text("unreadable", checked.input().name(),
                            checked.error().get()));
                }
                if (format == ReportFormat.json) {
                    json.render(checked).forEach(out::println);
                } else {
                    if (!first) {
                        out.println();
                    }
                    out.print(human.render(checked));
                }
                out.flush();
                first = false;
            }
        } finally {
            executor.shutdownNow();
            progress.finish();
        }
        if (format == ReportFormat.text && inputs.size() > 1) {
            out.println();
            out.print(new Summary(language).render(results));
        }
        if (results.stream().anyMatch(r -> r.error().isPresent())) {
            return 2;
        }
        return results.stream().anyMatch(r -> r.count(Severity.ERROR) > 0) ? 1 : 0;
    }

    private static CheckedInput check(Input input, DocumentReader reader, DisclosureValidator validator) {
        try {
            List<CheckedInput.Checked> checked = new ArrayList<>();
            for (Document document : reader.read(input)) {
                checked.add(new CheckedInput.Checked(document, validator.validate(document.disclosure())));
            }
            return CheckedInput.read(input, checked);
        } catch (IOException | RuntimeException e) {
            // A fault of yusuan on one input must not stop the others from being checked: it is reported too.
            return CheckedInput.unreadable(input, Problems.describe(e));
        }
    }

    private static CheckedInput get(Future<CheckedInput> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
