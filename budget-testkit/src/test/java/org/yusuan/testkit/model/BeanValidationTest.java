package org.yusuan.testkit.model;

import org.yusuan.model.*;
import org.yusuan.model.matters.*;
import org.yusuan.model.performance.*;
import org.yusuan.model.table.*;
import org.yusuan.testkit.internal.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.PositiveOrZeroDef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.testkit.internal.KorlaCityGovOfficeFixture;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.ImmutableBasicExpenditureRow;
import org.yusuan.model.table.ImmutableGeneralBudgetBasicExpenditure;

/**
 * Jakarta Bean Validation (Hibernate Validator) sees the model's JavaBeans properties, on the abstract types and
 * through the generated ones, so budget-validation can put constraints on them without touching the model: here with
 * a programmatic {@link ConstraintMapping}, since the model itself carries no constraint annotations.
 */
class BeanValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidatorWithProgrammaticConstraints() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.type(BudgetDisclosure.class)
                .getter("entityName").constraint(new NotBlankDef())
                .getter("narrativeSections").containerElementType().valid();
        mapping.type(NarrativeSection.class)
                .getter("title").constraint(new NotBlankDef());
        mapping.type(GeneralBudgetBasicExpenditure.class)
                .getter("rows").containerElementType().valid();
        mapping.type(BasicExpenditureRow.class)
                .getter("amounts").containerElementType(1).constraint(new PositiveOrZeroDef());
        factory = configuration.addMapping(mapping).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @Test
    void theFixtureDisclosureHasNoViolation() {
        assertEquals(Set.of(), validator.validate(KorlaCityGovOfficeFixture.disclosure()));
        assertEquals(Set.of(), validator.validate(KorlaCityGovOfficeFixture.table6()));
    }

    @Test
    void aBlankEntityNameIsReportedOnItsProperty() {
        BudgetDisclosure blankName = ImmutableBudgetDisclosure.copyOf(KorlaCityGovOfficeFixture.disclosure())
                .withEntityName(" ");
        ConstraintViolation<BudgetDisclosure> violation = onlyViolation(validator.validate(blankName));
        assertEquals("entityName", violation.getPropertyPath().toString());
        assertEquals(NotBlank.class, violation.getConstraintDescriptor().getAnnotation().annotationType());
        assertEquals(" ", violation.getInvalidValue());
    }

    @Test
    void aBlankTitleOfANarrativeSectionIsReportedThroughTheList() {
        BudgetDisclosure disclosure = ImmutableBudgetDisclosure.copyOf(KorlaCityGovOfficeFixture.disclosure())
                .withNarrativeSections(List.of(
                        NarrativeSection.builder().title("一、总体说明").text("……").build(),
                        NarrativeSection.builder().title("").text("……").build()));
        ConstraintViolation<BudgetDisclosure> violation = onlyViolation(validator.validate(disclosure));
        assertEquals("narrativeSections[1].title", violation.getPropertyPath().toString());
    }

    @Test
    void aNegativeCellIsReportedWithItsRowAndColumn() {
        GeneralBudgetBasicExpenditure table6 = KorlaCityGovOfficeFixture.table6();
        List<BasicExpenditureRow> rows = new ArrayList<>(table6.getRows());
        rows.set(1, ImmutableBasicExpenditureRow.copyOf(rows.get(1))
                .withAmounts(Map.of(BasicExpenditureColumn.PERSONNEL, new BigDecimal("-233.46"))));
        GeneralBudgetBasicExpenditure negative = ImmutableGeneralBudgetBasicExpenditure.copyOf(table6).withRows(rows);

        ConstraintViolation<GeneralBudgetBasicExpenditure> violation = onlyViolation(validator.validate(negative));
        assertEquals("rows[1].amounts[PERSONNEL].<map value>", violation.getPropertyPath().toString());
        assertEquals(PositiveOrZero.class, violation.getConstraintDescriptor().getAnnotation().annotationType());
        assertEquals(new BigDecimal("-233.46"), violation.getInvalidValue());
    }

    private static <T> ConstraintViolation<T> onlyViolation(Set<ConstraintViolation<T>> violations) {
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        ConstraintViolation<T> violation = violations.iterator().next();
        assertTrue(violation.getMessage() != null && !violation.getMessage().isBlank());
        return violation;
    }
}
