package org.yusuan.model.matters;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Assets the year's budget plans to buy (当年预算安排购置资产), printed as, e.g., "2024 年部门预算未安排购置车辆经费，安排购置
 * 50 万元以上大型设备 0 台，单位价值 100 万元以上大型设备 0 台". Amounts are in the unit of the enclosing
 * {@link StateAssets}.
 */
@Value.Immutable
public abstract class PlannedAssetPurchases {

    PlannedAssetPurchases() {
        // built only by the generated ImmutablePlannedAssetPurchases
    }

    /**
     * Whether the budget arranges funds to buy vehicles (是否安排购置车辆经费): false for 未安排购置车辆经费.
     *
     * @return true if vehicle purchase funds are arranged
     */
    public abstract boolean isVehicleFundsArranged();

    /**
     * The funds arranged to buy vehicles (安排购置车辆经费), where an amount is printed.
     *
     * @return the amount, or empty if none is printed
     */
    public abstract Optional<BigDecimal> getVehicleFunds();

    /**
     * The number of vehicles to be bought (安排购置车辆), where printed.
     *
     * @return the count, not negative, or empty if not printed
     */
    public abstract Optional<Integer> getVehicleCount();

    /**
     * Large equipment to be bought (安排购置大型设备).
     *
     * @return the counts, or empty if not printed
     */
    public abstract Optional<LargeEquipmentCounts> getLargeEquipment();

    /**
     * Rejects a negative vehicle count.
     *
     * @throws IllegalArgumentException if the vehicle count is negative
     */
    @Value.Check
    protected void check() {
        if (getVehicleCount().isPresent() && getVehicleCount().get() < 0) {
            throw new IllegalArgumentException("count of vehicles to buy (安排购置车辆数) must not be negative: "
                    + getVehicleCount().get());
        }
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if whether vehicle funds are arranged
     * is not set and {@link IllegalArgumentException} if the vehicle count is negative.
     *
     * @return a builder, never null
     */
    public static ImmutablePlannedAssetPurchases.Builder builder() {
        return ImmutablePlannedAssetPurchases.builder();
    }
}
