package org.yusuan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.validation.constraints.KnownEconomicCode;

/** Validates {@link KnownEconomicCode} against the catalog of the payload's or the annotation's year. */
public final class KnownEconomicCodeValidator implements ConstraintValidator<KnownEconomicCode, EconomicCode> {

    private int year;

    @Override
    public void initialize(KnownEconomicCode annotation) {
        year = annotation.year();
    }

    @Override
    public boolean isValid(EconomicCode code, ConstraintValidatorContext context) {
        if (code == null) {
            return true;
        }
        ClassificationCatalog<EconomicCode> catalog;
        if (year > 0) {
            catalog = ClassificationCatalog.economic(year);
        } else {
            Catalogs payload = CodeConstraints.payload(context);
            catalog = payload != null ? payload.economic() : ClassificationCatalog.economic(CodeConstraints.newestYear());
        }
        return catalog == null || catalog.contains(code);
    }
}
