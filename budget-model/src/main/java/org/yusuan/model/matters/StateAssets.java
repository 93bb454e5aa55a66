package org.yusuan.model.matters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.model.MoneyUnit;

/**
 * State-owned assets in use (国有资产占用使用情况) as of a date (截至 …): buildings (房屋) by area and value, vehicles
 * (车辆) in total and by category, office furniture (办公家具), other assets (其他资产), large equipment (大型设备),
 * and what the year's budget plans to buy. Parts are as printed; that categories add up to the total is not
 * checked here.
 */
@Value.Immutable
public abstract class StateAssets {

    StateAssets() {
        // built only by the generated ImmutableStateAssets
    }

    /**
     * The as-of wording as printed (截至时间), e.g. "截至 2023 年底".
     *
     * @return the text, or empty if not printed
     */
    public abstract Optional<String> getAsOfText();

    /**
     * The as-of date (截至日期), e.g. 2023-12-31 for 截至 2023 年底.
     *
     * @return the date, or empty if not stated or not read
     */
    public abstract Optional<LocalDate> getAsOfDate();

    /**
     * The unit of every value (金额单位).
     *
     * @return the unit, never null
     */
    public abstract MoneyUnit getUnit();

    /**
     * The floor area of buildings (房屋面积), in square metres (平方米).
     *
     * @return the area, or empty if not printed
     */
    public abstract Optional<BigDecimal> getBuildingArea();

    /**
     * The value of buildings (房屋价值).
     *
     * @return the value, or empty if not printed
     */
    public abstract Optional<BigDecimal> getBuildingValue();

    /**
     * The number of vehicles in total (车辆总数).
     *
     * @return the count, not negative, or empty if not printed
     */
    public abstract Optional<Integer> getVehicleCount();

    /**
     * The value of all vehicles (车辆价值).
     *
     * @return the value, or empty if not printed
     */
    public abstract Optional<BigDecimal> getVehicleValue();

    /**
     * The vehicles by category (其中：各类车辆), in printed order.
     *
     * @return the holdings, never null, immutable
     */
    public abstract List<VehicleHolding> getVehicles();

    /**
     * The value of office furniture (办公家具价值).
     *
     * @return the value, or empty if not printed
     */
    public abstract Optional<BigDecimal> getFurnitureValue();

    /**
     * The value of other assets (其他资产价值).
     *
     * @return the value, or empty if not printed
     */
    public abstract Optional<BigDecimal> getOtherAssetsValue();

    /**
     * Large equipment held (大型设备).
     *
     * @return the counts, or empty if not printed
     */
    public abstract Optional<LargeEquipmentCounts> getLargeEquipment();

    /**
     * What the year's budget plans to buy (当年预算安排购置).
     *
     * @return the planned purchases, or empty if not printed
     */
    public abstract Optional<PlannedAssetPurchases> getPlannedPurchases();

    /**
     * Rejects a negative vehicle count.
     *
     * @throws IllegalArgumentException if the vehicle count is negative
     */
    @Value.Check
    protected void check() {
        if (getVehicleCount().isPresent() && getVehicleCount().get() < 0) {
            throw new IllegalArgumentException("vehicle count (车辆数) must not be negative: "
                    + getVehicleCount().get());
        }
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if the unit is missing and
     * {@link IllegalArgumentException} if the vehicle count is negative.
     *
     * @return a builder, never null
     */
    public static ImmutableStateAssets.Builder builder() {
        return ImmutableStateAssets.builder();
    }
}
