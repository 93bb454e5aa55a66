package org.yusuan.model.matters;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Vehicles of one category held by the department or unit (车辆占用情况), printed as, e.g., "一般公务用车 34 辆，价值
 * 647.96 万元". The category is kept as printed; {@link #getKind()} says which known one it is. The value is in the
 * unit of the enclosing {@link StateAssets}.
 */
@Value.Immutable
public abstract class VehicleHolding {

    VehicleHolding() {
        // built only by the generated ImmutableVehicleHolding
    }

    /**
     * The vehicle category as printed (车辆类别), e.g. 一般公务用车 or 轿车.
     *
     * @return the category, never null
     */
    public abstract String getLabel();

    /**
     * The number of vehicles (辆).
     *
     * @return the count, not negative
     */
    public abstract int getCount();

    /**
     * Their value (价值), in the unit of the enclosing {@link StateAssets}.
     *
     * @return the value, or empty if not printed
     */
    public abstract Optional<BigDecimal> getValue();

    /**
     * The known category the printed one names (车辆类别).
     *
     * @return the kind, or empty if the printed category is not a known one
     */
    public Optional<VehicleKind> getKind() {
        return VehicleKind.fromLabel(getLabel());
    }

    /**
     * Rejects a negative count.
     *
     * @throws IllegalArgumentException if the count is negative
     */
    @Value.Check
    protected void check() {
        if (getCount() < 0) {
            throw new IllegalArgumentException("vehicle count (车辆数) of " + getLabel() + " must not be negative: "
                    + getCount());
        }
    }

    /**
     * Vehicles of a known category (已知类别的车辆).
     *
     * @param kind the category, not null
     * @param count the number of vehicles, not negative
     * @param value their value, not null
     * @return the holding, never null
     * @throws NullPointerException if kind or value is null
     * @throws IllegalArgumentException if count is negative
     */
    public static VehicleHolding of(VehicleKind kind, int count, BigDecimal value) {
        Objects.requireNonNull(kind, "kind must not be null");
        return builder().label(kind.label()).count(count).value(value).build();
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if label or count is missing and
     * {@link IllegalArgumentException} if the count is negative.
     *
     * @return a builder, never null
     */
    public static ImmutableVehicleHolding.Builder builder() {
        return ImmutableVehicleHolding.builder();
    }
}
