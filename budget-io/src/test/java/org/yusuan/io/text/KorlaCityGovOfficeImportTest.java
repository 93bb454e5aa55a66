package org.yusuan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.TableKind;
import org.yusuan.testkit.Fixtures;

/**
 * The importer reads the first fixture into exactly the hand-built model of it ({@link Fixtures#korlaCityGovOffice()},
 * an independent oracle), table by table.
 */
class KorlaCityGovOfficeImportTest {

    private static ImportResult result;
    private static BudgetDisclosure expected;

    @BeforeAll
    static void importFixture() {
        result = DisclosureTextImporter.standard().importText(Fixtures.text(Fixtures.KORLA_CITY_GOV_OFFICE),
                Fixtures.KORLA_CITY_GOV_OFFICE);
        expected = Fixtures.korlaCityGovOffice();
    }

    @ParameterizedTest
    @EnumSource(TableKind.class)
    void everyTableEqualsTheHandBuiltModel(TableKind kind) {
        assertEquals(expected.table(kind), result.disclosure().table(kind), () -> kind + "\n" + result.report().summary());
    }

    @Test
    void overviewAndStaffingEqualTheHandBuiltModel() {
        assertEquals(expected.getOverview(), result.disclosure().getOverview());
        assertEquals(expected.getSubUnits(), result.disclosure().getSubUnits());
    }

    @Test
    void narrativeSectionsEqualTheHandBuiltModel() {
        assertEquals(expected.getNarrativeSections(), result.disclosure().getNarrativeSections());
    }

    @Test
    void otherMattersEqualTheHandBuiltModel() {
        assertEquals(expected.getOtherMatters(), result.disclosure().getOtherMatters());
    }

    @Test
    void performanceSheetsEqualTheHandBuiltModel() {
        assertEquals(expected.getOverallPerformanceTargets(), result.disclosure().getOverallPerformanceTargets());
        assertEquals(expected.getProjectPerformanceTargets(), result.disclosure().getProjectPerformanceTargets());
    }

    @Test
    void wholeDisclosureEqualsTheHandBuiltModel() {
        assertEquals(expected, result.disclosure());
    }

    @Test
    void identityIsReadFromThePageHeaderAndTitle() {
        assertEquals(expected.getEntityName(), result.disclosure().getEntityName());
        assertEquals(expected.getEntityKind(), result.disclosure().getEntityKind());
        assertEquals(expected.getFiscalYear(), result.disclosure().getFiscalYear());
    }

    @Test
    void everyTableIsFoundAndNothingIsLeftUnread() {
        assertEquals(java.util.List.of(), result.report().unreadLines(), result.report().summary());
        for (TableKind kind : TableKind.values()) {
            TableStatus expectedStatus = expected.table(kind).get().isDeclaredEmpty() ? TableStatus.FOUND_EMPTY
                    : TableStatus.FOUND;
            assertEquals(expectedStatus, result.report().table(kind).status(), kind.toString());
            assertEquals(Optional.of(org.yusuan.model.MoneyUnit.TEN_THOUSAND_YUAN), result.report().table(kind).unit());
        }
    }
}
