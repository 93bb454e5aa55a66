package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.performance.ImmutableProjectFunding;
import org.yusuan.model.performance.ImmutableProjectPerformanceTarget;
import org.yusuan.validation.constraints.AmountScale;
import org.yusuan.validation.constraints.KnownEconomicCode;
import org.yusuan.validation.constraints.KnownFunctionalCode;
import org.yusuan.validation.constraints.NonNegativeAmount;

/**
 * One canary per constraint: an invalid value produces a violation, both on a plain annotated bean (the public
 * annotations work on their own, with messages from both bundles) and on the Immutables model through the
 * programmatic mapping (which fails silently if the generated accessors are not seen as properties).
 */
class ConstraintCanaryTest {

    record Cell(@NonNegativeAmount @AmountScale BigDecimal amount, @KnownFunctionalCode(year = 2024) FunctionalCode function,
            @KnownEconomicCode(year = 2024) EconomicCode economic) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildAPlainValidator() {
        factory = english();
        validator = factory.getValidator();
    }

    private static ValidatorFactory english() {
        return Validation.byProvider(HibernateValidator.class).configure()
                .locales(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE).defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Class<? extends Annotation> only(Set<ConstraintViolation<Cell>> violations) {
        assertEquals(1, violations.size(), violations::toString);
        ConstraintViolation<Cell> v = violations.iterator().next();
        assertTrue(!v.getMessage().startsWith("{"), v::getMessage);
        return v.getConstraintDescriptor().getAnnotation().annotationType();
    }

    @Test
    void validValuesAndNullsPass() {
        assertEquals(Set.of(), validator.validate(new Cell(new BigDecimal("1.50"), FunctionalCode.parse("2010301"),
                EconomicCode.parse("30101"))));
        assertEquals(Set.of(), validator.validate(new Cell(null, null, null)));
        assertEquals(Set.of(), validator.validate(new Cell(new BigDecimal("1.5000"), null, null)));
    }

    @Test
    void nonNegativeAmount() {
        assertEquals(NonNegativeAmount.class, only(validator.validate(new Cell(new BigDecimal("-0.01"), null, null))));
    }

    @Test
    void amountScale() {
        assertEquals(AmountScale.class, only(validator.validate(new Cell(new BigDecimal("173.542"), null, null))));
    }

    @Test
    void knownFunctionalCode() {
        assertEquals(KnownFunctionalCode.class,
                only(validator.validate(new Cell(null, FunctionalCode.parse("2010398"), null))));
    }

    @Test
    void knownEconomicCode() {
        assertEquals(KnownEconomicCode.class, only(validator.validate(new Cell(null, null, EconomicCode.parse("30198")))));
    }

    @Test
    void messagesComeFromBothBundles() {
        Cell cell = new Cell(new BigDecimal("1.234"), null, null);
        ConstraintViolation<Cell> v = validator.validate(cell).iterator().next();
        assertEquals("{org.yusuan.validation.constraints.AmountScale.message}", v.getMessageTemplate());
        assertEquals("must have at most 2 decimals", v.getMessage());
        try (ValidatorFactory chinese = Validation.byProvider(HibernateValidator.class).configure()
                .locales(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE).defaultLocale(Locale.SIMPLIFIED_CHINESE)
                .buildValidatorFactory()) {
            assertEquals("金额最多保留 2 位小数",
                    chinese.getValidator().validate(cell).iterator().next().getMessage());
        }
    }

    @Test
    void theMappingReachesGeneratedModelProperties() {
        BudgetDisclosure sample = Sample.disclosure();
        var sheet = sample.getProjectPerformanceTargets().get(0);
        BudgetDisclosure negativeFunding = ImmutableBudgetDisclosure.copyOf(sample).withProjectPerformanceTargets(
                ImmutableProjectPerformanceTarget.copyOf(sheet).withFunding(ImmutableProjectFunding
                        .copyOf(sheet.getFunding()).withOtherFunds(new BigDecimal("-1.00"))));
        List<Finding> found = Check.findings(negativeFunding, Rules.AMOUNT_NEGATIVE);
        assertEquals(List.of(Optional.of(Sample.PROJECT)), found.stream().map(Finding::project).toList());
        BudgetDisclosure blank = ImmutableBudgetDisclosure.copyOf(sample).withEntityName(" ");
        List<Finding> field = Check.findings(blank, Rules.FIELD_INVALID);
        assertEquals(List.of(List.of("entityName", "NotBlank")), field.stream().map(Finding::arguments).toList());
    }
}
