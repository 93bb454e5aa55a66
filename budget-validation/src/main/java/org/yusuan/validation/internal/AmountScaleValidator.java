package org.yusuan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.yusuan.validation.constraints.AmountScale;

/** Validates {@link AmountScale}: trailing zeros do not count as decimals. */
public final class AmountScaleValidator implements ConstraintValidator<AmountScale, BigDecimal> {

    private int max;

    @Override
    public void initialize(AmountScale annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(BigDecimal amount, ConstraintValidatorContext context) {
        return amount == null || amount.scale() <= max || amount.stripTrailingZeros().scale() <= max;
    }
}
