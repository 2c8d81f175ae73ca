/**
 * Results documents (รายงานผลการดำเนินงาน): what an office reports on its plan during and after a
 * fiscal year — indicators' actual results, projects' status and quarterly spending, notes — as data.
 * {@link io.github.eduplan.results.ResultsJson} reads and writes the versioned JSON format
 * ({@code docs/results.md}, JSON Schema at
 * {@link io.github.eduplan.results.ResultsJson#SCHEMA_RESOURCE}),
 * {@link io.github.eduplan.results.ResultsChecks} checks a document against its plan before any
 * calculation, and {@link io.github.eduplan.results.ResultsDocument#actualResults()} and
 * {@link io.github.eduplan.results.ResultsDocument#spending} feed the achievement calculators.
 */
package io.github.eduplan.results;
