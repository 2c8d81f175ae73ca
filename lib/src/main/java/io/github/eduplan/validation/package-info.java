/**
 * Validation of a plan (การตรวจสอบแผน): rules with stable codes that find the defects real plans
 * have, and report them with a severity, the element's path and a message in Thai and English. A
 * plan the model accepted is never refused: the validator reports.
 *
 * <p>{@link io.github.eduplan.validation.PlanValidator} runs a catalogue of
 * {@link io.github.eduplan.validation.ValidationRule}s (the standard ones are listed by
 * {@link io.github.eduplan.validation.StandardRules}) and returns a
 * {@link io.github.eduplan.validation.ValidationReport} of
 * {@link io.github.eduplan.validation.Finding}s. Users switch rules off, change their severity and
 * add their own rules, which report through a {@link io.github.eduplan.validation.RuleContext} and
 * may bring their own {@link io.github.eduplan.validation.FindingMessages}. Every rule is explained
 * in {@code docs/validation-rules.md}.
 */
package io.github.eduplan.validation;
