/**
 * Validation of a plan (การตรวจสอบแผน): rules with stable codes that find the defects real plans
 * have, and report them with a severity, the element's path and a message in Thai and English. A
 * plan the model accepted is never refused: the validator reports.
 */
package io.github.eduplan.validation;
