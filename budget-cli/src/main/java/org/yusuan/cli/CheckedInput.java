package org.yusuan.cli;

import java.util.List;
import java.util.Optional;
import org.yusuan.validation.Severity;
import org.yusuan.validation.ValidationReport;

/**
 * What checking one input gave: each disclosure it held with its validation report, or why it could not be read.
 *
 * @param input the input
 * @param documents the disclosures read and their reports; empty when the input could not be read
 * @param error why the input could not be read (naming the file, and where in it when known); empty when it was read
 */
record CheckedInput(Input input, List<Checked> documents, Optional<String> error) {

    /**
     * One disclosure and its validation report.
     *
     * @param document the disclosure as read
     * @param report the validator's findings
     */
    record Checked(Document document, ValidationReport report) {
    }

    static CheckedInput read(Input input, List<Checked> documents) {
        return new CheckedInput(input, List.copyOf(documents), Optional.empty());
    }

    static CheckedInput unreadable(Input input, String error) {
        return new CheckedInput(input, List.of(), Optional.of(error));
    }

    /** The number of findings of a severity over every disclosure of the input. */
    long count(Severity severity) {
        return documents.stream().mapToLong(checked -> checked.report().count(severity)).sum();
    }

    /** The number of tables the input's disclosures have (declared-empty ones included). */
    int tablesImported() {
        return documents.stream().mapToInt(checked -> checked.document().disclosure().tables().size()).sum();
    }
}
