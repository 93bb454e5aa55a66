package org.yusuan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.validation.constraints.KnownFunctionalCode;

/** Validates {@link KnownFunctionalCode} against the catalog of the payload's or the annotation's year. */
public final class KnownFunctionalCodeValidator implements ConstraintValidator<KnownFunctionalCode, FunctionalCode> {

    private int year;

    @Override
    public void initialize(KnownFunctionalCode annotation) {
        year = annotation.year();
    }

    @Override
    public boolean isValid(FunctionalCode code, ConstraintValidatorContext context) {
        if (code == null) {
            return true;
        }
        ClassificationCatalog<FunctionalCode> catalog;
        if (year > 0) {
            catalog = ClassificationCatalog.functional(year);
        } else {
            Catalogs payload = CodeConstraints.payload(context);
            catalog = payload != null ? payload.functional() : ClassificationCatalog.functional(CodeConstraints.newestYear());
        }
        return catalog == null || catalog.contains(code);
    }
}
