package org.yusuan.testkit.model;

import org.yusuan.model.*;
import org.yusuan.model.matters.*;
import org.yusuan.model.performance.*;
import org.yusuan.model.table.*;
import org.yusuan.testkit.internal.*;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.testkit.internal.KorlaCityGovOfficeFixture;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.ImmutableExpenditureRow;
import org.yusuan.model.table.ImmutableGeneralBudgetBasicExpenditure;
import org.yusuan.model.table.TableSection;

/** Nothing a value returns can change it, and {@code with} copies leave the original as it was. */
class ImmutabilityTest {

    private final BudgetDisclosure disclosure = KorlaCityGovOfficeFixture.disclosure();
    private final GeneralBudgetBasicExpenditure table6 = disclosure.getGeneralBudgetBasicExpenditure().orElseThrow();

    @Test
    void returnedCollectionsRefuseModification() {
        BasicExpenditureRow row = table6.getRows().get(0);
        assertAll(
                () -> assertThrows(UnsupportedOperationException.class, () -> disclosure.getSubUnits().add("x")),
                () -> assertThrows(UnsupportedOperationException.class, () -> disclosure.getNarrativeSections().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> disclosure.tables().remove(0)),
                () -> assertThrows(UnsupportedOperationException.class, () -> table6.getRows().remove(0)),
                () -> assertThrows(UnsupportedOperationException.class, () -> table6.sections().clear()),
                () -> assertThrows(UnsupportedOperationException.class,
                        () -> table6.sections().get(0).getRows().clear()),
                () -> assertThrows(UnsupportedOperationException.class,
                        () -> row.getAmounts().put(BasicExpenditureColumn.TOTAL, BigDecimal.ZERO)),
                () -> assertThrows(UnsupportedOperationException.class,
                        () -> table6.getTotals().orElseThrow().getAmounts().clear()));
    }

    @Test
    void withCopiesLeaveTheOriginalUnchanged() {
        BudgetDisclosure nextYear = ImmutableBudgetDisclosure.copyOf(disclosure).withFiscalYear(2025);
        GeneralBudgetBasicExpenditure inYuan = ImmutableGeneralBudgetBasicExpenditure.copyOf(table6)
                .withUnit(MoneyUnit.YUAN).withEmptyNote("本表为空表。");

        assertEquals(2024, disclosure.getFiscalYear());
        assertEquals(2025, nextYear.getFiscalYear());
        assertEquals(disclosure.getGeneralBudgetBasicExpenditure(), nextYear.getGeneralBudgetBasicExpenditure());
        assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, table6.getUnit());
        assertEquals(Optional.empty(), table6.getEmptyNote());
        assertEquals(MoneyUnit.YUAN, inYuan.getUnit());
        assertEquals(KorlaCityGovOfficeFixture.table6(), table6);
    }

    @Test
    void changingWhatWasGivenToTheBuilderDoesNotChangeTheValue() {
        List<String> subUnits = new ArrayList<>(List.of("库尔勒市人民政府办公室"));
        Map<ExpenditureColumn, BigDecimal> cells = new EnumMap<>(ExpenditureColumn.class);
        cells.put(ExpenditureColumn.TOTAL, new BigDecimal("4.81"));
        BudgetDisclosure built = BudgetDisclosure.builder().entityName("某部门").entityKind(EntityKind.DEPARTMENT)
                .fiscalYear(2024).addAllSubUnits(subUnits).build();
        ExpenditureRow row = ExpenditureRow.builder().putAllAmounts(cells).build();

        subUnits.add("库尔勒市行政服务中心");
        cells.put(ExpenditureColumn.BASIC, new BigDecimal("4.81"));

        assertEquals(List.of("库尔勒市人民政府办公室"), built.getSubUnits());
        assertEquals(Map.of(ExpenditureColumn.TOTAL, new BigDecimal("4.81")), row.getAmounts());
    }

    @Test
    void withAmountsCopiesARowWithoutTouchingTheOriginal() {
        ExpenditureRow original = ExpenditureRow.builder().putAmounts(ExpenditureColumn.TOTAL, BigDecimal.TEN).build();
        ExpenditureRow copy = ImmutableExpenditureRow.copyOf(original)
                .withAmounts(Map.of(ExpenditureColumn.TOTAL, BigDecimal.ONE));
        assertEquals(Optional.of(BigDecimal.TEN), original.getTotal());
        assertEquals(Optional.of(BigDecimal.ONE), copy.getTotal());
        TableSection<?> section = table6.sections().get(0);
        assertEquals(table6.getRows(), section.getRows());
    }
}
