package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.CodeSystem;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableRow;
import org.yusuan.validation.Finding;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * The state of one validation run: the disclosure, the settings, the catalogs of its fiscal year and the findings
 * so far. Not thread-safe; one per {@code validate} call.
 */
public final class Context {

    private static final BigDecimal[] POWERS = {
        new BigDecimal("0.0001"), new BigDecimal("0.001"), new BigDecimal("0.01"), new BigDecimal("0.1"),
        BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("1000"), new BigDecimal("10000")};

    private final BudgetDisclosure disclosure;
    private final Settings settings;
    private final Catalogs catalogs;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Finding> seen = new HashSet<>();
    private final Map<TableRow<?>, Optional<String>> inferredCodes = new IdentityHashMap<>();
    private final Map<List<?>, Structure> structures = new IdentityHashMap<>();
    private List<Tables.Coded> coded;

    Context(BudgetDisclosure disclosure, Settings settings, Catalogs catalogs) {
        this.disclosure = disclosure;
        this.settings = settings;
        this.catalogs = catalogs;
    }

    /** @return the disclosure being validated */
    public BudgetDisclosure disclosure() {
        return disclosure;
    }

    /**
     * The coded tables of the disclosure ({@link Tables#coded}), listed once per run for all the rules that walk them.
     *
     * @return the tables, in the order of {@link Tables#coded}; immutable
     */
    List<Tables.Coded> codedTables() {
        if (coded == null) {
            coded = List.copyOf(Tables.coded(disclosure));
        }
        return coded;
    }

    /** @return the settings */
    public Settings settings() {
        return settings;
    }

    /** @return the catalogs of the disclosure's fiscal year */
    public Catalogs catalogs() {
        return catalogs;
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * Whether a rule is on.
     *
     * @param rule the rule id
     * @return true when its findings are reported
     */
    public boolean enabled(String rule) {
        return settings.enabled(rule);
    }

    /**
     * Reports a finding without amounts.
     *
     * @param rule the rule id
     * @param severity the rule's default severity
     * @param where the location
     * @param detail the message variant, or null
     * @param args further message arguments
     */
    public void report(String rule, Severity severity, Where where, String detail, String... args) {
        add(rule, severity, where, null, null, false, null, detail, args);
    }

    /**
     * Reports a finding with amounts.
     *
     * @param rule the rule id
     * @param severity the severity (already decided: rounding findings pass INFO)
     * @param where the location
     * @param expected the expected amount, or null
     * @param actual the printed amount, or null
     * @param rounding whether rounding explains the difference
     * @param unit the unit of the amounts, or null
     * @param detail the message variant, or null
     * @param args further message arguments
     */
    public void add(String rule, Severity severity, Where where, BigDecimal expected, BigDecimal actual,
            boolean rounding, MoneyUnit unit, String detail, String... args) {
        if (!settings.enabled(rule)) {
            return;
        }
        Severity reported = rounding ? Severity.INFO : settings.severity(rule, severity);
        BigDecimal difference = expected != null && actual != null ? actual.subtract(expected) : null;
        Finding finding = new Finding(rule, reported, where.tableOpt(), Optional.ofNullable(where.code()),
                Optional.ofNullable(where.name()), Optional.ofNullable(where.project()),
                Optional.ofNullable(where.column()), Optional.ofNullable(expected), Optional.ofNullable(actual),
                Optional.ofNullable(difference), rounding, Optional.ofNullable(unit), Optional.ofNullable(detail),
                List.of(args));
        if (seen.add(finding)) {
            findings.add(finding);
        }
    }

    /**
     * Compares a printed amount with the amount expected from elsewhere. Equal (by value) is silent; a difference
     * within {@code tolerance × addends} is INFO with rounding; anything else has the rule's severity.
     *
     * @param rule the rule id
     * @param severity the rule's severity
     * @param where where the printed amount is
     * @param unit the unit of both amounts
     * @param expected the expected amount (blank as null, read as zero)
     * @param actual the printed amount (blank as null, read as zero)
     * @param addends how many printed figures the expected amount adds up (0 for a figure printed once)
     * @param detail the message variant, or null
     * @param args further message arguments
     * @return true when the amounts agree exactly
     */
    public boolean compare(String rule, Severity severity, Where where, MoneyUnit unit, BigDecimal expected,
            BigDecimal actual, int addends, String detail, String... args) {
        BigDecimal e = Amounts.orZero(expected);
        BigDecimal a = Amounts.orZero(actual);
        if (e.compareTo(a) == 0) {
            return true;
        }
        boolean rounding = withinRounding(e, a, addends);
        if (rounding && !settings.reportRounding()) {
            return false;
        }
        add(rule, rounding ? Severity.INFO : severity, where, e, a, rounding, unit, detail, args);
        if (!rounding && addends == 0) {
            suspectPowerOfTen(where, unit, e, a);
        }
        return false;
    }

    /**
     * Checks that a printed amount is the sum of printed terms; on a real difference, also looks for a term that a
     * power of ten would reconcile ({@link Rules#UNIT_SUSPECT}).
     *
     * @param rule the rule id
     * @param severity the rule's severity
     * @param where where the printed total is
     * @param unit the unit
     * @param actual the printed total, or null for blank
     * @param terms the printed addends
     * @param detail the message variant, or null
     * @param args further message arguments
     * @return true when the sum agrees exactly
     */
    public boolean sum(String rule, Severity severity, Where where, MoneyUnit unit, BigDecimal actual,
            List<Term> terms, String detail, String... args) {
        BigDecimal expected = BigDecimal.ZERO;
        int addends = 0;
        for (Term t : terms) {
            if (t.value() != null) {
                expected = expected.add(t.value());
                addends++;
            }
        }
        BigDecimal a = Amounts.orZero(actual);
        if (expected.compareTo(a) == 0) {
            return true;
        }
        boolean rounding = withinRounding(expected, a, addends);
        if (rounding && !settings.reportRounding()) {
            return false;
        }
        add(rule, rounding ? Severity.INFO : severity, where, expected, a, rounding, unit, detail, args);
        if (!rounding) {
            boolean found = false;
            for (Term t : terms) {
                if (t.value() == null || t.value().signum() == 0) {
                    continue;
                }
                for (BigDecimal p : POWERS) {
                    BigDecimal scaled = t.value().multiply(p);
                    BigDecimal fixed = expected.subtract(t.value()).add(scaled);
                    if (a.signum() != 0 && printable(scaled) && withinRounding(fixed, a, addends)) {
                        add(Rules.UNIT_SUSPECT, Severity.WARNING, t.where(), plain(scaled),
                                t.value(), false, unit, "power", p.stripTrailingZeros().toPlainString());
                        found = true;
                    }
                }
            }
            if (!found) {
                suspectPowerOfTen(where, unit, expected, a);
            }
        }
        return false;
    }

    /** Whether an amount could be printed: at most two decimals. A misplaced figure is a printed one, moved. */
    private static boolean printable(BigDecimal value) {
        return value.signum() != 0 && value.stripTrailingZeros().scale() <= 2;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private void suspectPowerOfTen(Where where, MoneyUnit unit, BigDecimal expected, BigDecimal actual) {
        if (actual.signum() == 0 || expected.signum() == 0) {
            return;
        }
        for (BigDecimal p : POWERS) {
            BigDecimal scaled = actual.multiply(p);
            if (printable(scaled) && withinRounding(expected, scaled, 1)) {
                add(Rules.UNIT_SUSPECT, Severity.WARNING, where, expected, actual, false, unit, "power",
                        p.stripTrailingZeros().toPlainString());
                return;
            }
        }
    }

    /**
     * Whether a difference is within the rounding allowance.
     *
     * @param expected the expected amount
     * @param actual the printed amount
     * @param addends how many rounded figures make up the expected amount
     * @return true when |actual - expected| ≤ tolerance × addends
     */
    public boolean withinRounding(BigDecimal expected, BigDecimal actual, int addends) {
        BigDecimal allowance = settings.tolerancePerAddend().multiply(BigDecimal.valueOf(addends));
        return actual.subtract(expected).abs().compareTo(allowance) <= 0;
    }

    /**
     * The hierarchy of a list of rows (a whole table or a 表7 sub-unit), computed once per run.
     *
     * @param rows the rows, as the table returns them
     * @param system the classification of their codes
     * @return the structure
     */
    Structure structure(List<? extends TableRow<?>> rows, CodeSystem system) {
        return structures.computeIfAbsent(rows, r -> new Structure(this, rows, system));
    }

    /**
     * The code digits a row stands for: its printed code, or, for a row printed without one, the only catalog code
     * whose name is the row's name (an inference the code rule reports).
     *
     * @param row a row of a coded table
     * @param system which catalog the table's codes come from
     * @return the digits, or empty when the row has no code and its name names no single catalog entry
     */
    public Optional<String> codeOf(TableRow<?> row, CodeSystem system) {
        Optional<ClassificationCode<?>> printed = row.classificationCode();
        if (printed.isPresent()) {
            return Optional.of(printed.get().digits());
        }
        return inferredCodes.computeIfAbsent(row, r -> inferCode(r, system));
    }

    /**
     * As {@link #codeOf}, without an {@code Optional}: for loops over every row of a table.
     *
     * @param row a row of a coded table
     * @param system which catalog the table's codes come from
     * @return the digits, or null when the row has no code and its name names no single catalog entry
     */
    String digitsOf(TableRow<?> row, CodeSystem system) {
        Optional<ClassificationCode<?>> printed = row.classificationCode();
        if (printed.isPresent()) {
            return printed.get().digits();
        }
        return inferredCodes.computeIfAbsent(row, r -> inferCode(r, system)).orElse(null);
    }

    private Optional<String> inferCode(TableRow<?> row, CodeSystem system) {
        if (row.getName().isEmpty() || row.getName().get().isBlank()) {
            return Optional.empty();
        }
        String name = row.getName().get();
        if (system == CodeSystem.FUNCTIONAL) {
            ClassificationCatalog<FunctionalCode> catalog = catalogs.functional();
            if (catalog == null) {
                return Optional.empty();
            }
            List<CatalogEntry<FunctionalCode>> hits = catalog.findByName(name);
            return hits.size() == 1 ? Optional.of(hits.get(0).code().digits()) : Optional.empty();
        }
        ClassificationCatalog<EconomicCode> catalog = catalogs.economic();
        if (catalog == null) {
            return Optional.empty();
        }
        List<CatalogEntry<EconomicCode>> hits = catalog.findByName(name);
        return hits.size() == 1 ? Optional.of(hits.get(0).code().digits()) : Optional.empty();
    }
}
