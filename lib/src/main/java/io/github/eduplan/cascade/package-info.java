/**
 * Many plans together (ชุดแผน): school plans serving their area office's plan, area office plans
 * serving OBEC's. A {@link io.github.eduplan.cascade.PlanSet} resolves which plan each plan serves
 * and reports what it cannot; {@link io.github.eduplan.cascade.PlanSetLoader} reads a folder of
 * plans in parallel; {@link io.github.eduplan.cascade.Consolidation} answers the questions asked of
 * all plans at once (budget by framework item, by office and by province, coverage of an area
 * office's strategies by its schools' projects, the chain from a school project up to the national
 * strategy, pooled budget execution and indicator achievement, missing plans), each figure the sum
 * of the single-plan figures; {@link io.github.eduplan.cascade.CascadeValidator} checks the links
 * between plans; {@link io.github.eduplan.cascade.RelationalExport} writes the set as CSV tables
 * whose keys join, for DuckDB, a database or Spark.
 *
 * <p>Every type is immutable or stateless and thread-safe.
 */
package io.github.eduplan.cascade;
