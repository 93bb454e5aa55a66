package org.yusuan.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr ({@code [#####.....] 5/10 file}), redrawn in place; shown only when stderr is a terminal,
 * so that scripts and logs never see it.
 */
final class Progress {

    private static final int BAR = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;
    private int lastWidth;

    private Progress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    /** A bar over the given number of inputs, shown when there are several and the JVM has a console. */
    static Progress onTerminal(PrintWriter err, int total) {
        return new Progress(err, total, total > 1 && System.console() != null);
    }

    /** Counts one input as done and redraws. */
    synchronized void step(String name) {
        done++;
        if (!shown) {
            return;
        }
        int filled = total == 0 ? BAR : done * BAR / total;
        String line = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + total + " " + name;
        int width = Text.width(line);
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - width)));
        lastWidth = width;
        err.flush();
    }

    /** Clears the bar so that what follows starts on a clean line. */
    synchronized void finish() {
        if (shown && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}
