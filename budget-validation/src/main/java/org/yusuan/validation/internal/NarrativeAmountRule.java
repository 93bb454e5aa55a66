package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.codes.CodeNames;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.RowTable;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.TotalsRow;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;
import org.yusuan.validation.internal.Narrative.Kind;

/**
 * {@link Rules#NARRATIVE_AMOUNT}: an amount in 万元 that the explanatory sections (情况说明) state for a quantity of
 * the tables differs from it. A statement is recognised by the label right before the number, within its clause,
 * and by the kind of section ({@code 收支总预算}, {@code 收入预算}, {@code 支出预算}, {@code 基本支出}, {@code 项目支出},
 * {@code 人员经费}, {@code 公用经费}, {@code “三公”经费预算数} and its items, each 类 by name, each 项 by its 类/款/项
 * chain, each project's 预算安排规模 by name, or by the only 表7 project whose name differs only by a
 * generic suffix (项目, 专项, 经费, 资金, 费), else by the only one with a similar name; a 类 in section 四 is
 * compared in the 表4 column of the budget its sentence names); unrecognised amounts are not read. No rounding allowance: a stated
 * figure repeats a printed one. WARNING.
 *
 * <p>A narrative project found in no 表7 row is a WARNING ({@code project_missing}), unless its stated amount equals
 * the 项目支出 of a row or the totals row of 表8 or 表9 (in 万元, converted exactly): such a project is paid from the
 * 政府性基金预算 or 国有资本经营预算 and so is printed there, not in 表7; that is reported as INFO
 * ({@code project_in_fund_table}) at the matching row, naming the table.
 */
final class NarrativeAmountRule implements Rule {

    private record Expected(BigDecimal value, MoneyUnit unit, Where where) {
    }

    private record Label(Set<Kind> kinds, String text, Function<BudgetDisclosure, Optional<Expected>> resolve) {
        Label {
            text = CodeNames.fold(text);
        }
    }

    private static final Pattern PROJECT = Pattern.compile("项目名称[：:]\\s*([^\\n]+)");
    private static final Pattern SCALE = Pattern.compile("预算安排规模[：:]\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*万元");

    private static final List<Label> LABELS = labels();

    /** The labels of each kind of section, in the order of {@link #LABELS} (the longest first). */
    private static final Map<Kind, List<Label>> LABELS_BY_KIND = labelsByKind();

    private static Map<Kind, List<Label>> labelsByKind() {
        Map<Kind, List<Label>> m = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            m.put(kind, LABELS.stream().filter(l -> l.kinds().contains(kind)).toList());
        }
        return m;
    }

    /** The normalized names of every 类 of the built-in functional catalogs: a quick test before looking in tables. */
    private static final Set<String> CATEGORY_NAMES = categoryNames();

    private static Set<String> categoryNames() {
        Set<String> names = new java.util.HashSet<>();
        for (int year : org.yusuan.codes.ClassificationCatalog.builtInYears()) {
            for (var entry : org.yusuan.codes.ClassificationCatalog.functional(year)
                    .entries(org.yusuan.codes.ClassificationLevel.CATEGORY)) {
                names.add(CodeNames.normalize(entry.name()));
            }
        }
        return Set.copyOf(names);
    }

    @Override
    public List<String> ids() {
        return List.of(Rules.NARRATIVE_AMOUNT);
    }

    private static List<Label> labels() {
        Set<Kind> any = EnumSet.allOf(Kind.class);
        List<Label> l = new ArrayList<>();
        l.add(new Label(any, "财政拨款收支总预算", d -> d.getFiscalAppropriationSummary().flatMap(t -> t.getIncomeTotal()
                .map(r -> new Expected(Amounts.cell(r, FiscalIncomeColumn.TOTAL), t.getUnit(), Where.row(t.getKind(), r))))));
        l.add(new Label(any, "收支总预算", d -> t1IncomeTotal(d)));
        Set<Kind> three = EnumSet.of(Kind.THREE_PUBLIC);
        l.add(new Label(three, "三公经费预算数", NarrativeAmountRule::threePublicTotal));
        l.add(new Label(three, "三公经费预算", NarrativeAmountRule::threePublicTotal));
        for (ThreePublicExpenseItem item : ThreePublicExpenseItem.values()) {
            l.add(new Label(three, item.label(), d -> d.getThreePublicExpenses().flatMap(t -> {
                for (ThreePublicExpenseRow row : t.getRows()) {
                    if (row.getItem().orElse(null) == item) {
                        return Optional.of(new Expected(row.getTotal().orElse(null), t.getUnit(),
                                Where.row(t.getKind(), row)));
                    }
                }
                return Optional.empty();
            })));
        }
        l.add(new Label(any, "一般公共预算基本支出", d -> totalOf(d, TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE,
                BasicExpenditureColumn.TOTAL)));
        Set<Kind> basic = EnumSet.of(Kind.BASIC);
        l.add(new Label(basic, "人员经费", d -> totalOf(d, TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE,
                BasicExpenditureColumn.PERSONNEL)));
        l.add(new Label(basic, "公用经费", d -> totalOf(d, TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE,
                BasicExpenditureColumn.PUBLIC_EXPENSES)));
        Set<Kind> income = EnumSet.of(Kind.INCOME);
        l.add(new Label(income, "收入预算", d -> t1IncomeTotal(d)));
        l.add(new Label(income, "一般公共预算", d -> t1Item(d, IncomeItem.GENERAL_PUBLIC_BUDGET_APPROPRIATION)));
        l.add(new Label(income, "政府性基金预算", d -> t1Item(d, IncomeItem.GOVERNMENT_FUND_APPROPRIATION)));
        l.add(new Label(income, "国有资本经营预算", d -> t1Item(d, IncomeItem.STATE_CAPITAL_OPERATION_APPROPRIATION)));
        Set<Kind> expenditure = EnumSet.of(Kind.EXPENDITURE);
        l.add(new Label(expenditure, "支出预算", d -> d.getRevenueExpenditureSummary().flatMap(t -> t.getExpenditureTotal()
                .map(r -> new Expected(Amounts.cell(r, SummaryColumn.BUDGET), t.getUnit(), Where.row(t.getKind(), r))))));
        l.add(new Label(expenditure, "基本支出", d -> totalOf(d, TableKind.EXPENDITURE_SUMMARY, ExpenditureColumn.BASIC)));
        l.add(new Label(expenditure, "项目支出", d -> totalOf(d, TableKind.EXPENDITURE_SUMMARY, ExpenditureColumn.PROJECT)));
        Set<Kind> fiscal = EnumSet.of(Kind.FISCAL);
        l.add(new Label(fiscal, "一般公共预算拨款", d -> t4Item(d, FiscalIncomeItem.GENERAL_PUBLIC_BUDGET)));
        l.add(new Label(fiscal, "政府性基金预算拨款", d -> t4Item(d, FiscalIncomeItem.GOVERNMENT_FUND_BUDGET)));
        l.add(new Label(fiscal, "国有资本经营预算拨款", d -> t4Item(d, FiscalIncomeItem.STATE_CAPITAL_OPERATION_BUDGET)));
        Set<Kind> general = EnumSet.of(Kind.GENERAL_BUDGET);
        l.add(new Label(general, "一般公共预算拨款合计", d -> totalOf(d, TableKind.GENERAL_BUDGET_EXPENDITURE,
                ExpenditureColumn.TOTAL)));
        l.add(new Label(general, "一般公共预算拨款", d -> totalOf(d, TableKind.GENERAL_BUDGET_EXPENDITURE,
                ExpenditureColumn.TOTAL)));
        l.add(new Label(general, "基本支出", d -> totalOf(d, TableKind.GENERAL_BUDGET_EXPENDITURE, ExpenditureColumn.BASIC)));
        l.add(new Label(general, "项目支出", d -> totalOf(d, TableKind.GENERAL_BUDGET_EXPENDITURE,
                ExpenditureColumn.PROJECT)));
        l.sort((a, b) -> b.text().length() - a.text().length());
        return List.copyOf(l);
    }

    private static Optional<Expected> threePublicTotal(BudgetDisclosure d) {
        return d.getThreePublicExpenses().flatMap(t -> t.getTotals().map(r ->
                new Expected(Amounts.cell(r, ThreePublicExpenseColumn.TOTAL), t.getUnit(), Where.row(t.getKind(), r))));
    }

    private static Optional<Expected> t1IncomeTotal(BudgetDisclosure d) {
        return d.getRevenueExpenditureSummary().flatMap(t -> t.getIncomeTotal()
                .map(r -> new Expected(Amounts.cell(r, SummaryColumn.BUDGET), t.getUnit(), Where.row(t.getKind(), r))));
    }

    private static Optional<Expected> t1Item(BudgetDisclosure d, IncomeItem item) {
        return d.getRevenueExpenditureSummary().flatMap(t -> {
            for (SummaryIncomeLine line : t.getIncomeLines()) {
                if (line.getItem().orElse(null) == item) {
                    return Optional.of(new Expected(line.getAmount().orElse(null), t.getUnit(),
                            Where.row(t.getKind(), line)));
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<Expected> t4Item(BudgetDisclosure d, FiscalIncomeItem item) {
        return d.getFiscalAppropriationSummary().flatMap(t -> {
            for (FiscalIncomeLine line : t.getIncomeLines()) {
                if (line.getItem().orElse(null) == item) {
                    return Optional.of(new Expected(line.getTotal().orElse(null), t.getUnit(),
                            Where.row(t.getKind(), line)));
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<Expected> totalOf(BudgetDisclosure d, TableKind kind, Enum<?> column) {
        return d.table(kind).flatMap(t -> {
            // A row table's one section holds its own totals row: read it without building the section.
            Optional<? extends TotalsRow<?>> totals = t instanceof RowTable<?, ?> rows ? rows.getTotals()
                    : t.sections().get(0).getTotals();
            return totals.map(r -> new Expected(Amounts.cell(r, column), t.getUnit(),
                    Where.row(kind, r).column((org.yusuan.model.table.AmountColumn) column)));
        });
    }

    @Override
    public void check(Context context) {
        BudgetDisclosure d = context.disclosure();
        Lookup lookup = new Lookup(d);
        for (NarrativeSection section : d.getNarrativeSections()) {
            Kind kind = Narrative.kind(section.getTitle());
            String text = section.getText();
            Funds funds = new Funds(text);
            Narrative.findAmounts(text, 0, text.length(), m -> {
                String clause = CodeNames.fold(Narrative.clauseBefore(text, m.start()));
                Optional<Expected> expected = resolve(lookup, kind, clause, funds, m.start());
                expected.ifPresent(e -> compare(context, e, Narrative.number(m.number()),
                        () -> Narrative.quote(text, m.start(), m.end())));
            });
            if (kind == Kind.GENERAL_BUDGET) {
                items(context, lookup, text);
            }
            if (kind == Kind.PROJECT) {
                projects(context, text);
            }
        }
    }

    /**
     * Which 表4 column a 类 amount of section 四 belongs to: the budget named by the last "…预算支出" before it. The
     * places of those words are found once per section, when first asked.
     */
    static final class Funds {

        private static final String[] WORDS = {"一般公共预算支出", "政府性基金预算支出", "国有资本经营预算支出包括"};

        private final String text;
        private int[][] places;

        Funds(String text) {
            this.text = text;
        }

        FiscalExpenditureColumn at(int position) {
            if (places == null) {
                places = new int[WORDS.length][];
                for (int w = 0; w < WORDS.length; w++) {
                    places[w] = places(text, WORDS[w]);
                }
            }
            int general = lastBefore(places[0], position - WORDS[0].length());
            int fund = lastBefore(places[1], position - WORDS[1].length());
            int capital = lastBefore(places[2], position - WORDS[2].length());
            if (capital > general && capital > fund) {
                return FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET;
            }
            if (fund > general) {
                return FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET;
            }
            return FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET;
        }

        private static int[] places(String text, String word) {
            int[] found = new int[4];
            int n = 0;
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
            return java.util.Arrays.copyOf(found, n);
        }

        /** As {@code text.lastIndexOf(word, from)}: the last place at or before {@code from}, or -1. */
        private static int lastBefore(int[] places, int from) {
            int last = -1;
            for (int place : places) {
                if (place > from) {
                    break;
                }
                last = place;
            }
            return last;
        }
    }

    private static Optional<Expected> resolve(Lookup lookup, Kind kind, String clause, Funds funds, int position) {
        if (!clause.isEmpty()) {
            char last = clause.charAt(clause.length() - 1);
            for (Label label : LABELS_BY_KIND.get(kind)) {
                String text = label.text();
                if (text.charAt(text.length() - 1) == last && clause.endsWith(text)) {
                    return lookup.label(label);
                }
            }
        }
        if (kind == Kind.GENERAL_BUDGET || kind == Kind.FISCAL) {
            return lookup.category(kind, withoutCategoryMark(clause), funds.at(position));
        }
        return Optional.empty();
    }

    /**
     * What the statements of one disclosure are compared with, looked up once per {@link #check}: the value of each
     * label, each 类 by name, and 表5's rows with their codes and normalized names (a name is normalized once, not
     * once per statement and row).
     */
    static final class Lookup {

        /**
         * A row with its code digits ("" without a code) and its normalized name (null without a name), normalized
         * when first asked for: most statements compare only the 类 rows' names.
         */
        private static final class Named {
            private final TableRow<?> row;
            private final String digits;
            private String name;
            private boolean normalized;

            Named(TableRow<?> row, String digits) {
                this.row = row;
                this.digits = digits;
            }

            TableRow<?> row() {
                return row;
            }

            String digits() {
                return digits;
            }

            String name() {
                if (!normalized) {
                    name = row.getName().map(CodeNames::normalize).orElse(null);
                    normalized = true;
                }
                return name;
            }
        }

        /** What {@link #category} is remembered by. */
        private record CategoryKey(Kind kind, FiscalExpenditureColumn fund, String name) {
        }

        private final BudgetDisclosure d;
        private final Map<Label, Optional<Expected>> labels = new java.util.IdentityHashMap<>();
        private final Map<CategoryKey, Optional<Expected>> categories = new java.util.HashMap<>();
        private List<Named> t5;
        private List<Named> t4;

        Lookup(BudgetDisclosure d) {
            this.d = d;
        }

        private Optional<Expected> label(Label label) {
            Optional<Expected> e = labels.get(label);
            if (e == null) {
                e = label.resolve().apply(d);
                labels.put(label, e);
            }
            return e;
        }

        /** The 类 of 表5 (section 五) or 表4 (section 四) of that name, remembered by kind, normalized name and column. */
        Optional<Expected> category(Kind kind, String name, FiscalExpenditureColumn fund) {
            String normalized = CodeNames.normalize(name);
            if (!CATEGORY_NAMES.contains(normalized)) {
                return Optional.empty();
            }
            CategoryKey key = new CategoryKey(kind, fund, normalized);
            Optional<Expected> e = categories.get(key);
            if (e == null) {
                e = find(kind, normalized, fund);
                categories.put(key, e);
            }
            return e;
        }

        private Optional<Expected> find(Kind kind, String normalized, FiscalExpenditureColumn fund) {
            if (kind == Kind.GENERAL_BUDGET) {
                return d.getGeneralBudgetExpenditure().flatMap(t -> {
                    for (Named row : t5()) {
                        if (row.digits().length() == 3 && normalized.equals(row.name())) {
                            return Optional.of(new Expected(Amounts.cell(row.row(), ExpenditureColumn.TOTAL),
                                    t.getUnit(), Where.row(t.getKind(), row.row()).column(ExpenditureColumn.TOTAL)));
                        }
                    }
                    return Optional.empty();
                });
            }
            return d.getFiscalAppropriationSummary().flatMap(t -> {
                if (t4 == null) {
                    t4 = named(t.getExpenditureLines());
                }
                for (Named row : t4) {
                    if (normalized.equals(row.name())) {
                        FiscalExpenditureLine line = (FiscalExpenditureLine) row.row();
                        return Optional.of(new Expected(line.amount(fund).orElse(null), t.getUnit(),
                                Where.row(t.getKind(), line).column(fund)));
                    }
                }
                return Optional.empty();
            });
        }

        /** 表5's rows, present. */
        List<Named> t5() {
            if (t5 == null) {
                t5 = named(d.getGeneralBudgetExpenditure().get().getRows());
            }
            return t5;
        }

        private static List<Named> named(List<? extends TableRow<?>> rows) {
            List<Named> named = new ArrayList<>(rows.size());
            for (TableRow<?> row : rows) {
                named.add(new Named(row, row.classificationCode().map(c -> c.digits()).orElse("")));
            }
            return named;
        }
    }

    /**
     * The clause without a final {@code (类)}, as {@code replaceFirst("\\(类\\)$", "")} gives it: {@code $} also
     * matches before a line terminator that ends the text.
     */
    static String withoutCategoryMark(String clause) {
        String mark = "(类)";
        if (clause.endsWith(mark)) {
            return clause.substring(0, clause.length() - mark.length());
        }
        int last = clause.length() - 1;
        if (last >= mark.length() && clause.startsWith(mark, last - mark.length())) {
            char c = clause.charAt(last);
            boolean terminator = c == '\n' ? clause.charAt(last - 1) != '\r'
                    : c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (terminator) {
                return clause.substring(0, last - mark.length()) + c;
            }
        }
        if (last >= mark.length() + 1 && clause.endsWith("\r\n") && clause.startsWith(mark, last - 1 - mark.length())) {
            return clause.substring(0, last - 1 - mark.length()) + "\r\n";
        }
        return clause;
    }

    private static void items(Context context, Lookup lookup, String text) {
        BudgetDisclosure d = context.disclosure();
        if (d.getGeneralBudgetExpenditure().isEmpty()) {
            return;
        }
        var t5 = d.getGeneralBudgetExpenditure().get();
        String unnamed = CodeNames.normalize("");
        ItemScan.ITEMS.find(text, m -> {
            String category = CodeNames.normalize(ItemScan.withoutListNumber(m.group(1)).strip());
            String item = CodeNames.normalize(m.group(3).strip());
            TableRow<?> match = null;
            String categoryCode = null;
            for (Lookup.Named row : lookup.t5()) {
                String digits = row.digits();
                if (digits.length() == 3) {
                    categoryCode = Objects.requireNonNullElse(row.name(), unnamed).equals(category) ? digits : null;
                } else if (digits.length() == 7 && categoryCode != null && digits.startsWith(categoryCode)
                        && Objects.requireNonNullElse(row.name(), unnamed).equals(item)) {
                    match = row.row();
                    break;
                }
            }
            if (match != null) {
                compare(context, new Expected(Amounts.cell(match, ExpenditureColumn.TOTAL), t5.getUnit(),
                        Where.row(t5.getKind(), match).column(ExpenditureColumn.TOTAL)),
                        Narrative.number(m.group(4)), () -> Narrative.quote(text, m.start(), m.end()));
            }
        });
    }

    private static void projects(Context context, String text) {
        BudgetDisclosure d = context.disclosure();
        if (d.getGeneralBudgetProjectExpenditure().isEmpty()) {
            return;
        }
        var t7 = d.getGeneralBudgetProjectExpenditure().get();
        Map<String, BigDecimal> amounts = new java.util.LinkedHashMap<>();
        for (ProjectExpenditureRow row : t7.getRows()) {
            if (row.getRowKind() == ProjectRowKind.PROJECT && row.getProjectName().isPresent()) {
                amounts.merge(ProjectNames.normalize(row.getProjectName().get()),
                        Amounts.orZero(row.getTotal().orElse(null)), BigDecimal::add);
            }
        }
        Matcher p = PROJECT.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (p.find()) {
            starts.add(new int[] {p.start(), p.end()});
            names.add(p.group(1).strip());
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i)[1];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            Matcher s = SCALE.matcher(text.substring(from, to));
            if (!s.find()) {
                continue;
            }
            String name = names.get(i);
            BigDecimal stated = Narrative.number(s.group(1));
            String key = ProjectNames.normalize(name);
            BigDecimal amount = amounts.get(key);
            if (amount == null) {
                List<String> similar = amounts.keySet().stream().filter(k -> ProjectNames.sameStem(key, k)).toList();
                if (similar.isEmpty()) {
                    similar = amounts.keySet().stream().filter(k -> ProjectNames.similar(key, k)).toList();
                }
                amount = similar.size() == 1 ? amounts.get(similar.get(0)) : null;
            }
            Where where = Where.table(t7.getKind()).project(name).column(ProjectExpenditureColumnLabel.TOTAL);
            if (amount == null) {
                String quote = "预算安排规模：" + s.group(1) + " 万元";
                Optional<Expected> elsewhere = fundTableProject(d, stated);
                if (elsewhere.isPresent()) {
                    Expected e = elsewhere.get();
                    context.add(Rules.NARRATIVE_AMOUNT, Severity.INFO, e.where().project(name),
                            Amounts.convert(e.value(), e.unit(), MoneyUnit.TEN_THOUSAND_YUAN), stated, false,
                            MoneyUnit.TEN_THOUSAND_YUAN, "project_in_fund_table", quote,
                            String.valueOf(e.where().table().number()), e.where().table().label());
                } else {
                    context.add(Rules.NARRATIVE_AMOUNT, Severity.WARNING, where, null, stated, false,
                            MoneyUnit.TEN_THOUSAND_YUAN, "project_missing", quote);
                }
            } else {
                String printed = s.group(1);
                compare(context, new Expected(amount, t7.getUnit(), where), stated, () -> "预算安排规模：" + printed + " 万元");
            }
        }
    }

    /**
     * A row or the totals row of 表8 (政府性基金预算支出情况表) or 表9 (国有资本经营预算支出情况表) whose printed
     * 项目支出, converted exactly to 万元, equals a stated project amount: a project that is not in 表7 because it is
     * not paid from the 一般公共预算. Among body rows the one with the longest code (the 项) wins, the first in
     * document order among equals; the totals row only when no body row matches; 表8 before 表9. A blank cell or a
     * stated zero matches nothing.
     */
    private static Optional<Expected> fundTableProject(BudgetDisclosure d, BigDecimal stated) {
        if (stated.signum() == 0) {
            return Optional.empty();
        }
        for (TableKind kind : List.of(TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE)) {
            Optional<? extends org.yusuan.model.table.RowTable<FundExpenditureRow, FundExpenditureColumn>> table =
                    kind == TableKind.GOVERNMENT_FUND_EXPENDITURE ? d.getGovernmentFundExpenditure()
                            : d.getStateCapitalExpenditure();
            if (table.isEmpty()) {
                continue;
            }
            var t = table.get();
            TableRow<?> best = null;
            int bestDigits = -1;
            for (FundExpenditureRow row : t.getRows()) {
                int digits = row.classificationCode().map(c -> c.digits().length()).orElse(0);
                if (digits > bestDigits && sameAmount(row, t.getUnit(), stated)) {
                    best = row;
                    bestDigits = digits;
                }
            }
            if (best == null && t.getTotals().isPresent() && sameAmount(t.getTotals().get(), t.getUnit(), stated)) {
                best = t.getTotals().get();
            }
            if (best != null) {
                return Optional.of(new Expected(Amounts.cell(best, FundExpenditureColumn.PROJECT), t.getUnit(),
                        Where.row(kind, best).column(FundExpenditureColumn.PROJECT)));
            }
        }
        return Optional.empty();
    }

    private static boolean sameAmount(TableRow<?> row, MoneyUnit unit, BigDecimal stated) {
        BigDecimal cell = Amounts.cell(row, FundExpenditureColumn.PROJECT);
        return cell != null && Amounts.convert(cell, unit, MoneyUnit.TEN_THOUSAND_YUAN).compareTo(stated) == 0;
    }

    /** The label of 表7's total column, kept here so the location reads as the document prints it. */
    private static final class ProjectExpenditureColumnLabel {
        static final String TOTAL = org.yusuan.model.table.ProjectExpenditureColumn.TOTAL.qualifiedLabel();
    }

    /** Compares; the quote is made only when the amounts differ (equal amounts are silent in {@link Context#compare}). */
    private static void compare(Context context, Expected e, BigDecimal stated, Supplier<String> quote) {
        MoneyUnit unit = MoneyUnit.TEN_THOUSAND_YUAN;
        BigDecimal expected = Amounts.convert(Amounts.orZero(e.value()), e.unit(), unit);
        if (expected.compareTo(Amounts.orZero(stated)) == 0) {
            return;
        }
        context.compare(Rules.NARRATIVE_AMOUNT, Severity.WARNING, e.where(), unit, expected, stated,
                e.unit() == unit ? 0 : 1, null, quote.get());
    }
}
