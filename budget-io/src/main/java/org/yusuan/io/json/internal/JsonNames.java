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

    private JsonNames() {
    }

    /**
     * The camelCase key of an enum constant: {@code FISCAL_SUBTOTAL} is {@code fiscalSubtotal}.
     *
     * @param constant the constant, not null
     * @return the key, never null
     */
    public static String camelCase(Enum<?> constant) {
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
    public static <E extends Enum<E>> Map<String, E> keys(Class<E> type) {
        Map<String, E> keys = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            keys.put(camelCase(constant), constant);
        }
        return Collections.unmodifiableMap(keys);
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
