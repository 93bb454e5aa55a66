package org.yusuan.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.yusuan.codes.internal.CatalogFileReader;
import org.yusuan.codes.internal.CodeSyntax;
import org.yusuan.codes.internal.DigitsIndex;
import org.yusuan.codes.internal.Similarity;

/**
 * A classification catalog (政府收支分类科目) of one system for one fiscal year: every code with its official name,
 * its children, lookup by name and "did you mean" suggestions. Immutable and thread-safe.
 *
 * <p>The built-in catalogs ({@link #functional(int)}, {@link #economic(int)}) are read from versioned resource
 * files ({@code org/yusuan/codes/<year>/functional.csv}, {@code economic.csv}), each lazily and once. A user's own
 * catalog (a province's, or a newer year's) is read from a file of the same format with {@link
 * #loadFunctional(Path, int)} or {@link #loadEconomic(Path, int)}:
 *
 * <pre>
 * # comment lines start with #
 * code,name,confidence,source,note
 * 201,一般公共服务支出,certain,MOF-2024,
 * 20101,人大事务,certain,MOF-2024,
 * </pre>
 *
 * <p>{@code confidence} is {@code certain} or {@code uncertain}; {@code source} states the entry's provenance;
 * {@code note} (optional column) says why an entry is uncertain. A corrupt file fails with a {@link
 * CatalogFormatException} naming the file and line.
 *
 * @param <C> the code type: {@link FunctionalCode} or {@link EconomicCode}
 */
public final class ClassificationCatalog<C extends ClassificationCode<C>> {

    private static final String RESOURCE_ROOT = "/org/yusuan/codes/";
    private static final String YEARS_RESOURCE = RESOURCE_ROOT + "years.txt";
    private static final ConcurrentMap<String, ClassificationCatalog<?>> BUILT_IN = new ConcurrentHashMap<>();

    private final CodeSystem system;
    private final int fiscalYear;
    private final String source;
    private final Function<String, C> parser;
    private final TreeMap<String, CatalogEntry<C>> byDigits;
    /** The same entries for look-ups by digits, which a validator makes for every printed code. */
    private final DigitsIndex<CatalogEntry<C>> lookup;
    private final Map<String, List<CatalogEntry<C>>> byNormalizedName;

    private ClassificationCatalog(CodeSystem system, int fiscalYear, String source, Function<String, C> parser,
            List<CatalogEntry<C>> entries) {
        this.system = system;
        this.fiscalYear = fiscalYear;
        this.source = source;
        this.parser = parser;
        this.byDigits = new TreeMap<>();
        Map<String, List<CatalogEntry<C>>> names = new LinkedHashMap<>();
        for (CatalogEntry<C> entry : entries) {
            byDigits.put(entry.code().digits(), entry);
        }
        for (CatalogEntry<C> entry : byDigits.values()) {
            names.computeIfAbsent(CodeNames.normalize(entry.name()), k -> new ArrayList<>()).add(entry);
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byNormalizedName = Map.copyOf(names);
        this.lookup = new DigitsIndex<>(byDigits);
    }

    /**
     * The built-in 支出功能分类科目 of a fiscal year, read once on first use.
     *
     * @param fiscalYear the fiscal year, for example 2024
     * @return the catalog, never null
     * @throws IllegalArgumentException if there is no built-in catalog for the year; the message lists the years
     *     there are
     * @throws CatalogFormatException if the built-in file is corrupt
     */
    public static ClassificationCatalog<FunctionalCode> functional(int fiscalYear) {
        return builtIn(CodeSystem.FUNCTIONAL, fiscalYear, FunctionalCode::parse);
    }

    /**
     * The built-in 部门预算支出经济分类科目 of a fiscal year, read once on first use.
     *
     * @param fiscalYear the fiscal year, for example 2024
     * @return the catalog, never null
     * @throws IllegalArgumentException if there is no built-in catalog for the year; the message lists the years
     *     there are
     * @throws CatalogFormatException if the built-in file is corrupt
     */
    public static ClassificationCatalog<EconomicCode> economic(int fiscalYear) {
        return builtIn(CodeSystem.ECONOMIC, fiscalYear, EconomicCode::parse);
    }

    /**
     * The fiscal years that have built-in catalogs.
     *
     * @return the years in ascending order, never null; the set is immutable
     * @throws CatalogFormatException if the list of years is missing or corrupt
     */
    public static SortedSet<Integer> builtInYears() {
        SortedSet<Integer> years = new TreeSet<>();
        String file = YEARS_RESOURCE.substring(1);
        try (BufferedReader reader = new BufferedReader(open(YEARS_RESOURCE))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                try {
                    years.add(Integer.parseInt(text));
                } catch (NumberFormatException e) {
                    throw new CatalogFormatException(file, number, "expected a fiscal year such as 2024, found \""
                            + text + "\"", e);
                }
            }
        } catch (IOException e) {
            throw new CatalogFormatException(file, 0, "cannot be read: " + e, e);
        }
        return Collections.unmodifiableSortedSet(years);
    }

    /**
     * Reads a user's 支出功能分类科目 file (UTF-8, the format described above).
     *
     * @param file the file, not null
     * @param fiscalYear the fiscal year the file is for
     * @return the catalog, never null
     * @throws CatalogFormatException if the file cannot be read or is corrupt; the message names file and line
     * @throws NullPointerException if file is null
     */
    public static ClassificationCatalog<FunctionalCode> loadFunctional(Path file, int fiscalYear) {
        return loadFile(file, CodeSystem.FUNCTIONAL, fiscalYear, FunctionalCode::parse);
    }

    /**
     * Reads a user's 部门预算支出经济分类科目 file (UTF-8, the format described above).
     *
     * @param file the file, not null
     * @param fiscalYear the fiscal year the file is for
     * @return the catalog, never null
     * @throws CatalogFormatException if the file cannot be read or is corrupt; the message names file and line
     * @throws NullPointerException if file is null
     */
    public static ClassificationCatalog<EconomicCode> loadEconomic(Path file, int fiscalYear) {
        return loadFile(file, CodeSystem.ECONOMIC, fiscalYear, EconomicCode::parse);
    }

    /**
     * Reads a 支出功能分类科目 in the format described above from any source of text.
     *
     * @param reader the text, not null; not closed
     * @param sourceName the name to report problems with (a file name or URL), not null
     * @param fiscalYear the fiscal year the data is for
     * @return the catalog, never null
     * @throws CatalogFormatException if the data is corrupt; the message names the source and line
     * @throws NullPointerException if an argument is null
     */
    public static ClassificationCatalog<FunctionalCode> readFunctional(Reader reader, String sourceName,
            int fiscalYear) {
        return read(reader, sourceName, CodeSystem.FUNCTIONAL, fiscalYear, FunctionalCode::parse);
    }

    /**
     * Reads a 部门预算支出经济分类科目 in the format described above from any source of text.
     *
     * @param reader the text, not null; not closed
     * @param sourceName the name to report problems with (a file name or URL), not null
     * @param fiscalYear the fiscal year the data is for
     * @return the catalog, never null
     * @throws CatalogFormatException if the data is corrupt; the message names the source and line
     * @throws NullPointerException if an argument is null
     */
    public static ClassificationCatalog<EconomicCode> readEconomic(Reader reader, String sourceName,
            int fiscalYear) {
        return read(reader, sourceName, CodeSystem.ECONOMIC, fiscalYear, EconomicCode::parse);
    }

    @SuppressWarnings("unchecked")
    private static <C extends ClassificationCode<C>> ClassificationCatalog<C> builtIn(CodeSystem system,
            int fiscalYear, Function<String, C> parser) {
        String resource = RESOURCE_ROOT + fiscalYear + "/" + system.fileStem() + ".csv";
        ClassificationCatalog<?> catalog = BUILT_IN.get(resource);
        if (catalog == null) {
            if (!builtInYears().contains(fiscalYear)) {
                throw new IllegalArgumentException("there is no built-in " + system.label() + " for " + fiscalYear
                        + "; built-in years: " + builtInYears() + ". Load an official file with "
                        + (system == CodeSystem.FUNCTIONAL ? "loadFunctional" : "loadEconomic") + "(path, year)");
            }
            catalog = BUILT_IN.computeIfAbsent(resource, r -> {
                try (Reader reader = open(r)) {
                    return read(reader, r.substring(1), system, fiscalYear, parser);
                } catch (IOException e) {
                    throw new CatalogFormatException(r.substring(1), 0, "cannot be read: " + e, e);
                }
            });
        }
        return (ClassificationCatalog<C>) catalog;
    }

    private static Reader open(String resource) {
        InputStream in = ClassificationCatalog.class.getResourceAsStream(resource);
        if (in == null) {
            throw new CatalogFormatException(resource.substring(1), 0, "is missing from the budget-codes jar", null);
        }
        return strictUtf8(in);
    }

    /** UTF-8 that refuses malformed bytes instead of replacing them. */
    private static Reader strictUtf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static <C extends ClassificationCode<C>> ClassificationCatalog<C> loadFile(Path file, CodeSystem system,
            int fiscalYear, Function<String, C> parser) {
        Objects.requireNonNull(file, "file must not be null");
        try (Reader reader = strictUtf8(Files.newInputStream(file))) {
            return read(reader, file.toString(), system, fiscalYear, parser);
        } catch (IOException e) {
            throw new CatalogFormatException(file.toString(), 0, "cannot be read: " + e, e);
        }
    }

    private static <C extends ClassificationCode<C>> ClassificationCatalog<C> read(Reader reader, String sourceName,
            CodeSystem system, int fiscalYear, Function<String, C> parser) {
        Objects.requireNonNull(reader, "reader must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        try {
            List<CatalogEntry<C>> entries = CatalogFileReader.read(reader, sourceName, system, parser);
            return new ClassificationCatalog<>(system, fiscalYear, sourceName, parser, entries);
        } catch (UncheckedIOException e) {
            throw new CatalogFormatException(sourceName, 0, "cannot be read: " + e.getCause(), e);
        }
    }

    /**
     * The classification system of this catalog.
     *
     * @return the system, never null
     */
    public CodeSystem system() {
        return system;
    }

    /**
     * The fiscal year this catalog is for.
     *
     * @return the year
     */
    public int fiscalYear() {
        return fiscalYear;
    }

    /**
     * The file or resource this catalog was read from.
     *
     * @return its name, never null
     */
    public String source() {
        return source;
    }

    /**
     * How many entries the catalog has.
     *
     * @return the number of codes at every level
     */
    public int size() {
        return byDigits.size();
    }

    /**
     * Every entry, in code order (each code right before its descendants).
     *
     * @return the entries, immutable, never null
     */
    public List<CatalogEntry<C>> entries() {
        return List.copyOf(byDigits.values());
    }

    /**
     * The entries of one level, in code order.
     *
     * @param level 类, 款 or 项, not null
     * @return the entries, immutable, never null
     * @throws NullPointerException if level is null
     */
    public List<CatalogEntry<C>> entries(ClassificationLevel level) {
        Objects.requireNonNull(level, "level must not be null");
        return byDigits.values().stream().filter(e -> e.code().level() == level).toList();
    }

    /**
     * The entry of a code.
     *
     * @param code the code, not null
     * @return the entry, or empty if the catalog does not have the code
     * @throws NullPointerException if code is null
     */
    public Optional<CatalogEntry<C>> find(C code) {
        Objects.requireNonNull(code, "code must not be null");
        return Optional.ofNullable(lookup.get(code.digits()));
    }

    /**
     * Whether the catalog has a code.
     *
     * @param code the code, not null
     * @return true if the code is in the catalog
     * @throws NullPointerException if code is null
     */
    public boolean contains(C code) {
        Objects.requireNonNull(code, "code must not be null");
        return lookup.get(code.digits()) != null;
    }

    /**
     * The official name of a code.
     *
     * @param code the code, not null
     * @return the name, or empty if the catalog does not have the code
     * @throws NullPointerException if code is null
     */
    public Optional<String> nameOf(C code) {
        return find(code).map(CatalogEntry::name);
    }

    /**
     * The entries one level below a code, in code order: the 款 of a 类, the 项 of a 款.
     *
     * @param code the parent code, not null
     * @return the children, immutable, empty for a code without children or not in the catalog
     * @throws NullPointerException if code is null
     */
    public List<CatalogEntry<C>> children(C code) {
        Objects.requireNonNull(code, "code must not be null");
        int childLength = code.digits().length() + 2;
        return byDigits.subMap(code.digits(), false, code.digits() + Character.MAX_VALUE, false).values().stream()
                .filter(e -> e.code().digits().length() == childLength)
                .toList();
    }

    /**
     * The entries whose name is the given one after {@link CodeNames#normalize(String) normalization}: brackets,
     * spaces, quotes and a trailing 支出 do not matter. A name can belong to several codes (行政运行 is a 项 of many
     * 款), so this returns a list; entries named exactly as given come first.
     *
     * @param name a printed name, not null
     * @return the matching entries, immutable, possibly empty
     * @throws NullPointerException if name is null
     */
    public List<CatalogEntry<C>> findByName(String name) {
        Objects.requireNonNull(name, "name must not be null");
        List<CatalogEntry<C>> found = new ArrayList<>(byNormalizedName.getOrDefault(CodeNames.normalize(name),
                List.of()));
        String exact = name.strip();
        found.sort(Comparator.comparing((CatalogEntry<C> e) -> !e.name().equals(exact)));
        return List.copyOf(found);
    }

    /**
     * "Did you mean": the entries closest to a code or a name that is not in the catalog. A query of digits (in
     * any printed form) is compared with codes of the same level, anything else with names.
     *
     * @param query a code or name as printed, not null
     * @param limit the most suggestions to return, at least 1
     * @return the suggestions, closest first, immutable, possibly empty
     * @throws NullPointerException if query is null
     * @throws IllegalArgumentException if limit is less than 1
     */
    public List<CatalogEntry<C>> suggest(String query, int limit) {
        Objects.requireNonNull(query, "query must not be null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        String digitsOnly = query.replaceAll("[\\s\\u00A0\\u3000\\-－.]", "")
                .chars().map(c -> c >= '０' && c <= '９' ? '0' + (c - '０') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!digitsOnly.isEmpty() && digitsOnly.chars().allMatch(Character::isDigit)) {
            return suggestCodes(query, digitsOnly, limit);
        }
        return suggestNames(query, limit);
    }

    private List<CatalogEntry<C>> suggestCodes(String query, String digitsOnly, int limit) {
        String target;
        try {
            target = parser.apply(query).digits();
        } catch (CodeFormatException e) {
            target = digitsOnly;
        }
        String wanted = target;
        record Scored<E>(E entry, int distance, int sharedPrefix) {
        }
        List<Scored<CatalogEntry<C>>> scored = new ArrayList<>();
        for (CatalogEntry<C> entry : byDigits.values()) {
            String digits = entry.code().digits();
            if (digits.length() != wanted.length()) {
                continue;
            }
            int distance = Similarity.distance(wanted, digits, 2);
            if (distance <= 2) {
                int shared = 0;
                while (shared < digits.length() && digits.charAt(shared) == wanted.charAt(shared)) {
                    shared++;
                }
                scored.add(new Scored<>(entry, distance, shared));
            }
        }
        scored.sort(Comparator.comparingInt((Scored<CatalogEntry<C>> s) -> s.distance())
                .thenComparing(s -> -s.sharedPrefix())
                .thenComparing(s -> s.entry().code()));
        return scored.stream().limit(limit).map(Scored::entry).toList();
    }

    private List<CatalogEntry<C>> suggestNames(String query, int limit) {
        String wanted = CodeNames.normalize(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(1, wanted.length() / 3);
        record Scored<E>(E entry, int distance) {
        }
        List<Scored<CatalogEntry<C>>> scored = new ArrayList<>();
        for (Map.Entry<String, List<CatalogEntry<C>>> named : byNormalizedName.entrySet()) {
            String name = named.getKey();
            int distance;
            if (name.equals(wanted)) {
                distance = 0;
            } else if (wanted.length() >= 2 && (name.contains(wanted) || wanted.contains(name))) {
                distance = Math.abs(name.length() - wanted.length());
            } else {
                distance = Similarity.distance(wanted, name, allowed);
                if (distance > allowed) {
                    continue;
                }
            }
            for (CatalogEntry<C> entry : named.getValue()) {
                scored.add(new Scored<>(entry, distance));
            }
        }
        scored.sort(Comparator.comparingInt((Scored<CatalogEntry<C>> s) -> s.distance())
                .thenComparing(s -> s.entry().code()));
        return scored.stream().limit(limit).map(Scored::entry).toList();
    }

    /**
     * Reads a code in any printed form (as {@link FunctionalCode#parse(String)} does) and checks that it and every
     * code above it are in this catalog.
     *
     * @param text the printed code, not null
     * @return the code, never null
     * @throws CodeFormatException if the text is malformed, or names a code not in the catalog; the message names
     *     the first missing level and suggests close codes
     * @throws NullPointerException if text is null
     */
    public C parse(String text) {
        return checked(text, parser.apply(text));
    }

    /**
     * Reads a code printed in split columns (as {@link FunctionalCode#ofColumns(String, String, String)} does) and
     * checks that it and every code above it are in this catalog.
     *
     * @param columns the column texts from 类 downwards (3 for functional codes, 2 for economic codes)
     * @return the code, never null
     * @throws CodeFormatException if the columns are malformed, or name a code not in the catalog
     * @throws IllegalArgumentException if the number of columns does not fit the system
     */
    public C parseColumns(String... columns) {
        int expected = system.deepestLevel().ordinal() + 1;
        if (columns.length != expected) {
            throw new IllegalArgumentException(system.label() + " has " + expected + " code columns, not "
                    + columns.length);
        }
        String shown = String.join(" ", Arrays.stream(columns).map(c -> c == null ? "" : c.strip()).toList()).strip();
        return checked(shown, parser.apply(CodeSyntax.canonicalColumns(system, columns)));
    }

    private C checked(String text, C code) {
        List<C> path = new ArrayList<>(code.ancestors());
        path.add(code);
        for (C level : path) {
            if (!byDigits.containsKey(level.digits())) {
                List<CatalogEntry<C>> close = suggest(level.digits(), 3);
                throw new CodeFormatException(text, system, level.level().label() + " " + level + " is not in the "
                        + fiscalYear + " " + system.label() + " (" + source + ")"
                        + (close.isEmpty() ? "" : "; did you mean " + String.join(", ",
                                close.stream().map(CatalogEntry::toString).toList()) + "?"));
            }
        }
        return code;
    }

    @Override
    public String toString() {
        return fiscalYear + " " + system.label() + " (" + source + ", " + size() + " codes)";
    }
}
