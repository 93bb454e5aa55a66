package org.yusuan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the command line in-process, and finds the example disclosures the README's main job checks. */
final class Cli {

    /** What a run gave: exit status and both streams, line ends normalised to {@code \n}. */
    record Run(int status, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Yusuan.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** The {@code examples/} folder of the repository, as copied into the test classpath by the build. */
    static Path examples() {
        URL url = Cli.class.getResource("/examples");
        if (url == null) {
            throw new IllegalStateException("examples/ is not on the test classpath: see budget-cli/pom.xml");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One example disclosure text, by file name. */
    static Path example(String fileName) {
        Path file = examples().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no example " + file);
        }
        return file;
    }

    /** The example texts in sorted order. */
    static List<Path> exampleTexts() {
        try (Stream<Path> files = Files.list(examples())) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
