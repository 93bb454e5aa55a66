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

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.model.MoneyUnit;
import org.yusuan.testkit.internal.KorlaCityGovOfficeParts;

class PerformanceSheetTest {

    @Test
    void buildsAProjectSheetWhoseTotalIsNotFiscalPlusOther() {
        ProjectPerformanceTarget sheet = ProjectPerformanceTarget.builder()
                .budgetUnit("库尔勒经济技术开发区管理委员会党政办公室")
                .projectName("协会会费及法律服务项目")
                .funding(ProjectFunding.builder()
                        .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                        .total(new BigDecimal("9"))
                        .fiscalAppropriation(new BigDecimal("9.50"))
                        .otherFunds(new BigDecimal("0.00"))
                        .build())
                .overallGoal("通过委托第三方提供法律咨询服务")
                .build();

        assertEquals(new BigDecimal("9"), sheet.getFunding().getTotal());
        assertEquals(new BigDecimal("9.50"), sheet.getFunding().getFiscalAppropriation());
        assertTrue(sheet.getIndicators().isEmpty());
    }

    @Test
    void buildsAnOverallSheetWhoseSourcesDoNotAddUpToItsTotal() {
        OverallFunding funding = OverallFunding.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .fiscalFromHigherLevel(new BigDecimal("5.88"))
                .fiscalFromOwnLevel(new BigDecimal("1857.73"))
                .otherFunds(BigDecimal.ZERO)
                .total(new BigDecimal("1000"))
                .build();

        assertEquals(new BigDecimal("1000"), funding.getTotal().orElseThrow());
    }

    @Test
    void equalSheetsBuiltTwiceAreEqualAndHashAlike() {
        ProjectPerformanceTarget a = KorlaCityGovOfficeParts.serviceCentreOperations();
        ProjectPerformanceTarget b = KorlaCityGovOfficeParts.serviceCentreOperations();

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(KorlaCityGovOfficeParts.overallPerformanceTarget(),
                KorlaCityGovOfficeParts.overallPerformanceTarget());
        assertEquals(KorlaCityGovOfficeParts.overallPerformanceTarget().hashCode(),
                KorlaCityGovOfficeParts.overallPerformanceTarget().hashCode());
    }

    @Test
    void sheetsDifferingInOneIndicatorAreNotEqual() {
        ProjectPerformanceTarget a = KorlaCityGovOfficeParts.hotline();
        ProjectPerformanceTarget b = ImmutableProjectPerformanceTarget.copyOf(a)
                .withIndicators(a.getIndicators().subList(0, a.getIndicators().size() - 1));

        assertNotEquals(a, b);
    }

    @Test
    void indicatorListsCannotBeChanged() {
        ProjectPerformanceTarget sheet = KorlaCityGovOfficeParts.eGovernment();
        List<PerformanceIndicator> indicators = sheet.getIndicators();
        PerformanceIndicator first = indicators.get(0);

        assertThrows(UnsupportedOperationException.class, () -> indicators.add(first));
        assertThrows(UnsupportedOperationException.class, () -> indicators.remove(0));
        List<String> goals = KorlaCityGovOfficeParts.overallPerformanceTarget().getAnnualGoals();
        assertThrows(UnsupportedOperationException.class, () -> goals.set(0, "changed"));
    }

    @Test
    void aBuilderDoesNotLeakIntoTheBuiltSheet() {
        ImmutableProjectPerformanceTarget.Builder builder = ProjectPerformanceTarget.builder()
                .budgetUnit("u")
                .projectName("p")
                .funding(ProjectFunding.builder().unit(MoneyUnit.YUAN).total(BigDecimal.ONE)
                        .fiscalAppropriation(BigDecimal.ONE).otherFunds(BigDecimal.ZERO).build())
                .overallGoal("g");
        PerformanceIndicator indicator = KorlaCityGovOfficeParts.hotline().getIndicators().get(0);
        builder.addIndicators(indicator);
        ProjectPerformanceTarget built = builder.build();
        builder.addIndicators(indicator);

        assertEquals(1, built.getIndicators().size());
    }

    @Test
    void rejectsAMissingProjectNameWithItsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProjectPerformanceTarget.builder()
                .budgetUnit("u")
                .funding(ProjectFunding.builder().unit(MoneyUnit.YUAN).total(BigDecimal.ONE)
                        .fiscalAppropriation(BigDecimal.ONE).otherFunds(BigDecimal.ZERO).build())
                .overallGoal("g")
                .build());
        assertTrue(e.getMessage().contains("projectName"), e.getMessage());
    }

    @Test
    void rejectsANullIndicatorName() {
        assertThrows(NullPointerException.class, () -> PerformanceIndicator.builder().name(null));
    }

    @Test
    void aStrictBuilderRefusesToSetAnAttributeTwice() {
        assertThrows(IllegalStateException.class,
                () -> ProjectPerformanceTarget.builder().projectName("a").projectName("b"));
    }
}
