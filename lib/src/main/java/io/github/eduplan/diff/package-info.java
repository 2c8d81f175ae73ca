/**
 * Plan revisions (การเปรียบเทียบฉบับของแผน): what changed between two versions of a plan, element by
 * element and in money, for reviewers and auditors.
 *
 * <p>Start with {@link io.github.eduplan.diff.PlanDiff#between}; print
 * {@link io.github.eduplan.diff.PlanDiff#toMarkdown} or {@link io.github.eduplan.diff.PlanDiff#toJson}.
 * See {@code docs/diff.md}.
 */
package io.github.eduplan.diff;
