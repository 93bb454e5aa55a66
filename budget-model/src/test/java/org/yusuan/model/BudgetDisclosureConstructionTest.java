package org.yusuan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.model.table.TableKind;

/** A disclosure is refused only when a part is missing or null or its fiscal year is not a year. */
class BudgetDisclosureConstructionTest {

    @ParameterizedTest(name = "fiscal year {0} is refused")
    @ValueSource(ints = {0, -1, -2024})
    void refusesAFiscalYearThatIsNotPositive(int year) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> minimal().fiscalYear(year).build());
        assertEquals("fiscal year (预算年度) must be positive, but was " + year, thrown.getMessage());
    }

    @Test
    void namesEveryRequiredPartNotSet() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> BudgetDisclosure.builder().build());
        assertTrue(thrown.getMessage().contains("entityName"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("entityKind"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("fiscalYear"), thrown.getMessage());
    }

    @Test
    void refusesNullPartsNamingThem() {
        NullPointerException name = assertThrows(NullPointerException.class,
                () -> BudgetDisclosure.builder().entityName(null));
        assertEquals("entityName", name.getMessage());
        NullPointerException subUnit = assertThrows(NullPointerException.class,
                () -> BudgetDisclosure.builder().addAllSubUnits(Arrays.asList("库尔勒市行政服务中心", null)));
        assertTrue(subUnit.getMessage().contains("subUnits element"), subUnit.getMessage());
        assertThrows(NullPointerException.class, () -> NarrativeSection.builder().title("一、").text(null));
    }

    @Test
    void aDisclosureWithoutTablesHasNone() {
        BudgetDisclosure bare = minimal().fiscalYear(2024).build();
        assertEquals(List.of(), bare.tables());
        for (TableKind kind : TableKind.values()) {
            assertEquals(Optional.empty(), bare.table(kind));
        }
        assertThrows(NullPointerException.class, () -> bare.table(null));
    }

    private static ImmutableBudgetDisclosure.Builder minimal() {
        return BudgetDisclosure.builder().entityName("库尔勒市人民政府办公室").entityKind(EntityKind.DEPARTMENT);
    }
}
