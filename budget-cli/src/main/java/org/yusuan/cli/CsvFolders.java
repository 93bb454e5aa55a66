package org.yusuan.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recognises a folder written by {@code TableCsv.writeFolder}: it holds {@code disclosure.csv} (identity and the
 * parts that are not tables) next to the table files, and is one disclosure, not a directory to walk.
 */
final class CsvFolders {

    /** The file every per-table CSV folder has (see docs/csv-format.md). */
    static final String DISCLOSURE_FILE = "disclosure.csv";

    private CsvFolders() {
    }

    /** Whether the directory holds the files of a per-table CSV disclosure. */
    static boolean isTableCsvFolder(Path directory) {
        return Files.isRegularFile(directory.resolve(DISCLOSURE_FILE));
    }
}
