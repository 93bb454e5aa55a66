package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FunctionalCodedRow;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RowTable;
import org.yusuan.model.table.TableRow;

/**
 * Tells, without Hibernate Validator's generic traversal, whether a disclosure can hold any violation of the
 * constraint mapping of {@link BeanValidation}: it walks exactly the properties the mapping constrains and applies
 * the same tests as the constraint validators ({@link NonNegativeAmountValidator#isNonNegative}, {@link
 * AmountScaleValidator#fits}, the catalogs of the year, a blank entity name). When it finds nothing, Bean Validation
 * would report nothing, so the engine skips it; when it finds anything, the engine runs Bean Validation over the
 * whole disclosure, which reports every violation with its path and message, exactly as without this check.
 *
 * <p>It may answer "maybe" where Bean Validation then finds nothing (it is allowed to be cautious), never "clean"
 * where Bean Validation would find a violation: {@code ConstraintPrecheckTest} walks the mapping's metadata and
 * breaks each constrained property in turn to hold it to that.
 */
final class ConstraintPrecheck {

    private final ClassificationCatalog<FunctionalCode> functional;
    private final ClassificationCatalog<EconomicCode> economic;

    private ConstraintPrecheck(Catalogs catalogs) {
        this.functional = catalogs.functional();
        this.economic = catalogs.economic();
    }

    /**
     * Whether Bean Validation may find a violation in the disclosure.
     *
     * @param disclosure the disclosure
     * @param catalogs the catalogs the code constraints use (the payload of {@link BeanValidation#validator})
     * @return false only when every constrained value passes its constraints
     */
    static boolean mayViolate(BudgetDisclosure disclosure, Catalogs catalogs) {
        return new ConstraintPrecheck(catalogs).disclosure(disclosure);
    }

    private boolean disclosure(BudgetDisclosure d) {
        String name = d.getEntityName();
        if (name == null || name.trim().isEmpty()) {
            // @NotBlank's own test: null, or nothing left after trim().
            return true;
        }
        return present(d.getRevenueExpenditureSummary(), this::summary)
                || present(d.getRevenueSummary(), this::rowTable)
                || present(d.getExpenditureSummary(), this::rowTable)
                || present(d.getFiscalAppropriationSummary(), this::fiscal)
                || present(d.getGeneralBudgetExpenditure(), this::rowTable)
                || present(d.getGeneralBudgetBasicExpenditure(), this::rowTable)
                || present(d.getGeneralBudgetProjectExpenditure(), this::rowTable)
                || present(d.getGovernmentFundExpenditure(), this::rowTable)
                || present(d.getStateCapitalExpenditure(), this::rowTable)
                || present(d.getThreePublicExpenses(), this::rowTable)
                || present(d.getCarryoverDetail(), this::rowTable)
                || present(d.getOtherMatters(), this::otherMatters)
                || overallTargets(d.getOverallPerformanceTargets())
                || projectTargets(d.getProjectPerformanceTargets());
    }

    private interface Check<T> {
        boolean mayViolate(T value);
    }

    private static <T> boolean present(Optional<T> value, Check<? super T> check) {
        return value.isPresent() && check.mayViolate(value.get());
    }

    private boolean summary(RevenueExpenditureSummary table) {
        return rows(table.getIncomeLines()) || present(table.getIncomeTotal(), this::row)
                || rows(table.getExpenditureLines()) || present(table.getExpenditureTotal(), this::row);
    }

    private boolean fiscal(FiscalAppropriationSummary table) {
        return rows(table.getIncomeLines()) || present(table.getIncomeTotal(), this::row)
                || rows(table.getExpenditureLines()) || present(table.getExpenditureTotal(), this::row);
    }

    private boolean rowTable(RowTable<?, ?> table) {
        return rows(table.getRows()) || present(table.getTotals(), this::row);
    }

    private boolean rows(List<? extends TableRow<?>> rows) {
        for (TableRow<?> row : rows) {
            if (row(row)) {
                return true;
            }
        }
        return false;
    }

    private boolean row(TableRow<?> row) {
        if (row instanceof FunctionalCodedRow<?> coded) {
            Optional<FunctionalCode> code = coded.getCode();
            if (code.isPresent() && functional != null && !functional.contains(code.get())) {
                return true;
            }
        } else if (row instanceof BasicExpenditureRow basic) {
            Optional<EconomicCode> code = basic.getCode();
            if (code.isPresent() && economic != null && !economic.contains(code.get())) {
                return true;
            }
        }
        return amounts(row.getAmounts());
    }

    private static boolean amounts(Map<?, BigDecimal> amounts) {
        for (BigDecimal amount : amounts.values()) {
            if (amount(amount)) {
                return true;
            }
        }
        return false;
    }

    private static boolean amount(BigDecimal amount) {
        return !NonNegativeAmountValidator.isNonNegative(amount)
                || !AmountScaleValidator.fits(amount, AmountScaleValidator.DEFAULT_MAX);
    }

    private boolean otherMatters(OtherMatters matters) {
        return present(matters.getProcurement(), (GovernmentProcurement p) -> amount(p.getTotal()));
    }

    private static boolean overallTargets(List<OverallPerformanceTarget> targets) {
        for (OverallPerformanceTarget target : targets) {
            OverallFunding f = target.getFunding();
            if (amount(f.getFiscalFromHigherLevel()) || amount(f.getFiscalFromOwnLevel()) || amount(f.getOtherFunds())
                    || present(f.getTotal(), ConstraintPrecheck::amount)) {
                return true;
            }
        }
        return false;
    }

    private static boolean projectTargets(List<ProjectPerformanceTarget> targets) {
        for (ProjectPerformanceTarget target : targets) {
            ProjectFunding f = target.getFunding();
            if (amount(f.getTotal()) || amount(f.getFiscalAppropriation()) || amount(f.getOtherFunds())) {
                return true;
            }
        }
        return false;
    }
}
