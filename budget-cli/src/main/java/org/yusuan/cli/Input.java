package org.yusuan.cli;

import java.nio.file.Path;

/**
 * One input named on the command line or found in a directory: a file, or a folder of per-table CSV.
 *
 * @param path where it is
 * @param format how to read it
 */
record Input(Path path, InputFormat format) {

    /** The name used in reports: the path as the user gave it (or as found under the directory they gave). */
    String name() {
        return path.toString();
    }
}
