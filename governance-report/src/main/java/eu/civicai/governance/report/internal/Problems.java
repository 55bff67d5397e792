package eu.civicai.governance.report.internal;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.charter.Evidence;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.LedgerFacts;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DatasetUse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a finding to act on says to a reader: for a criterion not satisfied, what is wrong ("une
 * échéance de conservation est dépassée"), never the requirement itself ("Aucune échéance de
 * conservation n'est dépassée" reads as a contradiction beside "non satisfait"); for an unknown
 * one, that the requirement is still to be checked. The wording comes, in order, from:
 *
 * <ol>
 *   <li>the report's {@code problems} bundle, by criterion id, for every criterion of the built-in
 *       charters (a test holds every one of them to it);
 *   <li>the rule of the completeness charters: "Champ « X » renseigné" becomes "champ « X » non
 *       renseigné";
 *   <li>for a charter of the user's, "exigence non remplie : « title »".
 * </ol>
 *
 * <p>The evidence adds what it can name: the datasets whose retention deadline passed, with the
 * deadline. Not thread-safe (it holds a {@link Format}).
 */
public final class Problems {
  private static final String BUNDLE = "eu.civicai.governance.report.internal.problems";
  private static final String COMPLETENESS = "civicai.completeness.";

  private final Words w;
  private final Format format;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final DatasetLookup datasets;
  private final Map<DatasetId, RetentionStatus> overdue;
  private final ZoneId zone;

  /**
   * Problems in a report's words.
   *
   * @param words the report's words
   * @param format the report's formats
   * @param datasets where datasets are found (their names); null when none
   * @param overdue the retention deadlines passed on the report's day, by dataset
   * @param zone the report's zone, for the deadlines' days
   */
  public Problems(
      Words words,
      Format format,
      DatasetLookup datasets,
      Map<DatasetId, RetentionStatus> overdue,
      ZoneId zone) {
    this.w = words;
    this.format = format;
    this.locale = words.locale();
    this.bundle =
        ResourceBundle.getBundle(BUNDLE, Words.isFrench(locale) ? Locale.FRENCH : Locale.ROOT);
    this.datasets = datasets;
    this.overdue = Map.copyOf(overdue);
    this.zone = zone;
  }

  /**
   * The text of a finding not satisfied or unknown.
   *
   * @param charterId the charter of the finding
   * @param finding the finding
   * @param usage the usage evaluated
   * @return what is wrong, or what is still to be checked
   */
  public String text(String charterId, Finding finding, AiUsage usage) {
    String title = SectionMaker.criterion(finding, locale);
    if (finding.outcome() == Outcome.UNKNOWN) {
      return w.f("finding.unknown", title);
    }
    String problem = problem(charterId, finding.criterionId(), title);
    String detail = detail(finding, usage);
    return detail == null ? problem : w.f("finding.detail", problem, detail);
  }

  /** What is wrong when the criterion is not satisfied, before any detail from the evidence. */
  String problem(String charterId, String criterionId, String title) {
    try {
      return bundle.getString(criterionId);
    } catch (MissingResourceException notBuiltIn) {
      // a completeness field or a user's charter: below
    }
    if (charterId.startsWith(COMPLETENESS)) {
      String fr = " renseigné";
      String en = " is filled";
      if (title.endsWith(fr)) {
        return lowerFirst(title.substring(0, title.length() - fr.length())) + " non renseigné";
      }
      if (title.endsWith(en)) {
        return lowerFirst(title.substring(0, title.length() - en.length())) + " is not filled in";
      }
    }
    return w.f("finding.notMet", title);
  }

  private String detail(Finding finding, AiUsage usage) {
    boolean retention = false;
    for (Evidence e : finding.evidence()) {
      retention |= e.fact().equals(LedgerFacts.OVERDUE_DATASETS.name());
    }
    if (!retention || overdue.isEmpty() || usage.dataUse() == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (DatasetUse use : usage.dataUse().datasets()) {
      RetentionStatus r = overdue.get(use.dataset());
      if (r == null || r.dueAt() == null) {
        continue;
      }
      String name =
          datasets == null
              ? w.t("data.undescribed")
              : datasets
                  .findDataset(r.dataset())
                  .map(Dataset::name)
                  .map(Clean::line)
                  .orElse(w.t("data.undescribed"));
      parts.add(w.f("finding.overdue", name, format.date(LocalDate.ofInstant(r.dueAt(), zone))));
    }
    return parts.isEmpty() ? null : String.join(" ; ", parts);
  }

  private String lowerFirst(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return text.substring(0, 1).toLowerCase(locale) + text.substring(1);
  }
}
