package org.yusuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code yusuan} command line (预算公开 检查、转换、查询): check disclosures, convert between formats, look up
 * classification codes. Exit status: 0 when all is well, 1 when a check found an ERROR or a lookup found nothing, 2 for
 * a usage error or unreadable input.
 */
@Command(name = "yusuan",
        mixinStandardHelpOptions = true,
        versionProvider = Yusuan.Version.class,
        subcommands = {CheckCommand.class, ConvertCommand.class, CodesCommand.class, CommandLine.HelpCommand.class},
        description = "Checks, converts and looks up Chinese government budget disclosures (部门预算公开 / 单位预算公开).",
        footer = {"", "Examples:", "  yusuan check examples/", "  yusuan check --lang en --format json examples/",
            "  yusuan convert examples/2024-korla-city-gov-office.txt --to json -o korla.json",
            "  yusuan codes \"201 3 1\" 30217 \"政府办公厅(室)及相关机构事务\"",
            "", "Run yusuan COMMAND --help for a command's options."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all is well", "1:a check found an ERROR, or a lookup found nothing",
            "2:usage error or unreadable input"})
public final class Yusuan implements Runnable {

    /**
     * Hibernate Validator announces its version on java.util.logging at INFO; the command line's stderr is for the
     * user. Held here so that the logger and its level are not garbage-collected.
     */
    private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Yusuan() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line in-process, writing to the given streams: for tests and for embedding.
     *
     * @param out where results go, not null
     * @param err where errors and progress go, not null
     * @param args the arguments
     * @return the exit status: 0, 1 or 2 (see the class description)
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Yusuan());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            // Output that cannot be written, or a fault of yusuan: one line naming it, not a stack trace.
            command.getErr().println("yusuan " + command.getCommandName() + ": " + exception);
            return 2;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, convert or codes");
    }

    /** Reads the version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Yusuan.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"yusuan " + properties.getProperty("version", "unknown")};
        }
    }
}
