package org.yusuan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.yusuan.io.ReadException;

/** Says in one line why an input could not be read, for a person to act on. */
final class Problems {

    private Problems() {
    }

    /**
     * The reason: a {@link ReadException}'s own message (it names the file and where in it), or what the file system
     * said.
     */
    static String describe(Exception problem) {
        if (problem instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
            return describe(unchecked.getCause());
        } else if (problem instanceof ReadException) {
            return problem.getMessage();
        } else if (problem instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (problem instanceof AccessDeniedException) {
            return "permission denied";
        } else if (problem instanceof IOException) {
            return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        }
        // Not a problem of the input but of yusuan: say so, with the exception, rather than hide it.
        return "could not be read because of a fault in yusuan (" + problem + ")";
    }

    /** Whether the exception is about reading the input (bad content, or the file system), as opposed to a fault. */
    static boolean isInputProblem(Exception problem) {
        return problem instanceof ReadException || problem instanceof IOException
                || problem instanceof UncheckedIOException;
    }
}
