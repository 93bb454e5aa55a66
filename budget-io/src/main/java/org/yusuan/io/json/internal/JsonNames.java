package org.yusuan.io.json.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableKind;

/**
 * The stable names of the JSON format: the format marker and version, the key of each table, the key of each amount
 * column, and how enums and units are spelled. Every name is derived here once so the writer, the reader and the
 * schema agree.
 */
public final class JsonNames {

    /** The value of the {@code format} field of every document. */
    public static final String FORMAT = "yusuan-disclosure";

    /** The version of the format this code writes and reads. */
    public static final int VERSION = 1;

    // Computed once per enum: readers and writers ask for them on every row and every amount.
    private static final ClassValue<String[]> CAMEL_CASE = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] keys = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                keys[i] = toCamelCase((Enum<?>) constants[i]);
            }
            return keys;
        }
    };

    private static final ClassValue<Map<String, ?>> KEYS = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            Map<String, Object> keys = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                keys.put(camelCase((Enum<?>) constant), constant);
            }
            return Collections.unmodifiableMap(keys);
        }
    };

    private static final ClassValue<String> AMOUNTS_DESCRIPTION = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return "amounts (" + String.join(", ", KEYS.get(type).keySet()) + ")";
        }
    };

    private JsonNames() {
    }

    /**
     * The camelCase key of an enum constant: {@code FISCAL_SUBTOTAL} is {@code fiscalSubtotal}.
     *
     * @param constant the constant, not null
     * @return the key, never null
     */
    public static String camelCase(Enum<?> constant) {
        return CAMEL_CASE.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    private static String toCamelCase(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /**
     * The key of a table under {@code tables}: {@code revenueSummary} for 表2.
     *
     * @param kind the table, not null
     * @return the key, never null
     */
    public static String tableKey(TableKind kind) {
        return camelCase(kind);
    }

    /**
     * The keys of an enum's constants, in declaration order.
     *
     * @param type the enum, not null
     * @param <E> the enum
     * @return key to constant; iteration in declaration order; immutable
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> Map<String, E> keys(Class<E> type) {
        return (Map<String, E>) KEYS.get(type);
    }

    /**
     * How an error names an {@code amounts} object of a column type: {@code amounts (total, basic, project)}.
     *
     * @param type the column enum, not null
     * @return the description, never null
     */
    public static String amountsDescription(Class<? extends Enum<?>> type) {
        return AMOUNTS_DESCRIPTION.get(type);
    }

    /**
     * How a unit is written: its printed label, {@code 元} or {@code 万元}.
     *
     * @param unit the unit, not null
     * @return the label, never null
     */
    public static String unit(MoneyUnit unit) {
        return Objects.requireNonNull(unit, "unit").label();
    }
}
