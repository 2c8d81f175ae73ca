/**
 * The JSON form of a plan: {@link io.github.eduplan.json.PlanJson} reads and writes it,
 * {@link io.github.eduplan.json.EduplanModule} teaches any Jackson 3 mapper the library's value
 * types, and {@link io.github.eduplan.json.PlanFormatException} reports a malformed document with
 * its JSON path, line and column. The format is documented in {@code docs/json-format.md}; its JSON
 * Schema ships in the jar as {@link io.github.eduplan.json.PlanJson#SCHEMA_RESOURCE}.
 */
package io.github.eduplan.json;
