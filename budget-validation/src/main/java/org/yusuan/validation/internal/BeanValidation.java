package org.yusuan.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.AmountColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.CarryoverRow;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RevenueRow;
import org.yusuan.model.table.RevenueSummary;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.SummaryExpenditureLine;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;
import org.yusuan.model.table.TotalsRow;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;
import org.yusuan.validation.constraints.AmountScale;
import org.yusuan.validation.constraints.KnownEconomicCode;
import org.yusuan.validation.constraints.KnownFunctionalCode;
import org.yusuan.validation.constraints.NonNegativeAmount;

/**
 * The Bean Validation layer: one {@link ValidatorFactory} for the whole library, built once on first use, with a
 * programmatic constraint mapping that puts the public constraints on the model (which carries no annotations),
 * and the translation of violations into findings.
 */
public final class BeanValidation {

    private static final Map<String, TableKind> TABLE_PROPERTIES = Map.ofEntries(
            Map.entry("revenueExpenditureSummary", TableKind.REVENUE_EXPENDITURE_SUMMARY),
            Map.entry("revenueSummary", TableKind.REVENUE_SUMMARY),
            Map.entry("expenditureSummary", TableKind.EXPENDITURE_SUMMARY),
            Map.entry("fiscalAppropriationSummary", TableKind.FISCAL_APPROPRIATION_SUMMARY),
            Map.entry("generalBudgetExpenditure", TableKind.GENERAL_BUDGET_EXPENDITURE),
            Map.entry("generalBudgetBasicExpenditure", TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE),
            Map.entry("generalBudgetProjectExpenditure", TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE),
            Map.entry("governmentFundExpenditure", TableKind.GOVERNMENT_FUND_EXPENDITURE),
            Map.entry("stateCapitalExpenditure", TableKind.STATE_CAPITAL_EXPENDITURE),
            Map.entry("threePublicExpenses", TableKind.THREE_PUBLIC_EXPENSES),
            Map.entry("carryoverDetail", TableKind.CARRYOVER_DETAIL));

    private static final class Holder {
        static final ValidatorFactory FACTORY = buildFactory();
    }

    private static final Map<Catalogs, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private BeanValidation() {
    }

    /**
     * The library's validator factory, with the model mapping; built once, never closed.
     *
     * @return the factory
     */
    public static ValidatorFactory factory() {
        return Holder.FACTORY;
    }

    /**
     * A validator whose code constraints use the given catalogs; one per catalogs, reused.
     *
     * @param catalogs the catalogs of a fiscal year
     * @return the validator
     */
    public static Validator validator(Catalogs catalogs) {
        return VALIDATORS.computeIfAbsent(catalogs, c -> factory().unwrap(HibernateValidatorFactory.class)
                .usingContext().constraintValidatorPayload(c).getValidator());
    }

    private static ValidatorFactory buildFactory() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.type(BudgetDisclosure.class)
                .getter("entityName").constraint(new NotBlankDef())
                .getter("revenueExpenditureSummary").containerElementType().valid()
                .getter("revenueSummary").containerElementType().valid()
                .getter("expenditureSummary").containerElementType().valid()
                .getter("fiscalAppropriationSummary").containerElementType().valid()
                .getter("generalBudgetExpenditure").containerElementType().valid()
                .getter("generalBudgetBasicExpenditure").containerElementType().valid()
                .getter("generalBudgetProjectExpenditure").containerElementType().valid()
                .getter("governmentFundExpenditure").containerElementType().valid()
                .getter("stateCapitalExpenditure").containerElementType().valid()
                .getter("threePublicExpenses").containerElementType().valid()
                .getter("carryoverDetail").containerElementType().valid()
                .getter("otherMatters").containerElementType().valid()
                .getter("overallPerformanceTargets").containerElementType().valid()
                .getter("projectPerformanceTargets").containerElementType().valid();
        for (Class<?> table : List.of(RevenueSummary.class, ExpenditureSummary.class, GeneralBudgetExpenditure.class,
                GeneralBudgetBasicExpenditure.class, GeneralBudgetProjectExpenditure.class,
                GovernmentFundExpenditure.class, StateCapitalExpenditure.class, ThreePublicExpenses.class,
                CarryoverDetail.class)) {
            mapping.type(table)
                    .getter("rows").containerElementType().valid()
                    .getter("totals").containerElementType().valid();
        }
        for (Class<?> table : List.of(RevenueExpenditureSummary.class, FiscalAppropriationSummary.class)) {
            mapping.type(table)
                    .getter("incomeLines").containerElementType().valid()
                    .getter("incomeTotal").containerElementType().valid()
                    .getter("expenditureLines").containerElementType().valid()
                    .getter("expenditureTotal").containerElementType().valid();
        }
        for (Class<?> row : List.of(RevenueRow.class, ExpenditureRow.class, ProjectExpenditureRow.class,
                FundExpenditureRow.class, CarryoverRow.class, SummaryExpenditureLine.class,
                FiscalExpenditureLine.class)) {
            mapping.type(row)
                    .getter("code").containerElementType().constraint(new GenericConstraintDef<>(KnownFunctionalCode.class))
                    .getter("amounts").containerElementType(1)
                    .constraint(new GenericConstraintDef<>(NonNegativeAmount.class))
                    .constraint(new GenericConstraintDef<>(AmountScale.class));
        }
        mapping.type(BasicExpenditureRow.class)
                .getter("code").containerElementType().constraint(new GenericConstraintDef<>(KnownEconomicCode.class))
                .getter("amounts").containerElementType(1)
                .constraint(new GenericConstraintDef<>(NonNegativeAmount.class))
                .constraint(new GenericConstraintDef<>(AmountScale.class));
        for (Class<?> row : List.of(ThreePublicExpenseRow.class, SummaryIncomeLine.class, FiscalIncomeLine.class,
                TotalsRow.class)) {
            mapping.type(row)
                    .getter("amounts").containerElementType(1)
                    .constraint(new GenericConstraintDef<>(NonNegativeAmount.class))
                    .constraint(new GenericConstraintDef<>(AmountScale.class));
        }
        mapping.type(ProjectPerformanceTarget.class).getter("funding").valid();
        mapping.type(OverallPerformanceTarget.class).getter("funding").valid();
        mapping.type(ProjectFunding.class)
                .getter("total").constraint(nonNegative()).constraint(scale())
                .getter("fiscalAppropriation").constraint(nonNegative()).constraint(scale())
                .getter("otherFunds").constraint(nonNegative()).constraint(scale());
        mapping.type(OverallFunding.class)
                .getter("fiscalFromHigherLevel").constraint(nonNegative()).constraint(scale())
                .getter("fiscalFromOwnLevel").constraint(nonNegative()).constraint(scale())
                .getter("otherFunds").constraint(nonNegative()).constraint(scale())
                .getter("total").containerElementType().constraint(nonNegative()).constraint(scale());
        mapping.type(OtherMatters.class).getter("procurement").containerElementType().valid();
        mapping.type(GovernmentProcurement.class)
                .getter("total").constraint(nonNegative()).constraint(scale());
        return configuration.addMapping(mapping).buildValidatorFactory();
    }

    private static GenericConstraintDef<NonNegativeAmount> nonNegative() {
        return new GenericConstraintDef<>(NonNegativeAmount.class);
    }

    private static GenericConstraintDef<AmountScale> scale() {
        return new GenericConstraintDef<>(AmountScale.class);
    }

    /**
     * Validates a disclosure against the mapping and reports each violation as a finding. Hibernate Validator's
     * traversal runs only when {@link ConstraintPrecheck} finds a value that may violate a constraint: on a disclosure
     * whose every constrained value passes, it would report nothing, and it is the most expensive part of validating
     * such a disclosure (docs/PERFORMANCE.md).
     *
     * @param context the validation run
     */
    public static void check(Context context) {
        if (!context.settings().anyEnabled(List.of(Rules.CODE_UNKNOWN, Rules.AMOUNT_NEGATIVE, Rules.UNIT_SUSPECT,
                Rules.FIELD_INVALID))) {
            return;
        }
        BudgetDisclosure disclosure = context.disclosure();
        if (!ConstraintPrecheck.mayViolate(disclosure, context.catalogs())) {
            // Every constrained value passes the validators' own tests: Bean Validation would report nothing.
            return;
        }
        Set<ConstraintViolation<BudgetDisclosure>> violations =
                validator(context.catalogs()).validate(disclosure);
        List<ConstraintViolation<BudgetDisclosure>> ordered = new ArrayList<>(violations);
        ordered.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<BudgetDisclosure> v : ordered) {
            report(context, disclosure, v);
        }
    }

    private static void report(Context context, BudgetDisclosure disclosure, ConstraintViolation<?> v) {
        Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        TableKind table = null;
        Integer sheet = null;
        Object column = null;
        String first = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (first == null) {
                first = node.getName();
                table = TABLE_PROPERTIES.get(first);
                if ("projectPerformanceTargets".equals(first)) {
                    sheet = node.getIndex();
                }
            } else if ("projectPerformanceTargets".equals(first) && sheet == null) {
                sheet = node.getIndex();
            }
            if ("amounts".equals(node.getName()) && node.getKey() != null) {
                column = node.getKey();
            } else if (node.getKey() instanceof AmountColumn && column == null) {
                column = node.getKey();
            }
        }
        Where where = table != null ? Where.table(table) : Where.DISCLOSURE;
        Object leaf = v.getLeafBean();
        if (table != null && leaf instanceof TableRow<?> row) {
            where = Where.row(table, row);
        }
        if (column instanceof AmountColumn c) {
            where = where.column(c);
        }
        if (sheet != null && sheet < disclosure.getProjectPerformanceTargets().size()) {
            where = where.project(disclosure.getProjectPerformanceTargets().get(sheet).getProjectName());
        }
        MoneyUnit unit = table != null ? disclosure.table(table).map(BudgetTable::getUnit).orElse(null) : null;
        String path = v.getPropertyPath().toString();
        if (type == KnownFunctionalCode.class || type == KnownEconomicCode.class) {
            String code = String.valueOf(v.getInvalidValue());
            context.report(Rules.CODE_UNKNOWN, Severity.ERROR, where.code(code), null, code,
                    String.valueOf(context.catalogs().fiscalYear()));
        } else if (type == NonNegativeAmount.class) {
            context.add(Rules.AMOUNT_NEGATIVE, Severity.ERROR, where, null, (BigDecimal) v.getInvalidValue(), false,
                    unit, null, path);
        } else if (type == AmountScale.class) {
            context.add(Rules.UNIT_SUSPECT, Severity.WARNING, where, null, (BigDecimal) v.getInvalidValue(), false,
                    unit, "scale", path);
        } else {
            context.report(Rules.FIELD_INVALID, Severity.ERROR, where, null, path,
                    type.getSimpleName());
        }
    }
}
