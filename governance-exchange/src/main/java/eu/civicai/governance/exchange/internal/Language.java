package eu.civicai.governance.exchange.internal;

import eu.civicai.governance.Labelled;
import eu.civicai.governance.usage.AiUsage;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a record's texts, as the formats write it. A record that does not say is taken to
 * be French (the library's first audience) for the labels an export writes, and the formats that
 * have a language field report it as missing rather than guessing.
 */
public final class Language {
  private Language() {}

  private static final Map<String, String> ISO_639_3 =
      Map.ofEntries(
          Map.entry("fr", "fra"),
          Map.entry("en", "eng"),
          Map.entry("nl", "nld"),
          Map.entry("de", "deu"),
          Map.entry("es", "spa"),
          Map.entry("it", "ita"),
          Map.entry("pt", "por"),
          Map.entry("ca", "cat"),
          Map.entry("eu", "eus"),
          Map.entry("br", "bre"),
          Map.entry("oc", "oci"),
          Map.entry("co", "cos"));

  private static final Map<String, String> ISO_639_1 =
      ISO_639_3.entrySet().stream()
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

  /** Returns the record's primary language subtag ({@code fr} of {@code fr-FR}), or null. */
  public static String of(AiUsage u) {
    String tag = u.metadata().language();
    if (tag == null) {
      return null;
    }
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  /** Returns the locale the labels of a record are written in: its language, French if unsaid. */
  public static Locale locale(AiUsage u) {
    String language = of(u);
    return language == null ? Locale.FRENCH : Locale.forLanguageTag(language);
  }

  /** Returns a label in the record's language (French for French, English otherwise). */
  public static String label(AiUsage u, Labelled value) {
    return value.label(locale(u));
  }

  /** Returns whether a record is written in French (or does not say). */
  public static boolean french(AiUsage u) {
    return "fr".equals(locale(u).getLanguage());
  }

  /**
   * Returns the ISO 639-3 code of a two- or three-letter language subtag; a three-letter subtag is
   * returned as it is; null when the two-letter code is not known here.
   */
  public static String iso6393(String language) {
    if (language == null) {
      return null;
    }
    return language.length() == 3 ? language : ISO_639_3.get(language);
  }

  /** Returns the BCP 47 subtag of an ISO 639-3 code, the code itself when it has none. */
  public static String fromIso6393(String code) {
    return ISO_639_1.getOrDefault(code, code);
  }
}
