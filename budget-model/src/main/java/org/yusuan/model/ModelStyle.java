package org.yusuan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every model type, applied per package in {@code package-info.java}.
 *
 * <p>Accessors are JavaBeans getters ({@code getTotal()}, {@code isDeclaredEmpty()}) so that Jakarta Bean
 * Validation and other reflective tools see them as properties; builders use the plain names
 * ({@code builder().total(...)}). Builders are strict: an attribute cannot be set twice.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"is*", "get*"},
        init = "*",
        strictBuilder = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true),
        allParameters = false,
        optionalAcceptNullable = true,
        headerComments = false)
public @interface ModelStyle {
}
