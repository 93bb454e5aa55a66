package org.yusuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.io.ReadException;
import org.yusuan.io.csv.LongCsv;
import org.yusuan.io.csv.TableCsv;
import org.yusuan.io.json.BudgetJson;
import org.yusuan.io.json.JsonLinesReader;
import org.yusuan.io.text.DisclosureTextImporter;
import org.yusuan.io.text.ImportResult;
import org.yusuan.model.BudgetDisclosure;

/** Reads an input in its format with budget-io's readers; thread-safe (the readers are). */
final class DocumentReader {

    private final BudgetJson json = BudgetJson.standard();
    private final TableCsv tableCsv = TableCsv.standard();
    private final LongCsv longCsv = LongCsv.standard();
    private final DisclosureTextImporter importer = DisclosureTextImporter.standard();

    /**
     * Reads every disclosure of an input.
     *
     * @return the documents, at least one
     * @throws IOException if the input cannot be opened or read
     * @throws ReadException if its content is not a disclosure in the input's format
     */
    List<Document> read(Input input) throws IOException {
        List<BudgetDisclosure> disclosures = new ArrayList<>();
        Optional<ImportResult> imported = Optional.empty();
        switch (input.format()) {
            case TEXT -> {
                requireFile(input);
                ImportResult result = importer.importFile(input.path());
                imported = Optional.of(result);
                disclosures.add(result.disclosure());
            }
            case JSON -> {
                requireFile(input);
                disclosures.add(json.read(input.path()));
            }
            case JSONL -> {
                requireFile(input);
                try (InputStream in = Files.newInputStream(input.path());
                        JsonLinesReader lines = json.readLines(in, input.name())) {
                    lines.forEachRemaining(disclosures::add);
                }
            }
            case CSV -> {
                if (Files.isDirectory(input.path())) {
                    disclosures.add(tableCsv.readFolder(input.path()));
                } else {
                    requireFile(input);
                    disclosures.add(tableCsv.readZip(input.path()));
                }
            }
            case CSV_LONG -> {
                requireFile(input);
                disclosures.addAll(longCsv.read(input.path()));
            }
        }
        if (disclosures.isEmpty()) {
            throw ReadException.builder(input.name(), "holds no disclosure")
                    .expected("at least one " + input.format() + " disclosure").build();
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < disclosures.size(); i++) {
            documents.add(new Document(input, i, disclosures.size(), disclosures.get(i),
                    imported.map(ImportResult::report)));
        }
        return documents;
    }

    private static void requireFile(Input input) throws IOException {
        if (Files.isDirectory(input.path())) {
            throw new IOException("is a directory, not a " + input.format() + " file");
        }
        if (!Files.exists(input.path())) {
            throw new java.nio.file.NoSuchFileException(input.name(), null, "no such file or directory");
        }
    }
}
