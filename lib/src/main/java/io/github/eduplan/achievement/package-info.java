/**
 * Pure achievement calculators (การประเมินผลสัมฤทธิ์): actual results of indicators, achievement
 * against targets, status bands and rubric scores, roll-ups, and budget execution by quarter
 * (ผลการเบิกจ่าย). No I/O, no clocks, no mutable state; all arithmetic in {@code BigDecimal}.
 */
package io.github.eduplan.achievement;
