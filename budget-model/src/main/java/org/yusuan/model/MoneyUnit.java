package org.yusuan.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The unit a table states its amounts in (金额单位): 元 or 万元. Conversion between units is exact.
 */
public enum MoneyUnit {
    /** 元: one yuan. */
    YUAN("元", 0),
    /** 万元: ten thousand yuan, the unit of most disclosure tables. */
    TEN_THOUSAND_YUAN("万元", 4);

    private final String label;
    private final int powerOfTen;

    MoneyUnit(String label, int powerOfTen) {
        this.label = label;
        this.powerOfTen = powerOfTen;
    }

    /**
     * The unit as printed: 元 or 万元.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Converts an amount stated in this unit into another, exactly: 1,491.86 万元 is 14,918,600 元 (written with the
     * scale that keeps every digit, {@code 14918600.00}), 2,562,500 元 is 256.25 万元.
     *
     * @param amount an amount in this unit, not null
     * @param target the unit to convert to, not null
     * @return the same amount in the target unit, never null
     * @throws NullPointerException if an argument is null
     */
    public BigDecimal convert(BigDecimal amount, MoneyUnit target) {
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(target, "target unit must not be null");
        return amount.movePointRight(powerOfTen - target.powerOfTen);
    }

    /**
     * Reads a printed unit: {@code 元}, {@code 万元}, with white space and a leading {@code 单位：} allowed.
     *
     * @param text the printed unit, not null
     * @return the unit, never null
     * @throws IllegalArgumentException if the text names neither 元 nor 万元
     * @throws NullPointerException if text is null
     */
    public static MoneyUnit parse(String text) {
        Objects.requireNonNull(text, "unit text must not be null");
        String folded = text.replaceAll("[\\s\\u00A0\\u3000]", "").replaceFirst("^单位[：:]", "");
        for (MoneyUnit unit : values()) {
            if (unit.label.equals(folded)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown money unit \"" + text + "\": expected 元 or 万元");
    }
}
