package org.yusuan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.ImmutableGovernmentProcurement;
import org.yusuan.model.matters.ImmutableOtherMatters;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.performance.ImmutableOverallFunding;
import org.yusuan.model.performance.ImmutableOverallPerformanceTarget;
import org.yusuan.model.performance.ImmutableProjectFunding;
import org.yusuan.model.performance.ImmutableProjectPerformanceTarget;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.FunctionalCodedRow;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.testkit.Disclosures;
import org.yusuan.testkit.Fixtures;

/**
 * {@link ConstraintPrecheck} lets the engine skip Hibernate Validator only where Bean Validation would report
 * nothing: every property the constraint mapping constrains, broken alone, is flagged (and reported by Bean
 * Validation); consistent disclosures are not flagged; whatever Bean Validation finds in any disclosure is flagged.
 */
class ConstraintPrecheckTest {

    private static final int YEAR = 2024;
    private static final Catalogs CATALOGS = new Catalogs(YEAR, ClassificationCatalog.functional(YEAR),
            ClassificationCatalog.economic(YEAR));
    private static final BigDecimal NEGATIVE = new BigDecimal("-1.00");
    private static final BigDecimal THREE_DECIMALS = new BigDecimal("173.542");

    private static Validator validator() {
        return BeanValidation.validator(CATALOGS);
    }

    // ------------------------------------------------------------------------------------------- the law itself

    @Property(tries = 60)
    void aConsistentDisclosureIsNotFlaggedSoBeanValidationIsSkipped(@ForAll("validDisclosures") BudgetDisclosure d) {
        assertEquals(Set.of(), validator().validate(d));
        assertFalse(ConstraintPrecheck.mayViolate(d, CATALOGS));
    }

    @Property(tries = 100)
    void whateverBeanValidationFindsIsFlagged(@ForAll("anyDisclosures") BudgetDisclosure d) {
        Set<ConstraintViolation<BudgetDisclosure>> violations = validator().validate(d);
        if (!violations.isEmpty()) {
            assertTrue(ConstraintPrecheck.mayViolate(d, CATALOGS), () -> "not flagged: " + violations);
        }
    }

    @Property(tries = 10)
    void everyConstrainedPropertyBrokenAloneIsFlaggedAndReported(@ForAll("fullDisclosures") BudgetDisclosure d) {
        assertFalse(ConstraintPrecheck.mayViolate(d, CATALOGS), "the full disclosure itself is clean");
        Map<String, BudgetDisclosure> broken = breakEach(d);
        for (Map.Entry<String, BudgetDisclosure> e : broken.entrySet()) {
            assertTrue(ConstraintPrecheck.mayViolate(e.getValue(), CATALOGS), () -> "not flagged: " + e.getKey());
            assertFalse(validator().validate(e.getValue()).isEmpty(), () -> "not a violation: " + e.getKey());
        }
        Set<String> constrained = constrainedProperties();
        Set<String> missing = new TreeSet<>(constrained);
        missing.removeAll(broken.keySet());
        assertEquals(Set.of(), missing, "constrained properties this test cannot break (add a breaker)");
    }

    @Property(tries = 1)
    void theConstraintMappingIsWhatThePrecheckWalks() {
        // A constraint added to BeanValidation's mapping must be checked by ConstraintPrecheck too: this pins the
        // mapping, and everyConstrainedPropertyBrokenAloneIsFlaggedAndReported proves each entry is flagged.
        Set<String> expected = new TreeSet<>(List.of("BudgetDisclosure.entityName@NotBlank",
                "GovernmentProcurement.total@AmountScale", "GovernmentProcurement.total@NonNegativeAmount",
                "OverallFunding.fiscalFromHigherLevel@AmountScale",
                "OverallFunding.fiscalFromHigherLevel@NonNegativeAmount",
                "OverallFunding.fiscalFromOwnLevel@AmountScale", "OverallFunding.fiscalFromOwnLevel@NonNegativeAmount",
                "OverallFunding.otherFunds@AmountScale", "OverallFunding.otherFunds@NonNegativeAmount",
                "OverallFunding.total<0>@AmountScale", "OverallFunding.total<0>@NonNegativeAmount",
                "ProjectFunding.fiscalAppropriation@AmountScale", "ProjectFunding.fiscalAppropriation@NonNegativeAmount",
                "ProjectFunding.otherFunds@AmountScale", "ProjectFunding.otherFunds@NonNegativeAmount",
                "ProjectFunding.total@AmountScale", "ProjectFunding.total@NonNegativeAmount"));
        for (String row : List.of("RevenueRow", "ExpenditureRow", "ProjectExpenditureRow", "FundExpenditureRow",
                "CarryoverRow", "SummaryExpenditureLine", "FiscalExpenditureLine")) {
            expected.add(row + ".code<0>@KnownFunctionalCode");
        }
        expected.add("BasicExpenditureRow.code<0>@KnownEconomicCode");
        for (String row : List.of("RevenueRow", "ExpenditureRow", "ProjectExpenditureRow", "FundExpenditureRow",
                "CarryoverRow", "SummaryExpenditureLine", "FiscalExpenditureLine", "BasicExpenditureRow",
                "ThreePublicExpenseRow", "SummaryIncomeLine", "FiscalIncomeLine", "TotalsRow")) {
            expected.add(row + ".amounts<1>@NonNegativeAmount");
            expected.add(row + ".amounts<1>@AmountScale");
        }
        assertEquals(expected, constrainedProperties());
    }

    // ------------------------------------------------------------------ the mapping, as Bean Validation sees it

    /** Every constrained property reachable from BudgetDisclosure: {@code Type.property<typeArgument>@Constraint}. */
    private static Set<String> constrainedProperties() {
        Set<String> found = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(BudgetDisclosure.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            BeanDescriptor bean = validator().getConstraintsForClass(type);
            for (PropertyDescriptor property : bean.getConstrainedProperties()) {
                String name = type.getSimpleName() + "." + property.getPropertyName();
                for (ConstraintDescriptor<?> c : property.getConstraintDescriptors()) {
                    found.add(name + "@" + c.getAnnotation().annotationType().getSimpleName());
                }
                if (property.isCascaded()) {
                    todo.push(property.getElementClass());
                }
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    for (ConstraintDescriptor<?> c : element.getConstraintDescriptors()) {
                        found.add(name + "<" + element.getTypeArgumentIndex() + ">@"
                                + c.getAnnotation().annotationType().getSimpleName());
                    }
                    if (element.isCascaded()) {
                        todo.push(element.getElementClass());
                    }
                }
            }
        }
        return found;
    }

    // ------------------------------------------------------------------------------------------------ breakers

    /** One disclosure per constrained property, each with only that property broken, keyed as above. */
    private static Map<String, BudgetDisclosure> breakEach(BudgetDisclosure d) {
        Map<String, BudgetDisclosure> broken = new LinkedHashMap<>();
        broken.put("BudgetDisclosure.entityName@NotBlank", ImmutableBudgetDisclosure.copyOf(d).withEntityName(" "));
        for (TableKind kind : TableKind.values()) {
            BudgetTable table = d.table(kind).orElseThrow();
            for (String list : List.of("Rows", "IncomeLines", "ExpenditureLines")) {
                if (has(table, "get" + list)) {
                    List<?> rows = (List<?>) call(table, "get" + list);
                    for (int i = 0; i < rows.size(); i++) {
                        TableRow<?> row = (TableRow<?>) rows.get(i);
                        int index = i;
                        rowBreakers(row).forEach((what, breaker) -> broken.computeIfAbsent(what, w -> withTable(d,
                                kind, with(table, list, replace(rows, index, breaker.apply(row))))));
                    }
                }
            }
            for (String totals : List.of("Totals", "IncomeTotal", "ExpenditureTotal")) {
                if (has(table, "get" + totals)) {
                    TableRow<?> row = (TableRow<?>) ((Optional<?>) call(table, "get" + totals)).orElseThrow();
                    rowBreakers(row).forEach((what, breaker) -> broken.computeIfAbsent(what, w -> withTable(d, kind,
                            with(table, totals, Optional.of(breaker.apply(row))))));
                }
            }
        }
        ProjectPerformanceTarget sheet = d.getProjectPerformanceTargets().get(0);
        for (String field : List.of("total", "fiscalAppropriation", "otherFunds")) {
            amountBreakers("ProjectFunding." + field).forEach((what, value) -> broken.put(what,
                    ImmutableBudgetDisclosure.copyOf(d).withProjectPerformanceTargets(ImmutableProjectPerformanceTarget
                            .copyOf(sheet).withFunding(projectFunding(sheet.getFunding(), field, value)))));
        }
        OverallPerformanceTarget overall = d.getOverallPerformanceTargets().get(0);
        for (String field : List.of("fiscalFromHigherLevel", "fiscalFromOwnLevel", "otherFunds", "total")) {
            String key = "OverallFunding." + field + ("total".equals(field) ? "<0>" : "");
            amountBreakers(key).forEach((what, value) -> broken.put(what,
                    ImmutableBudgetDisclosure.copyOf(d).withOverallPerformanceTargets(ImmutableOverallPerformanceTarget
                            .copyOf(overall).withFunding(overallFunding(overall.getFunding(), field, value)))));
        }
        OtherMatters matters = d.getOtherMatters().orElseThrow();
        GovernmentProcurement procurement = matters.getProcurement().orElseThrow();
        amountBreakers("GovernmentProcurement.total").forEach((what, value) -> broken.put(what,
                ImmutableBudgetDisclosure.copyOf(d).withOtherMatters(ImmutableOtherMatters.copyOf(matters)
                        .withProcurement(ImmutableGovernmentProcurement.copyOf(procurement).withTotal(value)))));
        return broken;
    }

    private static Map<String, BigDecimal> amountBreakers(String property) {
        return Map.of(property + "@NonNegativeAmount", NEGATIVE, property + "@AmountScale", THREE_DECIMALS);
    }

    private static Map<String, UnaryOperator<TableRow<?>>> rowBreakers(TableRow<?> row) {
        String type = row.getClass().getSuperclass().getSimpleName();
        Map<String, UnaryOperator<TableRow<?>>> breakers = new LinkedHashMap<>();
        if (!row.getAmounts().isEmpty()) {
            Object column = row.getAmounts().keySet().iterator().next();
            amountBreakers(type + ".amounts<1>").forEach((what, value) -> breakers.put(what, r -> {
                Map<Object, BigDecimal> amounts = new LinkedHashMap<>(r.getAmounts());
                amounts.put(column, value);
                return (TableRow<?>) call(r, "withAmounts", Map.class, amounts);
            }));
        }
        if (row instanceof FunctionalCodedRow<?> coded && coded.getCode().isPresent()) {
            FunctionalCode unknown = unknownLike(coded.getCode().get().digits(), FunctionalCode::parse,
                    CATALOGS.functional()::contains);
            breakers.put(type + ".code<0>@KnownFunctionalCode",
                    r -> (TableRow<?>) call(r, "withCode", FunctionalCode.class, unknown));
        }
        if (row instanceof BasicExpenditureRow basic && basic.getCode().isPresent()) {
            EconomicCode unknown = unknownLike(basic.getCode().get().digits(), EconomicCode::parse,
                    CATALOGS.economic()::contains);
            breakers.put(type + ".code<0>@KnownEconomicCode",
                    r -> (TableRow<?>) call(r, "withCode", EconomicCode.class, unknown));
        }
        return breakers;
    }

    /** A well-formed code of the same level (same number of digits) that the catalog does not know. */
    private static <T> T unknownLike(String digits, Function<String, T> parse, Predicate<T> known) {
        String prefix = digits.substring(0, digits.length() - 2);
        for (int last = 99; last >= 1; last--) {
            try {
                T code = parse.apply(prefix + String.format("%02d", last));
                if (!known.test(code)) {
                    return code;
                }
            } catch (RuntimeException notACode) {
                // try the next
            }
        }
        throw new AssertionError("every code of the level of " + digits + " is known");
    }

    private static ProjectFunding projectFunding(ProjectFunding f, String field, BigDecimal value) {
        ImmutableProjectFunding copy = ImmutableProjectFunding.copyOf(f);
        return switch (field) {
            case "total" -> copy.withTotal(value);
            case "fiscalAppropriation" -> copy.withFiscalAppropriation(value);
            default -> copy.withOtherFunds(value);
        };
    }

    private static OverallFunding overallFunding(OverallFunding f, String field, BigDecimal value) {
        ImmutableOverallFunding copy = ImmutableOverallFunding.copyOf(f);
        return switch (field) {
            case "fiscalFromHigherLevel" -> copy.withFiscalFromHigherLevel(value);
            case "fiscalFromOwnLevel" -> copy.withFiscalFromOwnLevel(value);
            case "otherFunds" -> copy.withOtherFunds(value);
            default -> copy.withTotal(value);
        };
    }

    private static List<Object> replace(List<?> rows, int index, Object row) {
        List<Object> copy = new ArrayList<>(rows);
        copy.set(index, row);
        return copy;
    }

    private static BudgetTable with(BudgetTable table, String property, Object value) {
        Class<?> type = value instanceof Optional ? Optional.class : Iterable.class;
        return (BudgetTable) call(table, "with" + property, type, value);
    }

    private static BudgetDisclosure withTable(BudgetDisclosure d, TableKind kind, BudgetTable table) {
        for (Method m : ImmutableBudgetDisclosure.class.getMethods()) {
            if (m.getName().startsWith("with") && m.getParameterCount() == 1
                    && m.getParameterTypes()[0].isInstance(table)
                    && m.getParameterTypes()[0].isAssignableFrom(table.getClass().getSuperclass())) {
                BudgetDisclosure result = (BudgetDisclosure) invoke(m, ImmutableBudgetDisclosure.copyOf(d), table);
                if (result.table(kind).orElseThrow() == table) {
                    return result;
                }
            }
        }
        throw new AssertionError("no wither for " + kind);
    }

    private static boolean has(Object target, String method) {
        try {
            target.getClass().getMethod(method);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object call(Object target, String method) {
        try {
            return invoke(target.getClass().getMethod(method), target);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Object call(Object target, String method, Class<?> parameter, Object argument) {
        try {
            return invoke(target.getClass().getMethod(method, parameter), target, argument);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Object invoke(Method m, Object target, Object... arguments) {
        try {
            return m.invoke(target, arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    // ----------------------------------------------------------------------------------------------- arbitraries

    @Provide
    Arbitrary<BudgetDisclosure> validDisclosures() {
        return Disclosures.valid();
    }

    @Provide
    Arbitrary<BudgetDisclosure> anyDisclosures() {
        return Disclosures.any();
    }

    /** A consistent disclosure with every table present and filled, its totals rows printed. */
    @Provide
    Arbitrary<BudgetDisclosure> fullDisclosures() {
        List<Arbitrary<BudgetTable>> tables = new ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            tables.add(Disclosures.validTable(kind).filter(ConstraintPrecheckTest::filled));
        }
        return Combinators.combine(tables).as(list -> list).flatMap(list -> {
            BudgetDisclosure d = Fixtures.korlaCityGovOffice();
            for (int i = 0; i < list.size(); i++) {
                d = withTable(d, TableKind.values()[i], list.get(i));
            }
            return Arbitraries.just(d);
        });
    }

    private static boolean filled(BudgetTable table) {
        for (String list : List.of("Rows", "IncomeLines", "ExpenditureLines")) {
            if (has(table, "get" + list)) {
                if (((List<?>) call(table, "get" + list)).isEmpty()) {
                    return false;
                }
            }
        }
        for (String totals : List.of("Totals", "IncomeTotal", "ExpenditureTotal")) {
            if (has(table, "get" + totals)) {
                Optional<?> row = (Optional<?>) call(table, "get" + totals);
                if (row.isEmpty() || ((TableRow<?>) row.get()).getAmounts().isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }
}
