package org.yusuan.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.yusuan.codes.ClassificationCatalog;

/** What the code constraint validators share: reading the catalogs payload. */
final class CodeConstraints {

    private CodeConstraints() {
    }

    static Catalogs payload(ConstraintValidatorContext context) {
        try {
            return context.unwrap(HibernateConstraintValidatorContext.class)
                    .getConstraintValidatorPayload(Catalogs.class);
        } catch (RuntimeException notHibernate) {
            return null;
        }
    }

    static int newestYear() {
        return ClassificationCatalog.builtInYears().last();
    }
}
