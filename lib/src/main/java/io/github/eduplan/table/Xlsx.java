package io.github.eduplan.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The door to {@link XlsxRows}: fastexcel is an optional dependency, so this class checks that its
 * jars are there before any class that names them is loaded, and says which jar is missing.
 */
final class Xlsx {
  private static final String WRITER = "org.dhatim.fastexcel.Workbook";
  private static final String READER = "org.dhatim.fastexcel.reader.ReadableWorkbook";
  private static final String COMPRESS = "org.apache.commons.compress.archivers.zip.ZipFile";

  private Xlsx() {}

  static List<Grid.Sheet> read(InputStream in) throws IOException {
    require(READER, "org.dhatim:fastexcel-reader:0.19.0");
    require(COMPRESS, "org.apache.commons:commons-compress (which fastexcel-reader brings)");
    return XlsxRows.read(in);
  }

  static void write(List<XlsxRows.SheetOut> sheets, OutputStream out) throws IOException {
    require(WRITER, "org.dhatim:fastexcel:0.19.0");
    XlsxRows.write(sheets, out);
  }

  static void require(String type, String artifact) {
    try {
      Class.forName(type, false, Xlsx.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("XLSX tables need the optional dependency " + artifact
          + ", which is not on the class path (or, in a modular application, not required): add it to the application's dependencies", e);
    }
  }
}
