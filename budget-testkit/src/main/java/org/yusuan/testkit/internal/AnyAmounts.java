package org.yusuan.testkit.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.yusuan.model.table.AmountColumn;

/**
 * Printed amounts for {@code Disclosures.any()}: scales 0 to 4, negatives, printed zeros (0.00), large and small
 * numbers, and blank cells.
 *
 * <p>A disclosure holds hundreds of cells, so a row's cells are drawn in one step: they do not shrink one by one
 * (rows and tables do). Single amounts elsewhere shrink towards zero.
 */
public final class AnyAmounts {

    private static final long[] MAGNITUDES = {1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000_000L};
    private static final int MODES = 20;

    private AnyAmounts() {
    }

    /**
     * Any printed amount, mostly at scale 2; shrinks towards 0.00.
     *
     * @return an arbitrary of amounts, never null
     */
    public static Arbitrary<BigDecimal> amount() {
        return Arbitraries.longs().between(-20_000_000_000_000L, 20_000_000_000_000L).map(AnyAmounts::decode);
    }

    /** One long carries both the digits and the scale, so that the amount shrinks as one number. */
    private static BigDecimal decode(long v) {
        int mode = (int) Math.floorMod(v, (long) MODES);
        long digits = v / MODES;
        int scale = switch (mode) {
            case 14, 15 -> 0;
            case 16 -> 1;
            case 17 -> 3;
            case 18 -> 4;
            default -> 2;
        };
        return BigDecimal.valueOf(digits, scale);
    }

    /**
     * The printed cells of a row: each column blank or printed.
     *
     * @param columns the table's column enum
     * @param <C> the column type
     * @return an arbitrary of cell maps, never null
     */
    public static <C extends Enum<C> & AmountColumn> Arbitrary<Map<C, BigDecimal>> cells(Class<C> columns) {
        C[] all = columns.getEnumConstants();
        return Arbitraries.randomValue(random -> {
            Map<C, BigDecimal> map = new EnumMap<>(columns);
            for (C column : all) {
                if (random.nextInt(10) >= 4) {
                    map.put(column, printed(random));
                }
            }
            return map;
        });
    }

    private static BigDecimal printed(Random random) {
        int kind = random.nextInt(100);
        if (kind < 8) {
            return new BigDecimal("0.00");
        }
        if (kind < 10) {
            return BigDecimal.ZERO;
        }
        long digits = Math.floorMod(random.nextLong(), MAGNITUDES[random.nextInt(MAGNITUDES.length)]);
        if (kind < 25) {
            digits = -digits;
        }
        int scale = random.nextInt(10) < 7 ? 2 : random.nextInt(5);
        return BigDecimal.valueOf(digits, scale);
    }
}
