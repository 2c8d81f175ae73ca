/**
 * Alignment of a plan to the national plan levels (ความสอดคล้องกับแผนระดับต่าง ๆ): a catalogue of
 * the higher-level frameworks (ยุทธศาสตร์ชาติ, แผนแม่บท, แผนการปฏิรูปประเทศ, แผนพัฒนาเศรษฐกิจและสังคม
 * แห่งชาติ, policies), and pure trace and coverage queries over a plan's links.
 *
 * <p>Start with {@link io.github.eduplan.alignment.Catalogue#bundled()} and
 * {@link io.github.eduplan.alignment.AlignmentMap#of}; read your own catalogue with
 * {@link io.github.eduplan.alignment.CatalogueJson} and merge it in. See {@code docs/alignment.md}.
 */
package io.github.eduplan.alignment;
