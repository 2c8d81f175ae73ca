/**
 * The two tables planning staff keep in Excel, read from and written to CSV: the indicator table
 * ({@link io.github.eduplan.table.IndicatorTable}: เป้าประสงค์ | ตัวชี้วัด | หน่วยนับ | baseline years |
 * target years) and the project budget table ({@link io.github.eduplan.table.ProjectBudgetTable}:
 * ที่ | โครงการ | งบประมาณ | ไตรมาส 1–4 | ผู้รับผิดชอบ). Cells may use Thai or Arabic digits, thousands
 * separators, "N/A" and "-"; a bad cell is reported by row and column with
 * {@link io.github.eduplan.table.TableFormatException}. White space around a cell is not kept;
 * the text inside it is, verbatim. Readers and writers are the caller's: nothing here opens a file
 * or chooses a charset, so pass a UTF-8 reader or writer.
 */
package io.github.eduplan.table;
