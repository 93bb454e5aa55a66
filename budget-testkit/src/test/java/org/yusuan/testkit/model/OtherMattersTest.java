package org.yusuan.testkit.model;

import org.yusuan.model.*;
import org.yusuan.model.matters.*;
import org.yusuan.model.performance.*;
import org.yusuan.model.table.*;
import org.yusuan.testkit.internal.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.model.MoneyUnit;
import org.yusuan.testkit.internal.KorlaCityGovOfficeParts;

class OtherMattersTest {

    @Test
    void rejectsANegativeVehicleCountWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VehicleHolding.of(VehicleKind.GENERAL_OFFICIAL, -34, new BigDecimal("647.96")));
        assertEquals("vehicle count (车辆数) of 一般公务用车 must not be negative: -34", e.getMessage());

        IllegalArgumentException total = assertThrows(IllegalArgumentException.class,
                () -> StateAssets.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN).vehicleCount(-1).build());
        assertEquals("vehicle count (车辆数) must not be negative: -1", total.getMessage());
    }

    @Test
    void rejectsNegativeEquipmentCountsWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LargeEquipmentCounts.builder().atLeast500Thousand(-2).atLeast1Million(0).build());
        assertEquals("count of equipment worth 50 万元 or more (50 万元以上大型设备) must not be negative: -2",
                e.getMessage());
        IllegalArgumentException million = assertThrows(IllegalArgumentException.class,
                () -> LargeEquipmentCounts.builder().atLeast500Thousand(0).atLeast1Million(-1).build());
        assertEquals("count of equipment worth 100 万元 or more (100 万元以上大型设备) must not be negative: -1",
                million.getMessage());
    }

    @Test
    void rejectsANegativePlannedVehicleCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlannedAssetPurchases.builder().vehicleFundsArranged(true).vehicleCount(-3).build());
        assertEquals("count of vehicles to buy (安排购置车辆数) must not be negative: -3", e.getMessage());
    }

    @Test
    void rejectsANegativeProjectCountWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImmutablePerformanceSummary.copyOf(KorlaCityGovOfficeParts.performanceSummary())
                        .withFiscalProjectCount(-4));
        assertEquals("当年财政拨款项目 (fiscal project) count must not be negative: -4", e.getMessage());
    }

    @Test
    void buildsProcurementWhosePartsDoNotAddUpToTheTotal() {
        GovernmentProcurement procurement = GovernmentProcurement.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .total(new BigDecimal("332.83"))
                .goods(new BigDecimal("82.5"))
                .works(BigDecimal.ZERO)
                .services(new BigDecimal("200"))
                .build();

        assertEquals(new BigDecimal("332.83"), procurement.getTotal());
        assertEquals(Optional.empty(), procurement.getReservedForSmallAndMicro());
    }

    @Test
    void buildsAssetsWhoseVehicleCategoriesDoNotAddUpToTheTotal() {
        StateAssets assets = StateAssets.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .vehicleCount(22)
                .addVehicles(VehicleHolding.of(VehicleKind.SEDAN, 13, new BigDecimal("162.21")))
                .build();

        assertEquals(Optional.of(22), assets.getVehicleCount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "一般公务用车, GENERAL_OFFICIAL",
        "执法执勤用车, LAW_ENFORCEMENT",
        "特种专业技术用车, SPECIAL_TECHNICAL",
        "其他车辆, OTHER",
        "其他用车, OTHER",
        "轿车, SEDAN",
        "越野车, OFF_ROAD",
        "一般 公务用车, GENERAL_OFFICIAL"})
    void readsTheVehicleCategoriesOfTheFixtures(String printed, VehicleKind kind) {
        VehicleHolding holding = VehicleHolding.builder().label(printed).count(1).build();

        assertEquals(Optional.of(kind), holding.getKind());
        assertEquals(printed, holding.getLabel());
    }

    @Test
    void keepsAnUnknownVehicleCategoryAsPrinted() {
        VehicleHolding holding = VehicleHolding.builder().label("摩托车").count(2).value(new BigDecimal("1.2")).build();

        assertEquals(Optional.empty(), holding.getKind());
        assertEquals("摩托车", holding.getLabel());
    }

    @Test
    void equalMattersAreEqualAndHashAlike() {
        OtherMatters a = KorlaCityGovOfficeParts.otherMatters();
        OtherMatters b = KorlaCityGovOfficeParts.otherMatters();

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, ImmutableOtherMatters.copyOf(a).withOtherNotes("另有说明"));
    }

    @Test
    void amountsOfDifferentScaleAreDifferentValuesAsPrinted() {
        RunningCosts printedWithTwoDecimals = KorlaCityGovOfficeParts.runningCosts();
        RunningCosts printedWithOne = ImmutableRunningCosts.copyOf(printedWithTwoDecimals)
                .withAmount(new BigDecimal("59.9"));

        assertNotEquals(printedWithTwoDecimals, printedWithOne);
    }

    @Test
    void vehicleListCannotBeChanged() {
        List<VehicleHolding> vehicles = KorlaCityGovOfficeParts.stateAssets().getVehicles();

        assertThrows(UnsupportedOperationException.class, () -> vehicles.remove(0));
    }

    @Test
    void everyPartOfOtherMattersMayBeAbsent() {
        OtherMatters none = OtherMatters.builder().build();

        assertEquals(Optional.empty(), none.getRunningCosts());
        assertEquals(Optional.empty(), none.getStateAssets());
        assertEquals(Optional.empty(), none.getOtherNotes());
    }
}
