package eu.civicai.governance.examples;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The watch committee grants UrbaIA, whose simulated flood maps Paris-Saclay provides under its own
 * name, a three-month waiver on marking them (AI Act Art. 50(2), due from 2 December 2026 for a
 * system in service before 2 August 2026) while the developer ships the feature; after it expires,
 * the criterion is unmet again. (Doriia, a drafting assistant whose drafts agents review, owes no
 * such duty: the marking is its provider's.)
 */
public final class GrantAWaiver {
  private GrantAWaiver() {}

  /** Returns the outcome of the waived criterion on {@code day}. */
  public static Outcome outcomeOn(LocalDate day) {
    AiUsage urbaia =
        TerritorialCases.urbaia().toBuilder().decision(d -> d.contentMarked(false)).build();
    Waiver waiver =
        Waiver.builder()
            .criterion("aiact.mark-content")
            .usage(urbaia.id())
            .justification(
                "Le marquage des cartes simulées arrive avec la version de février ; mention « simulation » sur chaque carte d'ici là.")
            .grantedBy("comité de veille")
            .grantedOn(LocalDate.of(2026, 11, 1))
            .expiresOn(LocalDate.of(2027, 1, 31))
            .build();
    Clock clock =
        Clock.fixed(
            day.atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
            ZoneId.of("Europe/Paris"));
    Finding finding =
        CharterEvaluator.of(BuiltInCharters.aiActDeployer())
            .evaluate(
                urbaia, EvaluationContext.of(clock, Locale.FRENCH).withWaivers(List.of(waiver)))
            .get(0)
            .findings()
            .stream()
            .filter(f -> f.criterionId().equals("aiact.mark-content"))
            .findFirst()
            .orElseThrow();
    System.out.println(day + " : " + finding.message());
    return finding.outcome();
  }

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    outcomeOn(LocalDate.of(2026, 12, 15));
    outcomeOn(LocalDate.of(2027, 2, 15));
  }
}
