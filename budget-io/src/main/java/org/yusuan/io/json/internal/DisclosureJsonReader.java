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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
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

    private static final String TABLES = "the tables (" + String.join(", ", JsonNames.keys(TableKind.class).keySet())
            + ")";
    private static final String[] TABLE_NAMES = Arrays.stream(TableKind.values())
            .map(kind -> "表" + kind.number() + " " + kind.label())
            .toArray(String[]::new);
    private static final String[] TABLE_WHATS = Arrays.stream(TABLE_NAMES).map(name -> "the table " + name)
            .toArray(String[]::new);

    // The required fields of each kind of object: one array each, rather than one per object read.
    private static final String[] NONE = {};
    private static final String[] DISCLOSURE_REQUIRED = {"format", "version", "entityName", "entityKind", "fiscalYear"};
    private static final String[] STAFFING_REQUIRED = {"authorizedPosts", "actualHeadcount"};
    private static final String[] STAFF_CHANGE_REQUIRED = {"count"};
    private static final String[] NARRATIVE_REQUIRED = {"title", "text"};
    private static final String[] UNIT_ONLY = {"unit"};
    private static final String[] PROJECT_ROW_REQUIRED = {"rowKind"};
    private static final String[] RUNNING_COSTS_REQUIRED = {"kind", "unit", "amount"};
    private static final String[] PROCUREMENT_REQUIRED = {"unit", "total"};
    private static final String[] VEHICLE_REQUIRED = {"label", "count"};
    private static final String[] LARGE_EQUIPMENT_REQUIRED = {"atLeast500Thousand", "atLeast1Million"};
    private static final String[] PLANNED_PURCHASES_REQUIRED = {"vehicleFundsArranged"};
    private static final String[] PERFORMANCE_SUMMARY_REQUIRED = {"unit", "overallTargetCount", "overallTargetAmount",
        "fiscalProjectCount", "fiscalProjectAmount", "nonFiscalProjectCount", "nonFiscalProjectAmount"};
    private static final String[] OVERALL_TARGET_REQUIRED = {"entityName", "annualGoalsText", "funding"};
    private static final String[] OVERALL_FUNDING_REQUIRED = {"unit", "fiscalFromHigherLevel", "fiscalFromOwnLevel",
        "otherFunds"};
    private static final String[] PROJECT_TARGET_REQUIRED = {"budgetUnit", "projectName", "funding", "overallGoal"};
    private static final String[] PROJECT_FUNDING_REQUIRED = {"unit", "total", "fiscalAppropriation", "otherFunds"};
    private static final String[] INDICATOR_REQUIRED = {"firstLevel", "secondLevel", "name", "target"};
    private static final String[] PRINTED_TEXT_ONLY = {"printedText"};
    private static final String[] TARGET_REQUIRED = {"text", "normalizedText", "form"};

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
    private String tableWhat;
    /** The names of the fields read so far in the open objects: see {@link Fields}. */
    private String[] names = new String[64];
    private int[] hashes = new int[64];
    private int namesTop;
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

    /** Starts reading an object without required fields, the parser on its first token: see {@link Fields}. */
    private Fields fields(String what) {
        return fields(what, NONE);
    }

    /**
     * Starts reading an object, the parser on its first token: see {@link Fields}.
     *
     * @param required the names of the fields the object must have; not copied, so a constant
     */
    private Fields fields(String what, String[] required) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(what + " as a JSON object {…}");
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        Fields o = open[depth];
        if (o == null) {
            o = new Fields();
            open[depth] = o;
        }
        o.open(what, required);
        depth++;
        return o;
    }

    /**
     * One JSON object being read, field by field, as
     * {@code Fields o = fields(what); while (o.next()) { switch (o.name()) { case … default -> o.unknown(); } }
     * return o.build(builder, …);}. Each field may be given once; unknown fields are refused (or skipped when so
     * configured); required fields that are missing are refused, naming them.
     *
     * <p>The names already read are kept on one stack shared by all open objects ({@link #names}): an object's names
     * are above those of the objects it is nested in, and are dropped when it ends. An object has a dozen fields at
     * most, so looking a name up is a short scan; reading costs no allocation per field.
     *
     * <p>Objects nest, so one {@code Fields} per depth serves every object read at that depth ({@link #open}): an
     * object's is taken when it starts and given back when it ends, after which only {@link #build} may use it (the
     * next object at that depth starts only after that). Reading costs no allocation per object either.
     *
     * <p>Each name is first compared, where the bytes are, with the name the field at the same position had in the
     * last object of the same kind ({@link FieldOrder}); only when it differs is it parsed and looked up.
     */
    private final class Fields {
        private String what;
        private String[] required;
        private JsonLocation start;
        private int base;
        private String name;
        private JsonLocation nameLocation;
        private boolean known;
        /**
         * One bit per name read in this object, chosen by its hash code: a name whose bit is clear has not been read,
         * which answers most look-ups without comparing names.
         */
        private long nameBits;
        /** The bit of {@link #name} in {@link #nameBits}. */
        private long nameBit;
        /** The order of the fields of the last object of this kind, to predict each name: see {@link FieldOrder}. */
        private FieldOrder order;
        /** The number of fields read so far in this object. */
        private int index;
        /** Whether {@link #name} was the predicted one. */
        private boolean predicted;

        /** Starts an object, the parser on its {. */
        void open(String what, String[] required) {
            if (what != this.what) {
                order = FieldOrder.of(what);
            }
            this.what = what;
            this.required = required;
            this.start = locating ? p.currentTokenLocation() : null;
            this.base = namesTop;
            this.name = null;
            this.nameLocation = null;
            this.known = false;
            this.nameBits = 0;
            this.index = 0;
        }

        /**
         * Moves to the next field's value.
         *
         * @return true on a field's value ({@link #name()} names it), false after the object's closing }
         */
        boolean next() throws IOException {
            if (known) {
                push(name);
                nameBits |= nameBit;
                if (!predicted) {
                    order.record(index - 1, name);
                }
            }
            known = false;
            SerializableString expected = order.at(index);
            if (expected != null && p.nextFieldName(expected)) {
                // The bytes were the predicted name: Jackson neither parsed nor looked it up.
                name = expected.getValue();
                predicted = true;
            } else {
                JsonToken token = expected == null ? p.nextToken() : p.currentToken();
                if (token != JsonToken.FIELD_NAME) {
                    if (token != JsonToken.END_OBJECT) {
                        throw error("unexpected " + describe(token) + " in " + what, "a field name or }").build();
                    }
                    end();
                    return false;
                }
                name = p.currentName();
                predicted = false;
            }
            index++;
            nameBit = nameBit(name);
            nameLocation = locating ? p.currentTokenLocation() : null;
            if ((nameBits & nameBit) != 0 && isOnStack(name)) {
                // On the field name, the pointer is the field's: /path/to/object/name.
                throw at(ReadException.builder(source, "the field \"" + name + "\" is given twice in " + what),
                        nameLocation, pointer())
                        .expected("each field once (a document has no \"last one wins\")")
                        .build();
            }
            p.nextToken();
            known = true;
            return true;
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
                    + what), nameLocation, pointer())
                    .expected("only the fields of the yusuan JSON format version " + JsonNames.VERSION
                            + " (read with withUnknownFieldsIgnored() to skip others)")
                    .build();
        }

        private void end() {
            for (String field : required) {
                if (!seen(field)) {
                    // On the closing }, the parser is back in the parent, whose pointer is this object's.
                    throw at(ReadException.builder(source, "missing field \"" + field + "\" in " + what), start,
                            pointer() + "/" + field)
                            .expected("\"" + field + "\" (a required field of " + what + ")")
                            .build();
                }
            }
            namesTop = base;
            depth--;
        }

        private boolean seen(String field) {
            return (nameBits & nameBit(field)) != 0 && isOnStack(field);
        }

        private boolean isOnStack(String field) {
            // Names are compared by their (cached) hash codes first: most comparisons are of different names.
            int hash = field.hashCode();
            for (int i = base; i < namesTop; i++) {
                if (hashes[i] == hash && names[i].equals(field)) {
                    return true;
                }
            }
            return false;
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
                throw at(ReadException.builder(source, what + " is not valid: " + e.getMessage()), start, pointer())
                        .expected(what + " as the budget model allows it")
                        .cause(e)
                        .build();
            }
        }
    }

    /** The bit of a name in {@link Fields#nameBits}. */
    private static long nameBit(String name) {
        return 1L << name.hashCode();
    }

    private void push(String name) {
        if (namesTop == names.length) {
            names = Arrays.copyOf(names, names.length * 2);
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        hashes[namesTop] = name.hashCode();
        names[namesTop++] = name;
    }

    private <T> List<T> array(String what, Value<T> element) throws IOException {
        if (isNull()) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(what + " as a JSON array […]");
        }
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw error("the input ends inside " + what, "]").build();
            }
            values.add(element.read());
        }
        return values;
    }

    // -------------------------------------------------------------------------------------------------- scalars

    private String string() throws IOException {
        expect(JsonToken.VALUE_STRING, "a string");
        return p.getText();
    }

    private Optional<String> optionalString() throws IOException {
        return isNull() ? Optional.empty() : Optional.of(string());
    }

    private List<String> strings(String what) throws IOException {
        return array(what, this::string);
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
        return new BigDecimal(text, offset, length);
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
    private <C extends Enum<C> & AmountColumn> void amounts(Class<C> columns, BiConsumer<C, BigDecimal> put)
            throws IOException {
        Map<String, C> keys = JsonNames.keys(columns);
        Fields o = fields(JsonNames.amountsDescription(columns));
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
        Fields o = fields("a disclosure", DISCLOSURE_REQUIRED);
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
                case "subUnits" -> b.addAllSubUnits(strings("subUnits"));
                case "overview" -> b.overview(isNull() ? Optional.empty() : Optional.of(overview()));
                case "tables" -> {
                    if (!isNull()) {
                        tables(b);
                    }
                }
                case "narrativeSections" -> b.addAllNarrativeSections(array("narrativeSections", this::narrative));
                case "otherMatters" -> b.otherMatters(isNull() ? Optional.empty() : Optional.of(otherMatters()));
                case "overallPerformanceTargets" ->
                        b.addAllOverallPerformanceTargets(array("overallPerformanceTargets", this::overallTarget));
                case "projectPerformanceTargets" ->
                        b.addAllProjectPerformanceTargets(array("projectPerformanceTargets", this::projectTarget));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private Overview overview() throws IOException {
        var b = Overview.builder();
        Fields o = fields("the overview (概况)");
        while (o.next()) {
            switch (o.name()) {
                case "mainFunctions" -> b.addAllMainFunctions(strings("mainFunctions"));
                case "internalStructure" -> b.internalStructure(optionalString());
                case "subordinateUnits" -> b.addAllSubordinateUnits(strings("subordinateUnits"));
                case "staffing" -> b.staffing(isNull() ? Optional.empty() : Optional.of(staffing()));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private Staffing staffing() throws IOException {
        var b = Staffing.builder();
        Fields o = fields("the staffing (人员情况)", STAFFING_REQUIRED);
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
        Fields o = fields("a staff group (人数及增减)", STAFF_CHANGE_REQUIRED);
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
        Fields o = fields("a narrative section (情况说明)", NARRATIVE_REQUIRED);
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
            tableWhat = TABLE_WHATS[kind.ordinal()];
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

    private String tableWhat() {
        return tableWhat;
    }

    private RevenueExpenditureSummary revenueExpenditureSummary() throws IOException {
        var b = RevenueExpenditureSummary.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "incomeLines" -> b.addAllIncomeLines(array("incomeLines", this::summaryIncomeLine));
                case "incomeTotal" -> b.incomeTotal(isNull() ? Optional.empty() : Optional.of(totals(SummaryColumn.class)));
                case "expenditureLines" ->
                        b.addAllExpenditureLines(array("expenditureLines", this::summaryExpenditureLine));
                case "expenditureTotal" -> b.expenditureTotal(isNull() ? Optional.empty() : Optional.of(totals(SummaryColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FiscalAppropriationSummary fiscalAppropriationSummary() throws IOException {
        var b = FiscalAppropriationSummary.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "incomeLines" -> b.addAllIncomeLines(array("incomeLines", this::fiscalIncomeLine));
                case "incomeTotal" -> b.incomeTotal(isNull() ? Optional.empty() : Optional.of(totals(FiscalIncomeColumn.class)));
                case "expenditureLines" ->
                        b.addAllExpenditureLines(array("expenditureLines", this::fiscalExpenditureLine));
                case "expenditureTotal" -> b.expenditureTotal(isNull() ? Optional.empty() : Optional.of(totals(FiscalExpenditureColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private RevenueSummary revenueSummary() throws IOException {
        var b = RevenueSummary.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::revenueRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(RevenueColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ExpenditureSummary expenditureSummary() throws IOException {
        var b = ExpenditureSummary.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::expenditureRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(ExpenditureColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GeneralBudgetExpenditure generalBudgetExpenditure() throws IOException {
        var b = GeneralBudgetExpenditure.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::expenditureRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(ExpenditureColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GeneralBudgetBasicExpenditure basicExpenditure() throws IOException {
        var b = GeneralBudgetBasicExpenditure.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::basicRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(BasicExpenditureColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GeneralBudgetProjectExpenditure projectExpenditure() throws IOException {
        var b = GeneralBudgetProjectExpenditure.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::projectRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(ProjectExpenditureColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private GovernmentFundExpenditure governmentFundExpenditure() throws IOException {
        var b = GovernmentFundExpenditure.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::fundRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(FundExpenditureColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private StateCapitalExpenditure stateCapitalExpenditure() throws IOException {
        var b = StateCapitalExpenditure.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::fundRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(FundExpenditureColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ThreePublicExpenses threePublicExpenses() throws IOException {
        var b = ThreePublicExpenses.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::threePublicRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(ThreePublicExpenseColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private CarryoverDetail carryoverDetail() throws IOException {
        var b = CarryoverDetail.builder();
        Fields o = fields(tableWhat(), UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "unit" -> b.unit(unit());
                case "emptyNote" -> b.emptyNote(optionalString());
                case "rows" -> b.addAllRows(array("rows", this::carryoverRow));
                case "totals" -> b.totals(isNull() ? Optional.empty() : Optional.of(totals(CarryoverColumn.class)));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    // --------------------------------------------------------------------------------------------------- rows

    private <C extends Enum<C> & AmountColumn> TotalsRow<C> totals(Class<C> columns) throws IOException {
        var b = TotalsRow.<C>builder();
        Fields o = fields("a totals row (合计行)");
        while (o.next()) {
            switch (o.name()) {
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(columns, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private SummaryIncomeLine summaryIncomeLine() throws IOException {
        var b = SummaryIncomeLine.builder();
        Fields o = fields("an income line");
        while (o.next()) {
            switch (o.name()) {
                case "item" -> b.item(isNull() ? Optional.empty() : Optional.of(constant(IncomeItem.class)));
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(SummaryColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private SummaryExpenditureLine summaryExpenditureLine() throws IOException {
        var b = SummaryExpenditureLine.builder();
        Fields o = fields("an expenditure line");
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(SummaryColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FiscalIncomeLine fiscalIncomeLine() throws IOException {
        var b = FiscalIncomeLine.builder();
        Fields o = fields("an income line");
        while (o.next()) {
            switch (o.name()) {
                case "item" -> b.item(isNull() ? Optional.empty() : Optional.of(constant(FiscalIncomeItem.class)));
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(FiscalIncomeColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FiscalExpenditureLine fiscalExpenditureLine() throws IOException {
        var b = FiscalExpenditureLine.builder();
        Fields o = fields("an expenditure line");
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(FiscalExpenditureColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private RevenueRow revenueRow() throws IOException {
        var b = RevenueRow.builder();
        Fields o = fields("a row");
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(RevenueColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ExpenditureRow expenditureRow() throws IOException {
        var b = ExpenditureRow.builder();
        Fields o = fields("a row");
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(ExpenditureColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private BasicExpenditureRow basicRow() throws IOException {
        var b = BasicExpenditureRow.builder();
        Fields o = fields("a row");
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalEconomicCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(BasicExpenditureColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ProjectExpenditureRow projectRow() throws IOException {
        var b = ProjectExpenditureRow.builder();
        Fields o = fields("a row", PROJECT_ROW_REQUIRED);
        while (o.next()) {
            switch (o.name()) {
                case "rowKind" -> b.rowKind(constant(ProjectRowKind.class));
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "projectName" -> b.projectName(optionalString());
                case "subUnit" -> b.subUnit(optionalString());
                case "amounts" -> amounts(ProjectExpenditureColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private FundExpenditureRow fundRow() throws IOException {
        var b = FundExpenditureRow.builder();
        Fields o = fields("a row");
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(FundExpenditureColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ThreePublicExpenseRow threePublicRow() throws IOException {
        var b = ThreePublicExpenseRow.builder();
        Fields o = fields("a row");
        while (o.next()) {
            switch (o.name()) {
                case "item" -> b.item(isNull() ? Optional.empty()
                        : Optional.of(constant(ThreePublicExpenseItem.class)));
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(ThreePublicExpenseColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private CarryoverRow carryoverRow() throws IOException {
        var b = CarryoverRow.builder();
        Fields o = fields("a row");
        while (o.next()) {
            switch (o.name()) {
                case "code" -> b.code(optionalFunctionalCode());
                case "name" -> b.name(optionalString());
                case "amounts" -> amounts(CarryoverColumn.class, b::putAmounts);
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    // ------------------------------------------------------------------------------------------ other matters

    private OtherMatters otherMatters() throws IOException {
        var b = OtherMatters.builder();
        Fields o = fields("the other matters (其他重要事项)");
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
        Fields o = fields("the running costs (运行经费)", RUNNING_COSTS_REQUIRED);
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
        Fields o = fields("the government procurement (政府采购)", PROCUREMENT_REQUIRED);
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
        Fields o = fields("the state-owned assets (国有资产占用情况)", UNIT_ONLY);
        while (o.next()) {
            switch (o.name()) {
                case "asOfText" -> b.asOfText(optionalString());
                case "asOfDate" -> b.asOfDate(optionalDate());
                case "unit" -> b.unit(unit());
                case "buildingArea" -> b.buildingArea(optionalDecimal());
                case "buildingValue" -> b.buildingValue(optionalDecimal());
                case "vehicleCount" -> b.vehicleCount(optionalInteger());
                case "vehicleValue" -> b.vehicleValue(optionalDecimal());
                case "vehicles" -> b.addAllVehicles(array("vehicles", this::vehicle));
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
        Fields o = fields("a vehicle holding (车辆)", VEHICLE_REQUIRED);
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
        Fields o = fields("the large equipment counts (大型设备)", LARGE_EQUIPMENT_REQUIRED);
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
        Fields o = fields("the planned asset purchases (购置资产)", PLANNED_PURCHASES_REQUIRED);
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
        Fields o = fields("the performance summary (预算绩效情况)", PERFORMANCE_SUMMARY_REQUIRED);
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
        Fields o = fields("an overall performance target sheet (整体绩效目标表)", OVERALL_TARGET_REQUIRED);
        while (o.next()) {
            switch (o.name()) {
                case "entityName" -> b.entityName(string());
                case "contactPerson" -> b.contactPerson(optionalString());
                case "contactPhone" -> b.contactPhone(optionalString());
                case "annualGoalsText" -> b.annualGoalsText(string());
                case "annualGoals" -> b.addAllAnnualGoals(strings("annualGoals"));
                case "funding" -> b.funding(overallFunding());
                case "indicators" -> b.addAllIndicators(array("indicators", this::indicator));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private OverallFunding overallFunding() throws IOException {
        var b = OverallFunding.builder();
        Fields o = fields("the funding (资金情况)", OVERALL_FUNDING_REQUIRED);
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
        Fields o = fields("a project performance target sheet (项目支出绩效目标表)", PROJECT_TARGET_REQUIRED);
        while (o.next()) {
            switch (o.name()) {
                case "budgetUnit" -> b.budgetUnit(string());
                case "projectName" -> b.projectName(string());
                case "manager" -> b.manager(optionalString());
                case "funding" -> b.funding(projectFunding());
                case "overallGoal" -> b.overallGoal(string());
                case "indicators" -> b.addAllIndicators(array("indicators", this::indicator));
                default -> o.unknown();
            }
        }
        return o.build(b, x -> x.build());
    }

    private ProjectFunding projectFunding() throws IOException {
        var b = ProjectFunding.builder();
        Fields o = fields("the funding (项目资金)", PROJECT_FUNDING_REQUIRED);
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
        Fields o = fields("a performance indicator (绩效指标)", INDICATOR_REQUIRED);
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
        Fields o = fields("a first-level indicator (一级指标)", PRINTED_TEXT_ONLY);
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
        Fields o = fields("a second-level indicator (二级指标)", PRINTED_TEXT_ONLY);
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
        Fields o = fields("a target value (指标值)", TARGET_REQUIRED);
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
