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
 *
 * <p>{@code allowedClasspathAnnotations} names only {@link Override}, so the generated classes carry
 * none of the annotations Immutables adds when it finds them on the processor's class path
 * ({@code @org.immutables.value.Generated}, {@code @javax.annotation.processing.Generated},
 * Error Prone's): their class files would name annotation types a consumer does not have, and
 * {@code javac -Xlint:all -Werror} fails on "Cannot find annotation method" in a consumer's build.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    depluralizeDictionary = {"baseline:baselines", "quarter:quarters", "person:people"})
public @interface ValueStyle {}
