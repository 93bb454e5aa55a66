package org.yusuan.cli;

import java.util.Optional;
import org.yusuan.io.text.ImportReport;
import org.yusuan.model.BudgetDisclosure;

/**
 * One disclosure read from an input, with the importer's report when it was imported from published text.
 *
 * @param input where it came from
 * @param index its 0-based position in the input (JSON Lines and long CSV may hold several)
 * @param count how many disclosures the input held
 * @param disclosure the disclosure
 * @param importReport what the text importer found, missed and inferred; empty for the structured formats
 */
record Document(Input input, int index, int count, BudgetDisclosure disclosure, Optional<ImportReport> importReport) {

    /** The name used in reports: the input's, with {@code #n} (1-based) when the input held several disclosures. */
    String name() {
        return count > 1 ? input.name() + "#" + (index + 1) : input.name();
    }
}
