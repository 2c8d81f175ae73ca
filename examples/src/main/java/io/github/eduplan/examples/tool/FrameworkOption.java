package io.github.eduplan.examples.tool;

import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.Framework;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --framework ID}: the national plan level to tally a plan's projects by, one of the bundled
 * catalogue's frameworks (ยุทธศาสตร์ชาติ, นโยบาย สพฐ. …). An unknown identifier is a usage error
 * that lists the known ones.
 */
final class FrameworkOption {
  /** The framework when none is named: the 20-year national strategy. */
  static final String DEFAULT = "national-strategy";

  @Option(
      names = "--framework",
      paramLabel = "ID",
      defaultValue = DEFAULT,
      converter = Converter.class,
      completionCandidates = Ids.class,
      description = "The national framework to tally the projects by: ${COMPLETION-CANDIDATES}."
          + " Default: ${DEFAULT-VALUE}.")
  private Framework framework;

  Framework framework() {
    return framework;
  }

  /** A framework's title in a language: its English title, where it has one, for English. */
  static String title(Framework framework, Lang lang) {
    return lang == Lang.TH ? framework.titleThai() : framework.titleEnglish().orElse(framework.titleThai());
  }

  /** The identifiers of the bundled catalogue's frameworks, in its order. */
  static List<String> ids() {
    List<String> ids = new ArrayList<>();
    Catalogue.bundled().frameworks().forEach(f -> ids.add(f.id()));
    return ids;
  }

  /** Finds a framework of the bundled catalogue by identifier. */
  static final class Converter implements ITypeConverter<Framework> {
    @Override
    public Framework convert(String id) {
      return Catalogue.bundled().framework(id).orElseThrow(() -> new TypeConversionException(
          "unknown framework '" + id + "'; the frameworks are " + String.join(", ", ids())));
    }
  }

  /** The identifiers, for the help text and shell completion. */
  static final class Ids extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Ids() {
      super(ids());
    }
  }
}
