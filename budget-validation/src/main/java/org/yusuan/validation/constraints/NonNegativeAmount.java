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
import org.yusuan.validation.internal.NonNegativeAmountValidator;

/**
 * The annotated amount of money (金额) must not be negative: budget tables print no negative figures. {@code
 * null} (a blank cell) is valid. Supported type: {@link java.math.BigDecimal}.
 */
@Documented
@Constraint(validatedBy = NonNegativeAmountValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonNegativeAmount {

    /**
     * The message template; the bundles key it by this annotation's fully qualified name.
     *
     * @return the template
     */
    String message() default "{org.yusuan.validation.constraints.NonNegativeAmount.message}";

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
}
