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
        return new Progress(err, total, total > 1 && isTerminal());
    }

    /**
     * Whether the JVM talks to a terminal. Up to Java 21 {@code System.console()} is null unless both standard
     * streams are a terminal; from Java 22 it may be a console that is not one, which {@code isTerminal()} (Java 22)
     * tells.
     */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderThanJava22) {
            return true;
        }
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
