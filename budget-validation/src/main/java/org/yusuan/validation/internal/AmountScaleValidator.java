package org.yusuan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.yusuan.validation.constraints.AmountScale;

/** Validates {@link AmountScale}: trailing zeros do not count as decimals. */
public final class AmountScaleValidator implements ConstraintValidator<AmountScale, BigDecimal> {

    /** {@link AmountScale#max()}'s default, which the mapping of {@link BeanValidation} uses. */
    static final int DEFAULT_MAX = defaultMax();

    private int max;

    @Override
    public void initialize(AmountScale annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(BigDecimal amount, ConstraintValidatorContext context) {
        return fits(amount, max);
    }

    /**
     * The test of the constraint, shared with the engine's pre-check.
     *
     * @param amount the amount, or null (a blank cell)
     * @param max the most decimals allowed
     * @return whether the amount is valid
     */
    static boolean fits(BigDecimal amount, int max) {
        return amount == null || amount.scale() <= max || amount.stripTrailingZeros().scale() <= max;
    }

    private static int defaultMax() {
        try {
            return (Integer) AmountScale.class.getMethod("max").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("AmountScale has no max()", e);
        }
    }
}
