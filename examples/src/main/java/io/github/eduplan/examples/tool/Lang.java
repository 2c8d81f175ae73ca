package io.github.eduplan.examples.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The language of a command's output, {@code --lang th|en}: the findings' messages (the library's
 * own Thai and English texts) and the tool's headings. Plan data is printed as written, in Thai.
 */
enum Lang {
  /** ภาษาไทย, the default. */
  TH("th"),
  /** English. */
  EN("en");

  private final String tag;

  Lang(String tag) {
    this.tag = tag;
  }

  /** The locale the library's messages are asked in. */
  Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** The text in this language. */
  String pick(String thai, String english) {
    return this == TH ? thai : english;
  }

  /** Reads {@code th} or {@code en}, in any case; anything else is a usage error. */
  static final class Converter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      for (Lang lang : values()) {
        if (lang.tag.equalsIgnoreCase(value)) {
          return lang;
        }
      }
      throw new TypeConversionException("expected th or en but was '" + value + "'");
    }
  }

  /** {@code th} and {@code en}, for the help text and shell completion. */
  static final class Tags extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Tags() {
      super(List.of(TH.tag, EN.tag));
    }
  }

  /** The {@code --lang} option, a mixin every command that prints findings shares. */
  static final class Choice {
    @picocli.CommandLine.Option(
        names = "--lang",
        paramLabel = "th|en",
        defaultValue = "th",
        converter = Converter.class,
        completionCandidates = Tags.class,
        description = "The language of the findings' messages and the headings: ${COMPLETION-CANDIDATES}."
            + " Default: ${DEFAULT-VALUE}.")
    private Lang lang;

    /** The language chosen. */
    Lang get() {
      return lang;
    }
  }
}
