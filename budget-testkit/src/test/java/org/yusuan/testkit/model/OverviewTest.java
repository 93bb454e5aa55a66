package org.yusuan.testkit.model;

import org.yusuan.model.*;
import org.yusuan.model.matters.*;
import org.yusuan.model.performance.*;
import org.yusuan.model.table.*;
import org.yusuan.testkit.internal.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.testkit.internal.KorlaCityGovOfficeParts;

class OverviewTest {

    @Test
    void rejectsNegativeAuthorizedPostsWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Staffing.builder().authorizedPosts(-1).actualHeadcount(0).build());
        assertEquals("编制数 (authorized posts) must not be negative: -1", e.getMessage());
    }

    @Test
    void rejectsANegativeActualHeadcountWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Staffing.builder().authorizedPosts(45).actualHeadcount(-86).build());
        assertEquals("实有人数 (actual headcount) must not be negative: -86", e.getMessage());
    }

    @Test
    void rejectsANegativeStaffCountButAcceptsANegativeChange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaffChange.of(-39, -7));
        assertEquals("staff count (人数) must not be negative: -39", e.getMessage());

        StaffChange decrease = StaffChange.of(39, -7);
        assertEquals(Optional.of(-7), decrease.getChange());
    }

    @Test
    void keepsAStaffCountWhoseChangeIsNotPrinted() {
        StaffChange count = StaffChange.builder().count(12).build();

        assertEquals(12, count.getCount());
        assertEquals(Optional.empty(), count.getChange());
    }

    @Test
    void buildsStaffingWhoseGroupsDoNotAddUpToTheHeadcount() {
        Staffing staffing = Staffing.builder()
                .authorizedPosts(45)
                .actualHeadcount(10)
                .inService(StaffChange.of(39, -7))
                .build();

        assertEquals(10, staffing.getActualHeadcount());
        assertEquals(39, staffing.getInService().orElseThrow().getCount());
    }

    @Test
    void equalOverviewsAreEqualAndHashAlike() {
        assertEquals(KorlaCityGovOfficeParts.overview(), KorlaCityGovOfficeParts.overview());
        assertEquals(KorlaCityGovOfficeParts.overview().hashCode(), KorlaCityGovOfficeParts.overview().hashCode());
        assertNotEquals(StaffChange.of(1, 0), StaffChange.of(1, 1));
    }

    @Test
    void mainFunctionsAndUnitsCannotBeChanged() {
        Overview overview = KorlaCityGovOfficeParts.overview();
        List<String> functions = overview.getMainFunctions();
        List<String> units = overview.getSubordinateUnits();

        assertThrows(UnsupportedOperationException.class, () -> functions.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> units.clear());
    }

    @Test
    void anEmptyOverviewIsRepresentable() {
        Overview empty = Overview.builder().build();

        assertTrue(empty.getMainFunctions().isEmpty());
        assertEquals(Optional.empty(), empty.getStaffing());
    }
}
