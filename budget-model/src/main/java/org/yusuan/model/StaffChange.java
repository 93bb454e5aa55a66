package org.yusuan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of staff (在职, 退休 or 离休) with its change on the previous year: "在职 39 人，减少 7 人" is count 39,
 * change −7; "增加 1 人" is +1. "增加 0 人" and "减少 0 人" are both change 0.
 */
@Value.Immutable
public abstract class StaffChange {

    StaffChange() {
        // built only by the generated ImmutableStaffChange
    }

    /**
     * The number of people (人数).
     *
     * @return the count, not negative
     */
    public abstract int getCount();

    /**
     * The signed change on the previous year (增加 N is +N, 减少 N is −N).
     *
     * @return the change, or empty if none is printed
     */
    public abstract Optional<Integer> getChange();

    /**
     * Rejects a negative count.
     *
     * @throws IllegalArgumentException if the count is negative
     */
    @Value.Check
    protected void check() {
        if (getCount() < 0) {
            throw new IllegalArgumentException("staff count (人数) must not be negative: " + getCount());
        }
    }

    /**
     * A count with a printed change (人数及增减).
     *
     * @param count the number of people, not negative
     * @param change the signed change: positive for 增加, negative for 减少
     * @return the value, never null
     * @throws IllegalArgumentException if count is negative
     */
    public static StaffChange of(int count, int change) {
        return builder().count(count).change(change).build();
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if the count is missing and
     * {@link IllegalArgumentException} if it is negative.
     *
     * @return a builder, never null
     */
    public static ImmutableStaffChange.Builder builder() {
        return ImmutableStaffChange.builder();
    }
}
