package io.github.eduplan.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every value type in eduplan: the generated {@code ImmutableX} class
 * stays package-private, the abstract type is the API, builders are reached through
 * {@code X.builder()}, and accessors have no {@code get} prefix.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    depluralizeDictionary = {"baseline:baselines", "quarter:quarters", "person:people"})
public @interface ValueStyle {}
