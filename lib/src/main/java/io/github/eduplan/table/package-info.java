/**
 * The two tables planning staff keep in Excel (ตารางในแฟ้ม Excel), read from and written to CSV and
 * XLSX so that a table written and read back is the same table: the indicator table
 * ({@link io.github.eduplan.table.IndicatorTable}: strategies, goals, indicators with their
 * baselines, targets and components) and the project budget table
 * ({@link io.github.eduplan.table.ProjectBudgetTable}: projects with their quarterly plans, and the
 * stated totals); and a context table of the situation analysis
 * ({@link io.github.eduplan.table.ContextTableSheet}: headings, row labels and cells as printed).
 * {@link io.github.eduplan.table.TableFormat} chooses Thai or English words and the
 * CSV form; CSV is written as Excel opens it (UTF-8 with a byte-order mark, CRLF), and a cell that
 * could run as a formula is written with Excel's leading apostrophe. XLSX needs the optional
 * dependencies {@code org.dhatim:fastexcel} and {@code fastexcel-reader}. A table that cannot be read
 * is one {@link io.github.eduplan.table.TableFormatException} naming its sheet, row and column.
 * Nothing here opens a file: pass a stream, a reader or a writer. See {@code docs/tables.md}.
 */
package io.github.eduplan.table;
