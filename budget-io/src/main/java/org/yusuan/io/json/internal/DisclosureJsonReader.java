package org.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yusuan.codes.CodeFormatException;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.Overview;
import org.yusuan.model.StaffChange;
import org.yusuan.model.Staffing;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.LargeEquipmentCounts;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.matters.PerformanceSummary;
import org.yusuan.model.matters.PlannedAssetPurchases;
import org.yusuan.model.matters.RunningCostKind;
import org.yusuan.model.matters.RunningCosts;
import org.yusuan.model.matters.StateAssets;
import org.yusuan.model.matters.VehicleHolding;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.FirstLevelIndicatorKind;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
import org.yusuan.model.performance.SecondLevelIndicatorKind;
import org.yusuan.model.performance.TargetComparator;
import org.yusuan.model.performance.TargetForm;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.CarryoverRow;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RevenueRow;
import org.yusuan.model.table.RevenueSummary;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryExpenditureLine;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.model.table.TotalsRow;

/**
 * Reads one JSON document of format {@value JsonNames#FORMAT}, version {@value JsonNames#VERSION}, from a {@link
 * JsonParser}: explicit, field by field, with no reflection and no polymorphic typing. Every problem becomes a {@link
 * ReadException} naming the source, line, column, JSON Pointer of the field, the table (if any) and what was
 * expected.
 */
public final class DisclosureJsonReader {

    /** A functional code's digits: 3, 5 or 7 (类, 款, 项). */
    private static final int FUNCTIONAL_MAX_DIGITS = 7;
    /** An economic code's digits: 3 or 5 (类, 款). */
    private static final int ECONOMIC_MAX_DIGITS = 5;

    private static final MoneyUnit[] UNITS = MoneyUnit.values();
    private static final String UNIT_EXPECTED = "\"" + MoneyUnit.YUAN.label() + "\" or \""
            + MoneyUnit.TEN_THOUSAND_YUAN.label() + "\"";

    private static final ObjectKind TABLES = ObjectKind.of("the tables ("
            + String.join(", ", JsonNames.keys(TableKind.class).keySet()) + ")");
    private static final String[] TABLE_NAMES = Arrays.stream(TableKind.values())
            .map(kind -> "表" + kind.number() + " " + kind.label())
            .toArray(String[]::new);
    /** The kind of each table's object, by {@link TableKind#ordinal()}. */
    private static final ObjectKind[] TABLE_KINDS = Arrays.stream(TABLE_NAMES)
            .map(name -> ObjectKind.of("the table " + name, "unit"))
            .toArray(ObjectKind[]::new);
    /** The kind of an {@code amounts} object, and its columns by key. */
    private record AmountsKind<C extends Enum<C> & AmountColumn>(ObjectKind kind, Map<String, C> columns) {

        static <C extends Enum<C> & AmountColumn> AmountsKind<C> of(Class<C> columns) {
            return new AmountsKind<>(ObjectKind.of(JsonNames.amountsDescription(columns)), JsonNames.keys(columns));
        }
    }

    // The amounts object of each kind of row (its body rows and its totals row alike), a constant so that a row
    // does not look it up.
    private static final AmountsKind<SummaryColumn> SUMMARY_AMOUNTS = AmountsKind.of(SummaryColumn.class);
    private static final AmountsKind<FiscalIncomeColumn> FISCAL_INCOME_AMOUNTS =
            AmountsKind.of(FiscalIncomeColumn.class);
    private static final AmountsKind<FiscalExpenditureColumn> FISCAL_EXPENDITURE_AMOUNTS =
            AmountsKind.of(FiscalExpenditureColumn.class);
    private static final AmountsKind<RevenueColumn> REVENUE_AMOUNTS = AmountsKind.of(RevenueColumn.class);
    private static final AmountsKind<ExpenditureColumn> EXPENDITURE_AMOUNTS = AmountsKind.of(ExpenditureColumn.class);
    private static final AmountsKind<BasicExpenditureColumn> BASIC_AMOUNTS =
            AmountsKind.of(BasicExpenditureColumn.class);
    private static final AmountsKind<ProjectExpenditureColumn> PROJECT_AMOUNTS =
            AmountsKind.of(ProjectExpenditureColumn.class);
    private static final AmountsKind<FundExpenditureColumn> FUND_AMOUNTS = AmountsKind.of(FundExpenditureColumn.class);
    private static final AmountsKind<ThreePublicExpenseColumn> THREE_PUBLIC_AMOUNTS =
            AmountsKind.of(ThreePublicExpenseColumn.class);
    private static final AmountsKind<CarryoverColumn> CARRYOVER_AMOUNTS = AmountsKind.of(CarryoverColumn.class);

    // Each kind of object, with its required fields: a constant, so that what is learned of it is kept.
    private static final ObjectKind DISCLOSURE = ObjectKind.of("a disclosure", "format", "version", "entityName",
            "entityKind", "fiscalYear");
    private static final ObjectKind OVERVIEW = ObjectKind.of("the overview (概况)");
    private static final ObjectKind STAFFING = ObjectKind.of("the staffing (人员情况)", "authorizedPosts",
            "actualHeadcount");
    private static final ObjectKind STAFF_CHANGE = ObjectKind.of("a staff group (人数及增减)", "count");
    private static final ObjectKind NARRATIVE = ObjectKind.of("a narrative section (情况说明)", "title", "text");
    private static final ObjectKind TOTALS_ROW = ObjectKind.of("a totals row (合计行)");
    private static final ObjectKind SUMMARY_INCOME_LINE = ObjectKind.of("an income line");
    private static final ObjectKind SUMMARY_EXPENDITURE_LINE = ObjectKind.of("an expenditure line");
    private static final ObjectKind FISCAL_INCOME_LINE = ObjectKind.of("an income line");
    private static final ObjectKind FISCAL_EXPENDITURE_LINE = ObjectKind.of("an expenditure line");
    private static final ObjectKind REVENUE_ROW = ObjectKind.of("a row");
    private static final ObjectKind EXPENDITURE_ROW = ObjectKind.of("a row");
    private static final ObjectKind BASIC_ROW = ObjectKind.of("a row");
    private static final ObjectKind PROJECT_ROW = ObjectKind.of("a row", "rowKind");
    private static final ObjectKind FUND_ROW = ObjectKind.of("a row");
    private static final ObjectKind THREE_PUBLIC_ROW = ObjectKind.of("a row");
    private static final ObjectKind CARRYOVER_ROW = ObjectKind.of("a row");
    private static final ObjectKind OTHER_MATTERS = ObjectKind.of("the other matters (其他重要事项)");
    private static final ObjectKind RUNNING_COSTS = ObjectKind.of("the running costs (运行经费)", "kind", "unit",
            "amount");
    private static final ObjectKind PROCUREMENT = ObjectKind.of("the government procurement (政府采购)", "unit",
            "total");
    private static final ObjectKind STATE_ASSETS = ObjectKind.of("the state-owned assets (国有资产占用情况)", "unit");
    private static final ObjectKind VEHICLE = ObjectKind.of("a vehicle holding (车辆)", "label", "count");
    private static final ObjectKind LARGE_EQUIPMENT = ObjectKind.of("the large equipment counts (大型设备)",
            "atLeast500Thousand", "atLeast1Million");
    private static final ObjectKind PLANNED_PURCHASES = ObjectKind.of("the planned asset purchases (购置资产)",
            "vehicleFundsArranged");
    private static final ObjectKind PERFORMANCE_SUMMARY = ObjectKind.of("the performance summary (预算绩效情况)", "unit",
            "overallTargetCount", "overallTargetAmount", "fiscalProjectCount", "fiscalProjectAmount",
            "nonFiscalProjectCount", "nonFiscalProjectAmount");
    private static final ObjectKind OVERALL_TARGET = ObjectKind.of("an overall performance target sheet (整体绩效目标表)",
            "entityName", "annualGoalsText", "funding");
    private static final ObjectKind OVERALL_FUNDING = ObjectKind.of("the funding (资金情况)", "unit",
            "fiscalFromHigherLevel", "fiscalFromOwnLevel", "otherFunds");
    private static final ObjectKind PROJECT_TARGET = ObjectKind.of("a project performance target sheet (项目支出绩效目标表)",
            "budgetUnit", "projectName", "funding", "overallGoal");
    private static final ObjectKind PROJECT_FUNDING = ObjectKind.of("the funding (项目资金)", "unit", "total",
            "fiscalAppropriation", "otherFunds");
    private static final ObjectKind INDICATOR = ObjectKind.of("a performance indicator (绩效指标)", "firstLevel",
            "secondLevel", "name", "target");
    private static final ObjectKind FIRST_LEVEL = ObjectKind.of("a first-level indicator (一级指标)", "printedText");
    private static final ObjectKind SECOND_LEVEL = ObjectKind.of("a second-level indicator (二级指标)", "printedText");
    private static final ObjectKind TARGET = ObjectKind.of("a target value (指标值)", "text", "normalizedText", "form");

    /** The constants of an enum, whose names are spelled in the format as they are in Java. */
    private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    private final JsonParser p;
    private final String source;
    private final long firstLine;
    private final boolean ignoreUnknown;
    /** Whether objects and field names remember where they are, for errors: see {@link #readOrRefuse}. */
    private final boolean locating;
    private String table;
    /** The kind of the table being read. */
    private ObjectKind tableKind;
    /** The objects being read, outermost first: see {@link Fields}. */
    private Fields[] open = new Fields[16];
    private int depth;

    private DisclosureJsonReader(JsonParser p, String source, long firstLine, boolean ignoreUnknown,
            boolean locating) {
        this.p = p;
        this.source = source;
        this.firstLine = firstLine;
        this.ignoreUnknown = ignoreUnknown;
        this.locating = locating;
    }

    /** Reads one value, the parser on its first token; leaves the parser on its last token. */
    @FunctionalInterface
    private interface Value<T> {
        T read() throws IOException;
    }

    /**
     * Reads one disclosure: the parser must be before the document's first token, and nothing but white space may
     * follow the document.
     *
     * @param p the parser, not null; not closed
     * @param source the name of the input for messages, not null
     * @param firstLine the line of the source on which the parser's input starts (1 for a whole document, the line
     *     number for a line of JSON Lines)
     * @param ignoreUnknown whether fields the format does not define are skipped rather than refused
     * @return the disclosure, never null
     * @throws ReadException if the input is not a valid document of the format
     * @throws IOException if reading fails for another reason than the input's content
     */
    public static BudgetDisclosure read(JsonParser p, String source, long firstLine, boolean ignoreUnknown)
            throws IOException {
        return read(new DisclosureJsonReader(p, source, firstLine, ignoreUnknown, true));
    }

    /**
     * Reads one disclosure as {@link #read(JsonParser, String, long, boolean)} does, accepting exactly the same
     * documents, but without remembering where each object and field name starts: its errors may lack a line and
     * column. For a caller that reads a refused document again with {@link #read(JsonParser, String, long, boolean)}
     * to report the problem.
     *
     * @param p the parser, not null; not closed
     * @param source the name of the input for messages, not null
     * @param ignoreUnknown whether fields the format does not define are skipped rather than refused
     * @return the disclosure, never null
     * @throws ReadException if the input is not a valid document of the format
     * @throws IOException if reading fails for another reason than the input's content
     */
    public static BudgetDisclosure readOrRefuse(JsonParser p, String source, boolean ignoreUnknown)
            throws IOException {
        return read(new DisclosureJsonReader(p, source, 1, ignoreUnknown, false));
    }

    private static BudgetDisclosure read(DisclosureJsonReader reader) throws IOException {
        JsonParser p = reader.p;
        String source = reader.source;
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw reader.error("the input is empty", "a JSON object with \"format\": \"" + JsonNames.FORMAT + "\"")
                        .build();
            }
            BudgetDisclosure disclosure = reader.disclosure();
            JsonToken after = p.nextToken();
            if (after != null) {
                throw reader.error("there is more after the disclosure's closing }",
                        "one disclosure per document (use JSON Lines for many)").build();
            }
            return disclosure;
        } catch (JsonProcessingException e) {
            throw reader.malformed(e);
        } catch (CharacterCodingException e) {
            throw reader.at(ReadException.builder(source, "the input is not valid text: " + e.getMessage()),
                    p.currentLocation(), reader.pointer())
                    .expected("JSON encoded as UTF-8 (or UTF-16)").cause(e).build();
        }
    }

    // ---------------------------------------------------------------------------------------------------- errors

    private ReadException malformed(JsonProcessingException e) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String message = e.getOriginalMessage();
        String expected;
        if (e instanceof StreamConstraintsException) {
            message = "the input exceeds a safety limit: " + message;
            expected = "a disclosure document within the limits of the yusuan JSON format (see docs/json-format.md)";
        } else {
            message = "malformed JSON: " + firstLineOf(message);
            expected = "well-formed JSON (RFC 8259)";
        }
        return at(ReadException.builder(source, message), location, pointer()).expected(expected).cause(e).build();
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** An error about the current token. */
    private ReadException.Builder error(String problem, String expected) {
        return at(ReadException.builder(source, problem), p.currentTokenLocation(), pointer()).expected(expected);
    }

    private ReadException.Builder at(ReadException.Builder builder, JsonLocation location, String path) {
        if (location != null && location.getLineNr() > 0) {
            builder.line(firstLine - 1 + location.getLineNr());
            if (location.getColumnNr() > 0) {
                builder.column(location.getColumnNr());
            }
        }
        return builder.field(path.isEmpty() ? "/" : path).table(table);
    }

    /** The JSON Pointer of the current token's value. */
    private String pointer() {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        return context.pathAsPointer().toString();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private ReadException wrongType(String expected) {
        String found = describe(p.currentToken());
        if (p.currentToken() == JsonToken.VALUE_STRING || p.currentToken() == JsonToken.VALUE_NUMBER_INT
                || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            try {
                found += " (" + Decimals.abbreviate(p.getText()) + ")";
            } catch (IOException e) {
                // the value's text is only for the message
            }
        }
        return error("found " + found, expected).build();
    }

    private void expect(JsonToken token, String expected) {
        if (p.currentToken() != token) {
            throw wrongType(expected);
        }
    }

    private boolean isNull() {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    // --------------------------------------------------------------------------------------------- structure

    /**
     * Starts reading an object, the parser on its first token: see {@link Fields}.
     *
     * @param kind the kind of the object: a constant
     */
    private Fields fields(ObjectKind kind) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(kind.what() + " as a JSON object {…}");
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        Fields o = open[depth];
        if (o == null) {
            o = new Fields();
            open[depth] = o;
        }
        o.open(kind);
        depth++;
        return o;
    }

    /**
     * One JSON object being read, field by field, as
     * {@code Fields o = fields(KIND); while (o.next()) { switch (o.name()) { case … default -> o.unknown(); } }
     * return o.build(builder, …);}. Each field may be given once; unknown fields are refused (or skipped when so
     * configured); required fields that are missing are refused, naming them.
     *
     * <p>The fields read so far are one bit each in a {@code long}, the bits their {@link ObjectKind} gives them:
     * whether a field was given twice, or a required one is missing, is a test of bits. Reading costs no allocation
     * per field.
     *
     * <p>Objects nest, so one {@code Fields} per depth serves every object read at that depth ({@link #open}): an
     * object's is taken when it starts and given back when it ends, after which only {@link #build} may use it (the
     * next object at that depth starts only after that). Reading costs no allocation per object either.
     *
     * <p>Each name is first compared, where the bytes are, with the name the field at the same position had in the
     * last object of the same kind ({@link ObjectKind#predicted}); only when it differs is it parsed and looked up.
     */
    private final class Fields {
        private ObjectKind kind;
        private JsonLocation start;
        /** The name of the field whose value the parser is on. */
        private String name;
        /** The kind's field of {@link #name}, or null if the kind has not learned it (so it was not read before). */
        private ObjectKind.Field field;
        private JsonLocation nameLocation;
        /** Whether the field whose value the parser is on was read as one of the kind's (not {@link #unknown()}). */
        private boolean known;
        /** The bits of the fields read in this object: see {@link ObjectKind.Field#bit()}. */
        private long seen;
        /** The number of fields read so far in this object. */
        private int index;
        /** Whether {@link #field} was the predicted one. */
        private boolean predicted;

        /** Starts an object, the parser on its {. */
        void open(ObjectKind kind) {
            this.kind = kind;
            this.start = locating ? p.currentTokenLocation() : null;
            this.name = null;
            this.field = null;
            this.nameLocation = null;
            this.known = false;
            this.seen = 0;
            this.index = 0;
        }

        /**
         * Moves to the next field's value.
         *
         * @return true on a field's value ({@link #name()} names it), false after the object's closing }
         */
        boolean next() throws IOException {
            // Kept small, with the rarer cases in methods of their own, so that it is inlined where it is called.
            if (known) {
                if (predicted) {
                    seen |= field.bit();
                } else {
                    learnUnpredicted();
                }
            }
            known = false;
            ObjectKind.Field expected = kind.predicted(index);
            if (expected != null && p.nextFieldName(expected.encoded())) {
                // The bytes were the predicted name: Jackson neither parsed nor looked it up.
                field = expected;
                name = expected.name();
                predicted = true;
            } else if (!isUnpredictedName(expected)) {
                return false;
            }
            index++;
            if (locating) {
                nameLocation = p.currentTokenLocation();
            }
            // A name read before in this object was read as the kind's, so the kind has learned it.
            if (field != null && (seen & field.bit()) != 0) {
                throw givenTwice();
            }
            p.nextToken();
            known = true;
            return true;
        }

        /** Counts the field just read, which was not the predicted one, and records it for the next object. */
        private void learnUnpredicted() {
            ObjectKind.Field read = field != null ? field : kind.learn(name);
            seen |= read.bit();
            kind.record(index - 1, read);
        }

        /**
         * Moves to the next field's name when it was not the predicted one.
         *
         * @param expected the predicted field, which Jackson found not to be next; null if there was none
         * @return true on a field's name, false after the object's closing } (the object ended)
         */
        private boolean isUnpredictedName(ObjectKind.Field expected) throws IOException {
            JsonToken token = expected == null ? p.nextToken() : p.currentToken();
            if (token != JsonToken.FIELD_NAME) {
                if (token != JsonToken.END_OBJECT) {
                    throw error("unexpected " + describe(token) + " in " + kind.what(), "a field name or }").build();
                }
                end();
                return false;
            }
            name = p.currentName();
            field = kind.field(name);
            predicted = false;
            return true;
        }

        private ReadException givenTwice() {
            // On the field name, the pointer is the field's: /path/to/object/name.
            return at(ReadException.builder(source, "the field \"" + name + "\" is given twice in " + kind.what()),
                    nameLocation, pointer())
                    .expected("each field once (a document has no \"last one wins\")")
                    .build();
        }

        /** The name of the field whose value the parser is on. */
        String name() {
            return name;
        }

        /** The field is not one of the format's: refused, or skipped when so configured. */
        void unknown() throws IOException {
            known = false;
            if (ignoreUnknown) {
                p.skipChildren();
                return;
            }
            // On the field's value, the pointer is the field's: /path/to/object/name.
            throw at(ReadException.builder(source, "unknown field \"" + Decimals.abbreviate(name) + "\" in "
                    + kind.what()), nameLocation, pointer())
                    .expected("only the fields of the yusuan JSON format version " + JsonNames.VERSION
                            + " (read with withUnknownFieldsIgnored() to skip others)")
                    .build();
        }

        private void end() {
            String missing = kind.missing(seen);
            if (missing != null) {
                // On the closing }, the parser is back in the parent, whose pointer is this object's.
                throw at(ReadException.builder(source, "missing field \"" + missing + "\" in " + kind.what()), start,
                        pointer() + "/" + missing)
                        .expected("\"" + missing + "\" (a required field of " + kind.what() + ")")
                        .build();
            }
            depth--;
        }

        /**
         * Builds the model value once the object has ended, turning the model's own refusal into a read error at
         * the object's start.
         */
        <B, T> T build(B builder, Function<B, T> build) {
            try {
                return build.apply(builder);
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                // The parser is on the object's closing }, back in the parent, whose pointer is the object's.
                throw at(ReadException.builder(source, kind.what() + " is not valid: " + e.getMessage()), start,
                        pointer())
                        .expected(kind.what() + " as the budget model allows it")
                        .cause(e)
                        .build();
            }
        }
    }

    /**
     * Reads an array (null being an empty one), giving each element as it is read to {@code add}: straight into the
     * builder of the value that holds the list, which is the only copy made.
     */
    private <T> void array(String what, Value<T> element, Consumer<T> add) throws IOException {
        if (isNull()) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(what + " as a JSON array […]");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw error("the input ends inside " + what, "]").build();
            }
            add.accept(element.read());
        }
    }

    // -------------------------------------------------------------------------------------------------- scalars

    private String string() throws IOException {
        expect(JsonToken.VALUE_STRING, "a string");
        return p.getText();
    }

    private Optional<String> optionalString() throws IOException {
        return isNull() ? Optional.empty() : Optional.of(string());
    }

    private int integer() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType("a whole number such as 45");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw error("the number " + Decimals.abbreviate(p.getText()) + " is too large",
                    "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE).build();
        }
        return p.getIntValue();
    }

    private Optional<Integer> optionalInteger() throws IOException {
        return isNull() ? Optional.empty() : Optional.of(integer());
    }

    private boolean bool() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_TRUE && p.currentToken() != JsonToken.VALUE_FALSE) {
            throw wrongType("true or false");
        }
        return p.currentToken() == JsonToken.VALUE_TRUE;
    }

    private BigDecimal decimal() throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(Decimals.EXPECTED);
        }
        // The text is checked before it becomes a number, so 1e1000000000 never reaches any arithmetic. It is
        // read where the parser holds it: no String per amount.
        char[] text = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        if (!Decimals.isAcceptable(text, offset, length)) {
            throw error(Decimals.problemWithText(p.getText()), Decimals.EXPECTED).build();
        }
        return Decimals.parse(text, offset, length);
    }

    private Optional<BigDecimal> optionalDecimal() throws IOException {
        return isNull() ? Optional.empty() : Optional.of(decimal());
    }

    private <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(expectedConstant(type));
        }
        // Compared where the parser holds the text: no String per value (an enum has a dozen constants at most).
        Enum<?> constant = named(CONSTANTS.get(type), p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (constant != null) {
            return type.cast(constant);
        }
        throw error("unknown value \"" + Decimals.abbreviate(p.getText()) + "\"", expectedConstant(type)).build();
    }

    /**
     * The constant whose name is exactly the text: what a look-up of the text in a map by name finds.
     *
     * @return the constant, or null if none has that name
     */
    static Enum<?> named(Enum<?>[] constants, char[] text, int offset, int length) {
        for (Enum<?> constant : constants) {
            String name = constant.name();
            if (name.length() == length && isAt(name, text, offset)) {
                return constant;
            }
        }
        return null;
    }

    private static boolean isAt(String name, char[] text, int offset) {
        for (int i = 0; i < name.length(); i++) {
            if (text[offset + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String expectedConstant(Class<? extends Enum<?>> type) {
        return "one of " + Arrays.stream(type.getEnumConstants()).map(e -> "\"" + e.name() + "\"")
                .collect(Collectors.joining(", "));
    }

    private MoneyUnit unit() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(UNIT_EXPECTED);
        }
        String text = p.getText();
        for (MoneyUnit unit : UNITS) {
            if (JsonNames.unit(unit).equals(text)) {
                return unit;
            }
        }
        throw error("unknown unit \"" + Decimals.abbreviate(text) + "\"", UNIT_EXPECTED).build();
    }

    private LocalDate date() throws IOException {
        String expected = "an ISO date such as \"2024-02-01\"";
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(expected);
        }
        String text = p.getText();
        if (isIsoDateShaped(text)) {
            try {
                // What LocalDate.parse accepts in this shape, without its formatter's cost.
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (DateTimeException e) {
                // Not a date: LocalDate.parse says why, below.
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error("\"" + text + "\" is not a date", expected).cause(e).build();
            }
        }
        throw error("\"" + Decimals.abbreviate(text) + "\" is not a date", expected).build();
    }

    private Optional<LocalDate> optionalDate() throws IOException {
        return isNull() ? Optional.empty() : Optional.of(date());
    }

    /** The digits of a code: a string of 3, 5, … up to {@code maxLength} ASCII digits. */
    private String codeDigits(int maxLength, String expected) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(expected + " (a string, so that leading zeros are kept)");
        }
        String text = p.getText();
        if (!isCodeDigits(text, maxLength)) {
            throw error("\"" + Decimals.abbreviate(text) + "\" is not a code's digits", expected).build();
        }
        return text;
    }

    /** Whether text is 3, 5, … up to maxLength ASCII digits (the regular expression [0-9]{3}([0-9]{2})*). */
    static boolean isCodeDigits(String text, int maxLength) {
        int length = text.length();
        if (length < 3 || length > maxLength || length % 2 == 0) {
            return false;
        }
        return isAsciiDigits(text, 0, length);
    }

    /** Whether text has the shape of an ISO date, digits and hyphens (the regular expression [0-9]{4}-[0-9]{2}-[0-9]{2}). */
    static boolean isIsoDateShaped(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && isAsciiDigits(text, 0, 4)
                && isAsciiDigits(text, 5, 7) && isAsciiDigits(text, 8, 10);
    }

    private static boolean isAsciiDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private Optional<FunctionalCode> optionalFunctionalCode() throws IOException {
        if (isNull()) {
            return Optional.empty();
        }
        String expected = "a functional classification code (功能分类科目编码) of 3, 5 or 7 digits such as \"2010301\"";
        String digits = codeDigits(FUNCTIONAL_MAX_DIGITS, expected);
        try {
            return Optional.of(FunctionalCode.parse(digits));
        } catch (CodeFormatException e) {
            throw error("\"" + digits + "\" is not a code: " + e.reason(), expected).cause(e).build();
        }
    }

    private Optional<EconomicCode> optionalEconomicCode() throws IOException {
        if (isNull()) {
            return Optional.empty();
        }
        String expected = "an economic classification code (经济分类科目编码) of 3 or 5 digits such as \"30101\"";
        String digits = codeDigits(ECONOMIC_MAX_DIGITS, expected);
        try {
            return Optional.of(EconomicCode.parse(digits));
        } catch (CodeFormatException e) {
            throw error("\"" + digits + "\" is not a code: " + e.reason(), expected).cause(e).build();
        }
    }

    /**
     * Reads an {@code amounts} object straight into the builder of its row (no map of its own, which the builder
     * would only copy): each printed amount is given to {@code put} as it is read.
     */
    private <C extends Enum<C> & AmountColumn> void amounts(AmountsKind<C> amounts, BiConsumer<C, BigDecimal> put)
            throws IOException {
        Map<String, C> keys = amounts.columns();
        Fields o = fields(amounts.kind());
        while (o.next()) {
            C column = keys.get(o.name());
            if (column == null) {
                o.unknown();
            } else if (!isNull()) {
                put.accept(column, decimal());
            }
        }
    }

    // -------------------------------------------------------------------------------------------- the document

    private BudgetDisclosure disclosure() throws IOException {
        var b = BudgetDisclosure.builder();
        Fields o = fields(DISCLOSURE);
        while (o.next()) {
            switch (o.name()) {
                case "format" -> {
                    String format = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
                    if (!JsonNames.FORMAT.equals(format)) {
                        throw error("this is not a yusuan disclosure document (format "
                                + (format == null ? describe(p.currentToken()) : "\"" + Decimals.abbreviate(format)
                                + "\"") + ")", "\"format\": \"" + JsonNames.FORMAT + "\"").build();
                    }
                }
                case "version" -> {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() != JsonNames.VERSION) {
                        throw error("unsupported format version " + Decimals.abbreviate(p.getText()),
                                "\"version\": " + JsonNames.VERSION + " (this reader reads version "
                                + JsonNames.VERSION + " only)").build();
                    }
                }
                case "entityName" -> b.entityName(string());
                case "entityKind" -> b.entityKind(constant(EntityKind.class));
                case "fiscalYear" -> b.fiscalYear(integer());
                case "publicationDate" -> b.publicationDate(optionalDate());
                case "subUnits" -> array("subUnits", this::string, b::addSubUnits);
                case "overview" -> b.overview(isNull() ? Optional.empty() : Optional.of(overview()));
                case "tables" -> {
                    if (!isNull()) {
                        tables(b);
                    }
                }
                case "narrativeSections" -> array("narrativeSections", this::narrative, b::addNarrativeSections);
                case "otherMatters" -> b.otherMatters(isNull() ? Optional.empty() : Optional.of(otherMatters()));
                case "overallPerformanceTargets" ->
                        array("overallPerformanceTargets", this::overallTarget, b::addOverallPerformanceTargets);
                case "projectPerformanceTargets" ->
                        array("projectPerformanceTargets", this::projectTarget, b::addProjectPerformanceTargets);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private Overview overview() throws IOException {
        var b = Overview.builder();
        Fields o = fields(OVERVIEW);
        while (o.next()) {
            switch (o.name()) {
                case "mainFunctions" -> array("mainFunctions", this::string, b::addMainFunctions);
                case "internalStructure" -> b.internalStructure(optionalString());
                case "subordinateUnits" -> array("subordinateUnits", this::string, b::addSubordinateUnits);
                case "staffing" -> b.staffing(isNull() ? Optional.empty() : Optional.of(staffing()));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private Staffing staffing() throws IOException {
        var b = Staffing.builder();
        Fields o = fields(STAFFING);
        while (o.next()) {
            switch (o.name()) {
                case "authorizedPosts" -> b.authorizedPosts(integer());
                case "actualHeadcount" -> b.actualHeadcount(integer());
                case "inService" -> b.inService(isNull() ? Optional.empty() : Optional.of(staffChange()));
                case "retired" -> b.retired(isNull() ? Optional.empty() : Optional.of(staffChange()));
                case "veteranRetired" -> b.veteranRetired(isNull() ? Optional.empty() : Optional.of(staffChange()));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private StaffChange staffChange() throws IOException {
        var b = StaffChange.builder();
        Fields o = fields(STAFF_CHANGE);
        while (o.next()) {
            switch (o.name()) {
                case "count" -> b.count(integer());
                case "change" -> b.change(optionalInteger());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private NarrativeSection narrative() throws IOException {
        var b = NarrativeSection.builder();
        Fields o = fields(NARRATIVE);
        while (o.next()) {
            switch (o.name()) {
                case "title" -> b.title(string());
                case "text" -> b.text(string());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    // ------------------------------------------------------------------------------------------------- tables

    private void tables(org.yusuan.model.ImmutableBudgetDisclosure.Builder d) throws IOException {
        Map<String, TableKind> kinds = JsonNames.keys(TableKind.class);
        Fields o = fields(TABLES);
        while (o.next()) {
            TableKind kind = kinds.get(o.name());
            if (kind == null) {
                o.unknown();
                continue;
            }
            if (isNull()) {
                continue;
            }
            table = TABLE_NAMES[kind.ordinal()];
            tableKind = TABLE_KINDS[kind.ordinal()];
            switch (kind) {
                case REVENUE_EXPENDITURE_SUMMARY -> d.revenueExpenditureSummary(revenueExpenditureSummary());
                case REVENUE_SUMMARY -> d.revenueSummary(revenueSummary());
                case EXPENDITURE_SUMMARY -> d.expenditureSummary(expenditureSummary());
                case FISCAL_APPROPRIATION_SUMMARY -> d.fiscalAppropriationSummary(fiscalAppropriationSummary());
                case GENERAL_BUDGET_EXPENDITURE -> d.generalBudgetExpenditure(generalBudgetExpenditure());
                case GENERAL_BUDGET_BASIC_EXPENDITURE -> d.generalBudgetBasicExpenditure(basicExpenditure());
                case GENERAL_BUDGET_PROJECT_EXPENDITURE -> d.generalBudgetProjectExpenditure(projectExpenditure());
                case GOVERNMENT_FUND_EXPENDITURE -> d.governmentFundExpenditure(governmentFundExpenditure());
                case STATE_CAPITAL_EXPENDITURE -> d.stateCapitalExpenditure(stateCapitalExpenditure());
                case THREE_PUBLIC_EXPENSES -> d.threePublicExpenses(threePublicExpenses());
                case CARRYOVER_DETAIL -> d.carryoverDetail(carryoverDetail());
            }
            table = null;
        }
    }

    private RevenueExpenditureSummary revenueExpenditureSummary() throws IOException {
        var b = RevenueExpenditureSummary.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "incomeLines" -> array("incomeLines", this::summaryIncomeLine, b::addIncomeLines);
                case "incomeTotal" -> b.incomeTotal(isNull() ? Optional.empty() : Optional.of(totals(SUMMARY_AMOUNTS)));
                case "expenditureLines" ->
                        array("expenditureLines", this::summaryExpenditureLine, b::addExpenditureLines);
                case "expenditureTotal" -> b.expenditureTotal(isNull() ? Optional.empty() : Optional.of(totals(SUMMARY_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FiscalAppropriationSummary fiscalAppropriationSummary() throws IOException {
        var b = FiscalAppropriationSummary.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "incomeLines" -> array("incomeLines", this::fiscalIncomeLine, b::addIncomeLines);
                case "incomeTotal" -> b.incomeTotal(isNull() ? Optional.empty() : Optional.of(totals(FISCAL_INCOME_AMOUNTS)));
                case "expenditureLines" ->
                        array("expenditureLines", this::fiscalExpenditureLine, b::addExpenditureLines);
                case "expenditureTotal" -> b.expenditureTotal(isNull() ? Optional.empty() : Optional.of(totals(FISCAL_EXPENDITURE_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private RevenueSummary revenueSummary() throws IOException {
        var b = RevenueSummary.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::revenueRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(REVENUE_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ExpenditureSummary expenditureSummary() throws IOException {
        var b = ExpenditureSummary.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::expenditureRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(EXPENDITURE_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GeneralBudgetExpenditure generalBudgetExpenditure() throws IOException {
        var b = GeneralBudgetExpenditure.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::expenditureRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(EXPENDITURE_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GeneralBudgetBasicExpenditure basicExpenditure() throws IOException {
        var b = GeneralBudgetBasicExpenditure.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::basicRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(BASIC_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GeneralBudgetProjectExpenditure projectExpenditure() throws IOException {
        var b = GeneralBudgetProjectExpenditure.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::projectRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(PROJECT_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GovernmentFundExpenditure governmentFundExpenditure() throws IOException {
        var b = GovernmentFundExpenditure.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::fundRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(FUND_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private StateCapitalExpenditure stateCapitalExpenditure() throws IOException {
        var b = StateCapitalExpenditure.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::fundRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(FUND_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ThreePublicExpenses threePublicExpenses() throws IOException {
        var b = ThreePublicExpenses.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::threePublicRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(THREE_PUBLIC_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private CarryoverDetail carryoverDetail() throws IOException {
        var b = CarryoverDetail.builder();
        Fields o = fields(tableKind);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> array("rows", this::carryoverRow, b::addRows);
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(CARRYOVER_AMOUNTS)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    // --------------------------------------------------------------------------------------------------- rows

    private <C extends Enum<C> & AmountColumn> TotalsRow<C> totals(AmountsKind<C> amounts) throws IOException {
        var b = TotalsRow.<C>builder();
        Fields o = fields(TOTALS_ROW);
        while (o.next()) {
            switch (o.name()) {
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(amounts, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private SummaryIncomeLine summaryIncomeLine() throws IOException {
        var b = SummaryIncomeLine.builder();
        Fields o = fields(SUMMARY_INCOME_LINE);
        while (o.next()) {
            switch (o.name()) {
                case "item" -> b.item(isNull() ? Optional.empty() : Optional.of(constant(IncomeItem.class)));
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(SUMMARY_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private SummaryExpenditureLine summaryExpenditureLine() throws IOException {
        var b = SummaryExpenditureLine.builder();
        Fields o = fields(SUMMARY_EXPENDITURE_LINE);
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(SUMMARY_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FiscalIncomeLine fiscalIncomeLine() throws IOException {
        var b = FiscalIncomeLine.builder();
        Fields o = fields(FISCAL_INCOME_LINE);
        while (o.next()) {
            switch (o.name()) {
                case "item" -> b.item(isNull() ? Optional.empty() : Optional.of(constant(FiscalIncomeItem.class)));
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(FISCAL_INCOME_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FiscalExpenditureLine fiscalExpenditureLine() throws IOException {
        var b = FiscalExpenditureLine.builder();
        Fields o = fields(FISCAL_EXPENDITURE_LINE);
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(FISCAL_EXPENDITURE_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private RevenueRow revenueRow() throws IOException {
        var b = RevenueRow.builder();
        Fields o = fields(REVENUE_ROW);
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(REVENUE_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ExpenditureRow expenditureRow() throws IOException {
        var b = ExpenditureRow.builder();
        Fields o = fields(EXPENDITURE_ROW);
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(EXPENDITURE_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private BasicExpenditureRow basicRow() throws IOException {
        var b = BasicExpenditureRow.builder();
        Fields o = fields(BASIC_ROW);
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalEconomicCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(BASIC_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ProjectExpenditureRow projectRow() throws IOException {
        var b = ProjectExpenditureRow.builder();
        Fields o = fields(PROJECT_ROW);
        while (o.next()) {
            switch (o.name()) {
                case "rowKind" -> b.rowKind(constant(ProjectRowKind.class));
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "projectName" -> b.projectName(optionalString());
                case "subUnit" -> b.subUnit(optionalString());
                case "amounts" -> amounts(PROJECT_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FundExpenditureRow fundRow() throws IOException {
        var b = FundExpenditureRow.builder();
        Fields o = fields(FUND_ROW);
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(FUND_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ThreePublicExpenseRow threePublicRow() throws IOException {
        var b = ThreePublicExpenseRow.builder();
        Fields o = fields(THREE_PUBLIC_ROW);
        while (o.next()) {
            switch (o.name()) {
                case "item" -> b.item(isNull() ? Optional.empty()
                        : Optional.of(constant(ThreePublicExpenseItem.class)));
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(THREE_PUBLIC_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private CarryoverRow carryoverRow() throws IOException {
        var b = CarryoverRow.builder();
        Fields o = fields(CARRYOVER_ROW);
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(CARRYOVER_AMOUNTS, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    // ------------------------------------------------------------------------------------------ other matters

    private OtherMatters otherMatters() throws IOException {
        var b = OtherMatters.builder();
        Fields o = fields(OTHER_MATTERS);
        while (o.next()) {
            switch (o.name()) {
                case "runningCosts" -> b.runningCosts(isNull() ? Optional.empty() : Optional.of(runningCosts()));
                case "procurement" -> b.procurement(isNull() ? Optional.empty() : Optional.of(procurement()));
                case "stateAssets" -> b.stateAssets(isNull() ? Optional.empty() : Optional.of(stateAssets()));
                case "performanceSummary" -> b.performanceSummary(isNull() ? Optional.empty() : Optional.of(performanceSummary()));
                case "otherNotes" -> b.otherNotes(optionalString());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private RunningCosts runningCosts() throws IOException {
        var b = RunningCosts.builder();
        Fields o = fields(RUNNING_COSTS);
        while (o.next()) {
            switch (o.name()) {
                case "kind" -> b.kind(constant(RunningCostKind.class));
                case "unit" -> b.unit(unit());
                case "amount" -> b.amount(decimal());
                case "changeAmount" -> b.changeAmount(optionalDecimal());
                case "changePercent" -> b.changePercent(optionalDecimal());
                case "reason" -> b.reason(optionalString());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GovernmentProcurement procurement() throws IOException {
        var b = GovernmentProcurement.builder();
        Fields o = fields(PROCUREMENT);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "total" -> b.total(decimal());
                case "goods" -> b.goods(optionalDecimal());
                case "works" -> b.works(optionalDecimal());
                case "services" -> b.services(optionalDecimal());
                case "reservedForSmallAndMedium" -> b.reservedForSmallAndMedium(optionalDecimal());
                case "reservedForSmallAndMicro" -> b.reservedForSmallAndMicro(optionalDecimal());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private StateAssets stateAssets() throws IOException {
        var b = StateAssets.builder();
        Fields o = fields(STATE_ASSETS);
        while (o.next()) {
            switch (o.name()) {
                case "asOfText" -> b.asOfText(optionalString());
                case "asOfDate" -> b.asOfDate(optionalDate());
                case "unit" -> b.unit(unit());
                case "buildingArea" -> b.buildingArea(optionalDecimal());
                case "buildingValue" -> b.buildingValue(optionalDecimal());
                case "vehicleCount" -> b.vehicleCount(optionalInteger());
                case "vehicleValue" -> b.vehicleValue(optionalDecimal());
                case "vehicles" -> array("vehicles", this::vehicle, b::addVehicles);
                case "furnitureValue" -> b.furnitureValue(optionalDecimal());
                case "otherAssetsValue" -> b.otherAssetsValue(optionalDecimal());
                case "largeEquipment" -> b.largeEquipment(isNull() ? Optional.empty() : Optional.of(largeEquipment()));
                case "plannedPurchases" -> b.plannedPurchases(isNull() ? Optional.empty() : Optional.of(plannedPurchases()));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private VehicleHolding vehicle() throws IOException {
        var b = VehicleHolding.builder();
        Fields o = fields(VEHICLE);
        while (o.next()) {
            switch (o.name()) {
                case "label" -> b.label(string());
                case "count" -> b.count(integer());
                case "value" -> b.value(optionalDecimal());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private LargeEquipmentCounts largeEquipment() throws IOException {
        var b = LargeEquipmentCounts.builder();
        Fields o = fields(LARGE_EQUIPMENT);
        while (o.next()) {
            switch (o.name()) {
                case "atLeast500Thousand" -> b.atLeast500Thousand(integer());
                case "atLeast1Million" -> b.atLeast1Million(integer());
                case "measureWord" -> b.measureWord(optionalString());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private PlannedAssetPurchases plannedPurchases() throws IOException {
        var b = PlannedAssetPurchases.builder();
        Fields o = fields(PLANNED_PURCHASES);
        while (o.next()) {
            switch (o.name()) {
                case "vehicleFundsArranged" -> b.vehicleFundsArranged(bool());
                case "vehicleFunds" -> b.vehicleFunds(optionalDecimal());
                case "vehicleCount" -> b.vehicleCount(optionalInteger());
                case "largeEquipment" -> b.largeEquipment(isNull() ? Optional.empty() : Optional.of(largeEquipment()));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private PerformanceSummary performanceSummary() throws IOException {
        var b = PerformanceSummary.builder();
        Fields o = fields(PERFORMANCE_SUMMARY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "overallTargetCount" -> b.overallTargetCount(integer());
                case "overallTargetAmount" -> b.overallTargetAmount(decimal());
                case "fiscalProjectCount" -> b.fiscalProjectCount(integer());
                case "fiscalProjectAmount" -> b.fiscalProjectAmount(decimal());
                case "nonFiscalProjectCount" -> b.nonFiscalProjectCount(integer());
                case "nonFiscalProjectAmount" -> b.nonFiscalProjectAmount(decimal());
                case "note" -> b.note(optionalString());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    // ------------------------------------------------------------------------------------------- performance

    private OverallPerformanceTarget overallTarget() throws IOException {
        var b = OverallPerformanceTarget.builder();
        Fields o = fields(OVERALL_TARGET);
        while (o.next()) {
            switch (o.name()) {
                case "entityName" -> b.entityName(string());
                case "contactPerson" -> b.contactPerson(optionalString());
                case "contactPhone" -> b.contactPhone(optionalString());
                case "annualGoalsText" -> b.annualGoalsText(string());
                case "annualGoals" -> array("annualGoals", this::string, b::addAnnualGoals);
                case "funding" -> b.funding(overallFunding());
                case "indicators" -> array("indicators", this::indicator, b::addIndicators);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private OverallFunding overallFunding() throws IOException {
        var b = OverallFunding.builder();
        Fields o = fields(OVERALL_FUNDING);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "fiscalFromHigherLevel" -> b.fiscalFromHigherLevel(decimal());
                case "fiscalFromOwnLevel" -> b.fiscalFromOwnLevel(decimal());
                case "otherFunds" -> b.otherFunds(decimal());
                case "total" -> b.total(optionalDecimal());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ProjectPerformanceTarget projectTarget() throws IOException {
        var b = ProjectPerformanceTarget.builder();
        Fields o = fields(PROJECT_TARGET);
        while (o.next()) {
            switch (o.name()) {
                case "budgetUnit" -> b.budgetUnit(string());
                case "projectName" -> b.projectName(string());
                case "manager" -> b.manager(optionalString());
                case "funding" -> b.funding(projectFunding());
                case "overallGoal" -> b.overallGoal(string());
                case "indicators" -> array("indicators", this::indicator, b::addIndicators);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ProjectFunding projectFunding() throws IOException {
        var b = ProjectFunding.builder();
        Fields o = fields(PROJECT_FUNDING);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "total" -> b.total(decimal());
                case "fiscalAppropriation" -> b.fiscalAppropriation(decimal());
                case "otherFunds" -> b.otherFunds(decimal());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private PerformanceIndicator indicator() throws IOException {
        var b = PerformanceIndicator.builder();
        Fields o = fields(INDICATOR);
        while (o.next()) {
            switch (o.name()) {
                case "firstLevel" -> b.firstLevel(firstLevel());
                case "secondLevel" -> b.secondLevel(secondLevel());
                case "name" -> b.name(string());
                case "target" -> b.target(target());
                case "basis" -> b.basis(optionalString());
                case "previousYearValue" -> b.previousYearValue(optionalString());
                case "weight" -> b.weight(optionalDecimal());
                case "scoringRule" -> b.scoringRule(optionalString());
                case "evidence" -> b.evidence(optionalString());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FirstLevelCategory firstLevel() throws IOException {
        var b = FirstLevelCategory.builder();
        Fields o = fields(FIRST_LEVEL);
        while (o.next()) {
            switch (o.name()) {
                case "printedText" -> b.printedText(string());
                case "kind" -> b.kind(isNull() ? Optional.empty()
                        : Optional.of(constant(FirstLevelIndicatorKind.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private SecondLevelCategory secondLevel() throws IOException {
        var b = SecondLevelCategory.builder();
        Fields o = fields(SECOND_LEVEL);
        while (o.next()) {
            switch (o.name()) {
                case "printedText" -> b.printedText(string());
                case "kind" -> b.kind(isNull() ? Optional.empty()
                        : Optional.of(constant(SecondLevelIndicatorKind.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private TargetValue target() throws IOException {
        var b = TargetValue.builder();
        Fields o = fields(TARGET);
        while (o.next()) {
            switch (o.name()) {
                case "text" -> b.text(string());
                case "normalizedText" -> b.normalizedText(string());
                case "normalized" -> b.normalized(bool());
                case "form" -> b.form(constant(TargetForm.class));
                case "comparator" -> b.comparator(isNull() ? Optional.empty()
                        : Optional.of(constant(TargetComparator.class)));
                case "number" -> b.number(optionalDecimal());
                case "unit" -> b.unit(optionalString());
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }
}
