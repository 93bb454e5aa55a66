package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.CodeNames;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;

/**
 * Reads the code of a table row, printed whole ({@code 2010301}, {@code 201 03 01}) or split over 类/款/项 columns with
 * leading zeros dropped ({@code 201 3 1}), and repairs OCR-damaged codes ({@code 20} for 201, a 款 split over two
 * columns) from the printed name with the catalog of the fiscal year. A repaired code comes with a note saying so.
 */
public final class CodeReader {

    /**
     * A code read, with a note when it was not read as printed.
     *
     * @param code the code
     * @param note why the code differs from the printed digits, or empty when read as printed
     * @param <C> the code type
     */
    public record Read<C>(C code, Optional<String> note) {
    }

    private final ClassificationCatalog<FunctionalCode> functional;
    private final ClassificationCatalog<EconomicCode> economic;

    /**
     * A reader with the catalogs of one fiscal year.
     *
     * @param functional the 支出功能分类科目 catalog
     * @param economic the 部门预算支出经济分类科目 catalog
     */
    public CodeReader(ClassificationCatalog<FunctionalCode> functional, ClassificationCatalog<EconomicCode> economic) {
        this.functional = functional;
        this.economic = economic;
    }

    /**
     * Reads a functional code.
     *
     * @param cells the code cells as printed (blank cells included)
     * @param name the printed name, possibly empty
     * @param context the code of the nearest row above that could be this row's parent, or null
     * @return the code, or empty when neither digits nor name give one
     */
    public Optional<Read<FunctionalCode>> functional(List<String> cells, String name, FunctionalCode context) {
        List<String> parts = nonBlank(cells);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String printed = String.join(" ", parts);
        FunctionalCode direct = directFunctional(cells, parts);
        if (direct != null && functional.contains(direct)
                && (name.isEmpty() || nameFits(functional.nameOf(direct), name) || !nameKnown(name))) {
            return Optional.of(new Read<>(direct, Optional.empty()));
        }
        if (parts.size() == 4 && parts.get(0).length() == 2) {
            // 类 split over two columns: 22 | 1 | 2 | 1
            FunctionalCode merged = tryFunctional(() -> FunctionalCode.ofColumns(parts.get(0) + parts.get(1),
                    parts.get(2), parts.get(3)));
            if (merged != null && functional.contains(merged) && nameFits(functional.nameOf(merged), name)) {
                return Optional.of(new Read<>(merged, Optional.of("编码“" + printed + "”按名称读作 " + merged)));
            }
        }
        FunctionalCode joined = tryFunctional(() -> FunctionalCode.parse(String.join("", parts)));
        if (joined != null && functional.contains(joined) && nameFits(functional.nameOf(joined), name)) {
            return Optional.of(new Read<>(joined, Optional.of("编码“" + printed + "”按名称读作 " + joined)));
        }
        if (!name.isEmpty()) {
            Optional<FunctionalCode> byName = byName(functional, name, parts, context);
            if (byName.isPresent()) {
                return Optional.of(new Read<>(byName.get(),
                        Optional.of("编码“" + printed + "”不在 " + functional.fiscalYear() + " 年科目中，按名称“" + name
                                + "”读作 " + byName.get())));
            }
        }
        if (direct != null) {
            return Optional.of(new Read<>(direct, functional.contains(direct) ? Optional.empty()
                    : Optional.of("编码 " + direct + " 不在 " + functional.fiscalYear() + " 年科目中，按印刷保留")));
        }
        return Optional.empty();
    }

    /**
     * Reads an economic code.
     *
     * @param cells the code cells as printed (类, 款)
     * @param name the printed name
     * @return the code, or empty when the digits make none
     */
    public Optional<Read<EconomicCode>> economic(List<String> cells, String name) {
        List<String> parts = nonBlank(cells);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        EconomicCode direct = null;
        try {
            direct = parts.size() == 1 ? EconomicCode.parse(parts.get(0))
                    : EconomicCode.ofColumns(parts.get(0), parts.get(1));
        } catch (IllegalArgumentException e) {
            direct = null;
        }
        if (direct != null && (economic.contains(direct) || name.isEmpty())) {
            return Optional.of(new Read<>(direct, Optional.empty()));
        }
        if (!name.isEmpty()) {
            Optional<EconomicCode> byName = byName(economic, name, parts, null);
            if (byName.isPresent()) {
                return Optional.of(new Read<>(byName.get(), Optional.of("编码“" + String.join(" ", parts)
                        + "”按名称“" + name + "”读作 " + byName.get())));
            }
        }
        return direct == null ? Optional.empty() : Optional.of(new Read<>(direct, Optional.of("编码 " + direct
                + " 不在 " + economic.fiscalYear() + " 年科目中，按印刷保留")));
    }

    /**
     * Reads a 类 code printed before a name in one cell, as in 表1 and 表4 ({@code 201 一般公共服务支出}).
     *
     * @param digits the printed digits
     * @return the code, or empty when not a functional 类 code
     */
    public Optional<FunctionalCode> category(String digits) {
        FunctionalCode code = tryFunctional(() -> FunctionalCode.parse(digits));
        return code != null && code.level() == ClassificationLevel.CATEGORY ? Optional.of(code) : Optional.empty();
    }

    /**
     * The catalog name of a functional code.
     *
     * @param code the code
     * @return its name, or empty when not in the catalog
     */
    public Optional<String> functionalName(FunctionalCode code) {
        return functional.nameOf(code);
    }

    private boolean nameKnown(String name) {
        return !functional.findByName(name).isEmpty();
    }

    private static boolean nameFits(Optional<String> catalogName, String printed) {
        return printed.isEmpty() || catalogName.map(n -> CodeNames.sameName(n, printed)).orElse(false);
    }

    private static FunctionalCode directFunctional(List<String> cells, List<String> parts) {
        if (parts.size() == 1) {
            return tryFunctional(() -> FunctionalCode.parse(parts.get(0)));
        }
        if (cells.size() >= 3 && parts.size() <= 3) {
            List<String> three = new ArrayList<>(cells.subList(0, 3));
            if (nonBlank(three).size() == parts.size()) {
                return tryFunctional(() -> FunctionalCode.ofColumns(three.get(0), three.get(1), three.get(2)));
            }
        }
        if (parts.size() <= 3) {
            return tryFunctional(() -> FunctionalCode.ofColumns(parts.get(0), parts.size() > 1 ? parts.get(1) : "",
                    parts.size() > 2 ? parts.get(2) : ""));
        }
        return null;
    }

    private static <C extends org.yusuan.codes.ClassificationCode<C>> Optional<C> byName(
            ClassificationCatalog<C> catalog, String name, List<String> parts, C context) {
        List<CatalogEntry<C>> named = catalog.findByName(name);
        if (named.isEmpty()) {
            named = catalog.suggest(name, 3);
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String firstDigits = parts.get(0).replaceAll("\\D", "");
        List<CatalogEntry<C>> fitting = new ArrayList<>();
        for (CatalogEntry<C> entry : named) {
            if (!firstDigits.isEmpty() && entry.code().digits().startsWith(firstDigits)) {
                fitting.add(entry);
            }
        }
        if (fitting.size() > 1 && context != null) {
            List<CatalogEntry<C>> under = fitting.stream()
                    .filter(e -> context.equals(e.code()) || context.isAncestorOf(e.code())
                            || e.code().parent().flatMap(p -> context.parent().map(p::equals)).orElse(false))
                    .toList();
            if (!under.isEmpty()) {
                fitting = under;
            }
        }
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fitting.get(0).code());
    }

    private static List<String> nonBlank(List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (String c : cells) {
            if (!c.isBlank()) {
                parts.add(c.strip());
            }
        }
        return parts;
    }

    private interface CodeSupplier {
        FunctionalCode get();
    }

    private static FunctionalCode tryFunctional(CodeSupplier supplier) {
        try {
            return supplier.get();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
