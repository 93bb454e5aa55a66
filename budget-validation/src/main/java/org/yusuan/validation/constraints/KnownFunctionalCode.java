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
import org.yusuan.validation.internal.KnownFunctionalCodeValidator;

/**
 * The annotated element must be a 支出功能分类科目 code (FunctionalCode) that is in the catalog (科目编码 of the 支出功能分类科目) of a fiscal year.
 *
 * <p>The fiscal year is {@link #year()} when set; otherwise the year of the disclosure being validated by {@code
 * DisclosureValidator} (passed as the constraint validator payload), and failing that the newest built-in catalog.
 * {@code null} is valid (that is {@code @NotNull}'s job). Supported type: {@code org.yusuan.codes.FunctionalCode}.
 */
@Documented
@Constraint(validatedBy = KnownFunctionalCodeValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownFunctionalCode {

    /**
     * The message template; the bundles key it by this annotation's fully qualified name.
     *
     * @return the template
     */
    String message() default "{org.yusuan.validation.constraints.KnownFunctionalCode.message}";

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
     * The fiscal year whose catalog applies; 0 (the default) for the disclosure's year.
     *
     * @return the year, or 0
     */
    int year() default 0;
}
