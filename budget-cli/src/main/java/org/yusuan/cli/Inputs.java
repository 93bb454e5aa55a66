package org.yusuan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into inputs, deterministically: a file is one input; a folder of
 * per-table CSV is one input; any other directory is walked in sorted order (names compared as strings, hidden
 * entries skipped), taking the files whose extension names a format. A path that does not exist or cannot be read
 * stays an input, so that reading it reports the problem in its place.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * Expands the given paths.
     *
     * @param paths the paths as given, in order
     * @param forced the format given with {@code --input-format}, or empty to detect each
     * @return the inputs, in order
     */
    static List<Input> expand(List<Path> paths, Optional<InputFormat> forced) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                if (forced.filter(f -> f == InputFormat.CSV).isPresent() || CsvFolders.isTableCsvFolder(path)) {
                    inputs.add(new Input(path, InputFormat.CSV));
                } else {
                    walk(path, forced, inputs);
                }
            } else {
                inputs.add(new Input(path, forced.orElseGet(() -> detectOrText(path))));
            }
        }
        return inputs;
    }

    private static void walk(Path directory, Optional<InputFormat> forced, List<Input> inputs) {
        List<Path> children;
        try (Stream<Path> list = Files.list(directory)) {
            children = list.filter(child -> !child.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(child -> child.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            // Reading the directory as a file reports why it cannot be read, in its place.
            inputs.add(new Input(directory, forced.orElse(InputFormat.TEXT)));
            return;
        } catch (UncheckedIOException e) {
            inputs.add(new Input(directory, forced.orElse(InputFormat.TEXT)));
            return;
        }
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                if (CsvFolders.isTableCsvFolder(child)) {
                    inputs.add(new Input(child, InputFormat.CSV));
                } else {
                    walk(child, forced, inputs);
                }
            } else if (InputFormat.ofExtension(child).isPresent()) {
                inputs.add(new Input(child, forced.orElseGet(() -> detectOrText(child))));
            }
        }
    }

    private static InputFormat detectOrText(Path file) {
        if (!Files.isRegularFile(file)) {
            return InputFormat.ofExtension(file).orElse(InputFormat.TEXT);
        }
        try {
            return InputFormat.detect(file);
        } catch (IOException e) {
            return InputFormat.ofExtension(file).orElse(InputFormat.TEXT);
        }
    }
}
