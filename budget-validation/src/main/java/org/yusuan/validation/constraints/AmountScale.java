package org.yusuan.validation.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.yusuan.validation.internal.AmountScaleValidator;

/**
 * The annotated amount of money must have at most {@link #max()} decimals, ignoring trailing zeros: tables in 万元
 * print two (万元 to the 百元), tables in 元 at most two (元 to the 分), so {@code 173.542} is a misplaced figure.
 * {@code null} (a blank cell) is valid. Supported type: {@link java.math.BigDecimal}.
 */
@Documented
@Constraint(validatedBy = AmountScaleValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface AmountScale {

    /**
     * The message template; the bundles key it by this annotation's fully qualified name.
     *
     * @return the template
     */
    String message() default "{org.yusuan.validation.constraints.AmountScale.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The most decimals allowed.
     *
     * @return the number of decimals, 2 by default
     */
    int max() default 2;
}
