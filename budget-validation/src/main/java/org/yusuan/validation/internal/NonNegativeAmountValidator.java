package org.yusuan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.yusuan.validation.constraints.NonNegativeAmount;

/** Validates {@link NonNegativeAmount}. */
public final class NonNegativeAmountValidator implements ConstraintValidator<NonNegativeAmount, BigDecimal> {

    @Override
    public boolean isValid(BigDecimal amount, ConstraintValidatorContext context) {
        return isNonNegative(amount);
    }

    /**
     * The test of the constraint, shared with the engine's pre-check.
     *
     * @param amount the amount, or null (a blank cell)
     * @return whether the amount is valid
     */
    static boolean isNonNegative(BigDecimal amount) {
        return amount == null || amount.signum() >= 0;
    }
}
