package org.yusuan.io.csv.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yusuan.codes.CodeSystem;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;

/**
 * What the CSV shapes know about each of the eleven tables: its sections, which descriptive columns each section
 * fills (standard item, functional or economic code, project and sub-unit), its amount columns and the names all of
 * these are written under.
 */
public final class TableShape {

    /** The descriptive (non-amount) columns of a per-table file, in file order. */
    public enum Descriptor {
        /** 部分: the section of 表1 and 表4 (收入/支出). */
        SECTION("部分", "section"),
        /** 行类型: the row kind. */
        ROW_KIND("行类型", "row_kind"),
        /** 标准项目: the standard item of 表1/表4 income rows and 表10 rows. */
        ITEM("标准项目", "item"),
        /** 功能分类科目编码: the functional code. */
        FUNCTIONAL_CODE("功能分类科目编码", "functional_code"),
        /** 经济分类科目编码: the economic code (表6). */
        ECONOMIC_CODE("经济分类科目编码", "economic_code"),
        /** 名称: the text printed in the row's name column. */
        NAME("名称", "name"),
        /** 项目名称: the project name (表7). */
        PROJECT_NAME("项目名称", "project_name"),
        /** 下属单位: the sub-unit a 表7 row is grouped under. */
        SUB_UNIT("下属单位", "sub_unit");

        private final String label;
        private final String englishLabel;

        Descriptor(String label, String englishLabel) {
            this.label = label;
            this.englishLabel = englishLabel;
        }

        /**
         * The Chinese header.
         *
         * @return the label
         */
        public String label() {
            return label;
        }

        /**
         * The English header.
         *
         * @return the label
         */
        public String englishLabel() {
            return englishLabel;
        }
    }

    /**
     * One section of a table.
     *
     * @param title the Chinese title (收入, 支出, 财政拨款收入, 财政拨款支出; the table label for one-section tables)
     * @param englishTitle the English title
     * @param columns the column enum
     * @param itemType the standard-item enum, or null when the section has none
     * @param codeSystem the code system of its code column, or null when it has none
     * @param projects whether its rows are 表7 project rows (with project name and sub-unit)
     */
    public record Section(String title, String englishTitle, Class<? extends Enum<?>> columns,
            Class<? extends Enum<?>> itemType, CodeSystem codeSystem, boolean projects) {

        /**
         * The amount columns in template order.
         *
         * @return the column constants
         */
        public List<Enum<?>> columnConstants() {
            return COLUMN_CONSTANTS.get(columns);
        }

        /**
         * The row kinds a body row of this section may have.
         *
         * @return the kinds
         */
        public List<RowKind> bodyKinds() {
            return projects ? PROJECT_KINDS : BODY_KINDS;
        }

        /**
         * The row kinds any row of this section may have: {@link #bodyKinds()} then {@link RowKind#TOTAL}.
         *
         * @return the kinds
         */
        public List<RowKind> rowKinds() {
            return projects ? PROJECT_KINDS_AND_TOTAL : BODY_KINDS_AND_TOTAL;
        }

        /**
         * Finds an amount column by its Chinese qualified label or English label.
         *
         * @param name the name
         * @return the column, or empty
         */
        public Optional<Enum<?>> column(String name) {
            return Optional.ofNullable(COLUMN_BY_NAME.get(columns).get(name));
        }
    }

    private static final List<RowKind> BODY_KINDS = List.of(RowKind.BODY);
    private static final List<RowKind> PROJECT_KINDS = List.of(RowKind.PROJECT, RowKind.CLASSIFICATION_SUBTOTAL,
            RowKind.SUB_UNIT_SUBTOTAL);
    private static final List<RowKind> BODY_KINDS_AND_TOTAL = List.of(RowKind.BODY, RowKind.TOTAL);
    private static final List<RowKind> PROJECT_KINDS_AND_TOTAL = List.of(RowKind.PROJECT,
            RowKind.CLASSIFICATION_SUBTOTAL, RowKind.SUB_UNIT_SUBTOTAL, RowKind.TOTAL);

    // Labels are looked up once per amount line and per row, so they are computed once per enum here: the model's
    // qualifiedLabel() and the item path labels build a new string on every call.

    /** The constants of an amount-column or item enum, in declaration order. */
    private static final ClassValue<List<Enum<?>>> COLUMN_CONSTANTS = new ClassValue<>() {
        @Override
        protected List<Enum<?>> computeValue(Class<?> type) {
            return List.of((Enum<?>[]) type.getEnumConstants());
        }
    };

    /** The qualified Chinese label of each amount column, by ordinal. */
    private static final ClassValue<String[]> COLUMN_LABELS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            List<Enum<?>> constants = COLUMN_CONSTANTS.get(type);
            String[] labels = new String[constants.size()];
            for (Enum<?> c : constants) {
                labels[c.ordinal()] = ((AmountColumn) c).qualifiedLabel();
            }
            return labels;
        }
    };

    /**
     * An amount column by either name; the first constant (in declaration order) whose qualified or English label
     * is the name, as a search through the constants would find it.
     */
    private static final ClassValue<Map<String, Enum<?>>> COLUMN_BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Enum<?> c : COLUMN_CONSTANTS.get(type)) {
                byName.putIfAbsent(label(c), c);
                byName.putIfAbsent(englishLabel(c), c);
            }
            return Collections.unmodifiableMap(byName);
        }
    };

    /** The path label of each standard item, by ordinal. */
    private static final ClassValue<String[]> ITEM_LABELS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            List<Enum<?>> constants = COLUMN_CONSTANTS.get(type);
            String[] labels = new String[constants.size()];
            for (Enum<?> item : constants) {
                List<String> parts = new ArrayList<>();
                for (Enum<?> up = item; up != null; up = parent(up)) {
                    parts.add(0, plainLabel(up));
                }
                labels[item.ordinal()] = String.join("/", parts);
            }
            return labels;
        }
    };

    /**
     * A standard item by path label, English label or constant name; the first constant (in declaration order) with
     * any of them, as a search through the constants would find it.
     */
    private static final ClassValue<Map<String, Enum<?>>> ITEM_BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Enum<?> item : COLUMN_CONSTANTS.get(type)) {
                byName.putIfAbsent(itemLabel(item), item);
                byName.putIfAbsent(itemEnglishLabel(item), item);
                byName.putIfAbsent(item.name(), item);
            }
            return Collections.unmodifiableMap(byName);
        }
    };

    private static final Map<TableKind, TableShape> SHAPES = new EnumMap<>(TableKind.class);

    static {
        CodeSystem f = CodeSystem.FUNCTIONAL;
        for (TableKind kind : TableKind.values()) {
            String title = kind.label();
            String en = kind.englishName();
            List<Section> sections = switch (kind) {
                case REVENUE_EXPENDITURE_SUMMARY -> List.of(
                        new Section("收入", "income", SummaryColumn.class, IncomeItem.class, null, false),
                        new Section("支出", "expenditure", SummaryColumn.class, null, f, false));
                case REVENUE_SUMMARY -> List.of(new Section(title, en, RevenueColumn.class, null, f, false));
                case EXPENDITURE_SUMMARY, GENERAL_BUDGET_EXPENDITURE ->
                        List.of(new Section(title, en, ExpenditureColumn.class, null, f, false));
                case FISCAL_APPROPRIATION_SUMMARY -> List.of(
                        new Section("财政拨款收入", "income", FiscalIncomeColumn.class, FiscalIncomeItem.class, null,
                                false),
                        new Section("财政拨款支出", "expenditure", FiscalExpenditureColumn.class, null, f, false));
                case GENERAL_BUDGET_BASIC_EXPENDITURE -> List.of(
                        new Section(title, en, BasicExpenditureColumn.class, null, CodeSystem.ECONOMIC, false));
                case GENERAL_BUDGET_PROJECT_EXPENDITURE ->
                        List.of(new Section(title, en, ProjectExpenditureColumn.class, null, f, true));
                case GOVERNMENT_FUND_EXPENDITURE, STATE_CAPITAL_EXPENDITURE ->
                        List.of(new Section(title, en, FundExpenditureColumn.class, null, f, false));
                case THREE_PUBLIC_EXPENSES -> List.of(
                        new Section(title, en, ThreePublicExpenseColumn.class, ThreePublicExpenseItem.class, null,
                                false));
                case CARRYOVER_DETAIL -> List.of(new Section(title, en, CarryoverColumn.class, null, f, false));
            };
            SHAPES.put(kind, new TableShape(kind, sections));
        }
    }

    private final TableKind kind;
    private final List<Section> sections;
    private final List<Descriptor> descriptors;
    private final Map<String, String> amountColumns;
    private final String displayName;

    private TableShape(TableKind kind, List<Section> sections) {
        this.kind = kind;
        this.displayName = "表" + kind.number() + " " + kind.label();
        this.sections = List.copyOf(sections);
        List<Descriptor> d = new ArrayList<>();
        if (sections.size() > 1) {
            d.add(Descriptor.SECTION);
        }
        d.add(Descriptor.ROW_KIND);
        if (sections.stream().anyMatch(s -> s.itemType() != null)) {
            d.add(Descriptor.ITEM);
        }
        if (sections.stream().anyMatch(s -> s.codeSystem() == CodeSystem.FUNCTIONAL)) {
            d.add(Descriptor.FUNCTIONAL_CODE);
        }
        if (sections.stream().anyMatch(s -> s.codeSystem() == CodeSystem.ECONOMIC)) {
            d.add(Descriptor.ECONOMIC_CODE);
        }
        d.add(Descriptor.NAME);
        if (sections.stream().anyMatch(Section::projects)) {
            d.add(Descriptor.PROJECT_NAME);
            d.add(Descriptor.SUB_UNIT);
        }
        this.descriptors = List.copyOf(d);
        Map<String, String> columns = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Enum<?> c : s.columnConstants()) {
                columns.putIfAbsent(label(c), englishLabel(c));
            }
        }
        this.amountColumns = columns;
    }

    /**
     * The shape of a table.
     *
     * @param kind the table
     * @return its shape
     */
    public static TableShape of(TableKind kind) {
        return SHAPES.get(kind);
    }

    /**
     * The table.
     *
     * @return the kind
     */
    public TableKind kind() {
        return kind;
    }

    /**
     * The sections in model order.
     *
     * @return the sections
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * The descriptive columns of the per-table file, in order.
     *
     * @return the descriptors
     */
    public List<Descriptor> descriptors() {
        return descriptors;
    }

    /**
     * The amount columns of the per-table file, in order: Chinese qualified label to English label; a label shared
     * by both sections of 表1/表4 is one column.
     *
     * @return the columns
     */
    public Map<String, String> amountColumns() {
        return amountColumns;
    }

    /**
     * The table's label for errors: {@code 表6 一般公共预算基本支出情况表}.
     *
     * @return the label
     */
    public String displayName() {
        return displayName;
    }

    /**
     * A table's label for errors.
     *
     * @param kind the table
     * @return {@code 表N label}
     */
    public static String displayName(TableKind kind) {
        return of(kind).displayName;
    }

    /**
     * The stable file name of the table in a per-table folder: {@code t06-general-budget-basic-expenditure.csv}.
     *
     * @return the file name
     */
    public String fileName() {
        return String.format(Locale.ROOT, "t%02d-%s.csv", kind.number(),
                kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * The Chinese label of an amount column, unique within its table: its qualified label.
     *
     * @param column a column constant
     * @return the label
     */
    public static String label(Enum<?> column) {
        return COLUMN_LABELS.get(column.getDeclaringClass())[column.ordinal()];
    }

    /**
     * The English label of an amount column.
     *
     * @param column a column constant
     * @return the label
     */
    public static String englishLabel(Enum<?> column) {
        return ((AmountColumn) column).englishLabel();
    }

    /**
     * The Chinese name of a standard item, with its parents, unique within its enum: {@code 本年收入/一般公共预算拨款}.
     *
     * @param item an IncomeItem, FiscalIncomeItem or ThreePublicExpenseItem
     * @return the path label
     */
    public static String itemLabel(Enum<?> item) {
        return ITEM_LABELS.get(item.getDeclaringClass())[item.ordinal()];
    }

    /**
     * The English name of a standard item.
     *
     * @param item an item
     * @return the label
     */
    public static String itemEnglishLabel(Enum<?> item) {
        if (item instanceof IncomeItem i) {
            return i.englishLabel();
        } else if (item instanceof FiscalIncomeItem i) {
            return i.englishLabel();
        }
        return ((ThreePublicExpenseItem) item).englishLabel();
    }

    private static String plainLabel(Enum<?> item) {
        if (item instanceof IncomeItem i) {
            return i.label();
        } else if (item instanceof FiscalIncomeItem i) {
            return i.label();
        }
        return ((ThreePublicExpenseItem) item).label();
    }

    private static Enum<?> parent(Enum<?> item) {
        if (item instanceof IncomeItem i) {
            return i.parent().orElse(null);
        } else if (item instanceof FiscalIncomeItem i) {
            return i.parent().orElse(null);
        }
        return ((ThreePublicExpenseItem) item).parent().orElse(null);
    }

    /**
     * Reads a standard item by path label, English label or constant name.
     *
     * @param type the item enum
     * @param cell the cell
     * @return the item, or empty when none matches
     */
    public static Optional<Enum<?>> item(Class<? extends Enum<?>> type, String cell) {
        return Optional.ofNullable(ITEM_BY_NAME.get(type).get(cell));
    }

    /**
     * The accepted item names, for errors.
     *
     * @param type the item enum
     * @return the Chinese path labels
     */
    public static String itemNames(Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> item : type.getEnumConstants()) {
            names.add(itemLabel(item));
        }
        return String.join(", ", names);
    }
}
