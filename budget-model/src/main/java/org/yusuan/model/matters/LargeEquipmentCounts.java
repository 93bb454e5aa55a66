package org.yusuan.model.matters;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Counts of large equipment (大型设备) by unit value: 单位价值 50 万元以上 and 单位价值 100 万元以上 (以上 includes the
 * bound). Used for equipment held and for equipment planned to be bought. The measure word is kept as printed:
 * 台, 套 or 台（套）.
 */
@Value.Immutable
public abstract class LargeEquipmentCounts {

    LargeEquipmentCounts() {
        // built only by the generated ImmutableLargeEquipmentCounts
    }

    /**
     * Pieces of equipment with a unit value of 500,000 yuan or more (单位价值 50 万元以上大型设备).
     *
     * @return the count, not negative
     */
    public abstract int getAtLeast500Thousand();

    /**
     * Pieces of equipment with a unit value of 1,000,000 yuan or more (单位价值 100 万元以上大型设备).
     *
     * @return the count, not negative
     */
    public abstract int getAtLeast1Million();

    /**
     * The measure word printed with the counts (量词): 台, 套 or 台（套）.
     *
     * @return the measure word, or empty if none is printed
     */
    public abstract Optional<String> getMeasureWord();

    /**
     * Rejects negative counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    @Value.Check
    protected void check() {
        if (getAtLeast500Thousand() < 0) {
            throw new IllegalArgumentException("count of equipment worth 50 万元 or more (50 万元以上大型设备) must not be"
                    + " negative: " + getAtLeast500Thousand());
        }
        if (getAtLeast1Million() < 0) {
            throw new IllegalArgumentException("count of equipment worth 100 万元 or more (100 万元以上大型设备) must not"
                    + " be negative: " + getAtLeast1Million());
        }
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if a count is missing and
     * {@link IllegalArgumentException} if one is negative.
     *
     * @return a builder, never null
     */
    public static ImmutableLargeEquipmentCounts.Builder builder() {
        return ImmutableLargeEquipmentCounts.builder();
    }
}
