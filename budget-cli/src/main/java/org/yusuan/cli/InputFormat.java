package org.yusuan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats {@code yusuan} reads and writes: published text (公开文本), JSON, JSON Lines, per-table CSV (a folder or a
 * {@code .zip}) and long CSV. Each has the token used on the command line ({@code --input-format}, {@code --to}).
 */
enum InputFormat {
    /** The text of a published disclosure, read by the importer. Read only. */
    TEXT("text"),
    /** One disclosure as a JSON document. */
    JSON("json"),
    /** Disclosures as JSON Lines, one per line. */
    JSONL("jsonl"),
    /** One disclosure as a folder or {@code .zip} of per-table CSV files. */
    CSV("csv"),
    /** Disclosures as one long (tidy) CSV, one printed cell per line. */
    CSV_LONG("csv-long");

    private final String token;

    InputFormat(String token) {
        this.token = token;
    }

    /** The command-line token: {@code text}, {@code json}, {@code jsonl}, {@code csv}, {@code csv-long}. */
    String token() {
        return token;
    }

    @Override
    public String toString() {
        return token;
    }

    /**
     * Reads a token, as picocli's converter.
     *
     * @throws IllegalArgumentException naming the accepted tokens
     */
    static InputFormat ofToken(String token) {
        for (InputFormat format : values()) {
            if (format.token.equals(token.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + token + "\": expected text, json, jsonl, csv or csv-long");
    }

    /**
     * The format of a file from its extension alone: {@code .txt}, {@code .json}, {@code .jsonl}/{@code .ndjson},
     * {@code .zip} (per-table CSV), {@code .csv} (long CSV).
     */
    static Optional<InputFormat> ofExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        } else if (name.endsWith(".json")) {
            return Optional.of(JSON);
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        } else if (name.endsWith(".zip")) {
            return Optional.of(CSV);
        } else if (name.endsWith(".csv")) {
            return Optional.of(CSV_LONG);
        }
        return Optional.empty();
    }

    /**
     * The format of a file: from its extension, or else from its first bytes (a {@code PK} zip signature is per-table
     * CSV; a JSON object is JSON, or JSON Lines when a second object starts on a later line; a first line with
     * several commas is long CSV; anything else is published text).
     *
     * @throws IOException if the file cannot be read
     */
    static InputFormat detect(Path file) throws IOException {
        Optional<InputFormat> byName = ofExtension(file);
        if (byName.isPresent()) {
            return byName.get();
        }
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return CSV;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            while (first != null && first.isBlank()) {
                first = reader.readLine();
            }
            if (first == null) {
                return TEXT;
            }
            String trimmed = first.strip().replace("\u00EF\u00BB\u00BF", "");
            if (trimmed.startsWith("{")) {
                String next = reader.readLine();
                while (next != null && next.isBlank()) {
                    next = reader.readLine();
                }
                return trimmed.endsWith("}") && next != null && next.strip().startsWith("{") ? JSONL : JSON;
            }
            if (trimmed.chars().filter(c -> c == ',').count() >= 3) {
                return CSV_LONG;
            }
        }
        return TEXT;
    }

    /** Reads the {@code --input-format} and {@code --to} tokens for picocli, {@code csv-long} included. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return ofToken(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
