/**
 * The immutable model of a Thai educational strategic or annual plan (แผนพัฒนาการศึกษา,
 * แผนปฏิบัติการประจำปีงบประมาณ): {@link io.github.eduplan.model.StrategicPlan} and the values it
 * holds. Nothing in this package imports the validation, alignment, achievement or JSON packages.
 *
 * <p>Every type is immutable and thread-safe, holds no {@code null} (absent values are
 * {@link java.util.Optional} or empty collections), and keeps Thai text exactly as written.
 */
package io.github.eduplan.model;
