package eu.civicai.governance.value;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a benefit's recorded period ({@code BenefitIndicator.period}, free text) covers one year,
 * so that its amount may enter yearly totals beside footprints per year. A cumulative saving
 * ("depuis le déploiement", "sur trois ans"), a monthly one or one without a period is not a yearly
 * amount: adding it to yearly totals would compare, say, 8 M€ saved since 2019 with one year's
 * carbon footprint.
 */
final class Periods {
  /**
   * "par an", "/an", "annuel", "chaque année", "per year", "a year", "yearly", "annual", "p.a.".
   */
  private static final Pattern YEARLY =
      Pattern.compile(
          "(?:^|[^\\p{L}])(?:par an|l'an|l’an|/ ?an|annuel(?:le)?s?|annuellement|chaque annee"
              + "|par annee|per year|a year|/ ?year|each year|yearly|annual(?:ly)?|per annum"
              + "|p\\. ?a\\.)(?:$|[^\\p{L}])");

  /** One calendar year: "2023", "en 2023", "année 2023", "in 2023", "year 2023". */
  private static final Pattern ONE_YEAR =
      Pattern.compile("(?:(?:en|annee|in|year|fy)\\s+)?(?:19|20)\\d\\d");

  private Periods() {}

  /** Whether {@code period} reads as one year's worth; false when null or blank. */
  static boolean yearly(@Nullable String period) {
    if (period == null || period.isBlank()) {
      return false;
    }
    String folded =
        Normalizer.normalize(period.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ");
    return ONE_YEAR.matcher(folded).matches() || YEARLY.matcher(folded).find();
  }
}
