package eu.civicai.governance.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.Criterion;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.Principle;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a finding not satisfied says what is wrong, never the requirement it fails ("Aucune
 * échéance de conservation n'est dépassée" beside "non satisfait" reads as a contradiction).
 */
class ProblemsTest {
  private static final AiUsage USAGE =
      AiUsage.builder("u").name("U").authority(Authority.of("A", AuthorityKind.COMMUNE)).build();

  private static List<Charter> builtIn() {
    List<Charter> all = new ArrayList<>(BuiltInCharters.all());
    all.add(BuiltInCharters.strategy());
    return all;
  }

  private static Problems problems(Locale locale) {
    return new Problems(
        Words.of(locale), new Format(locale), null, Map.of(), ZoneId.of("Europe/Paris"));
  }

  /** A finding as the evaluator writes it ("Non satisfait : <title>", "Not met: <title>"). */
  private static Finding finding(Criterion c, Outcome outcome, Locale locale) {
    boolean fr = Words.isFrench(locale);
    String title = c.title().in(locale);
    String message =
        switch (outcome) {
          case NOT_SATISFIED -> (fr ? "Non satisfait : " : "Not satisfied: ") + title;
          default ->
              (fr ? "Inconnu, information manquante : " : "Unknown, information missing: ") + title;
        };
    return new Finding(
        c.id(), "p", c.severity(), outcome, message, List.of(), null, List.of(), null);
  }

  @Test
  void everyCriterionOfEveryBuiltInCharter_notSatisfied_saysWhatIsWrong() {
    int checked = 0;
    for (Locale locale : List.of(Locale.FRENCH, Locale.UK)) {
      Problems problems = problems(locale);
      for (Charter charter : builtIn()) {
        for (Principle p : charter.principles()) {
          for (Criterion c : p.criteria()) {
            String title = c.title().in(locale);
            String text =
                problems.text(charter.id(), finding(c, Outcome.NOT_SATISFIED, locale), USAGE);
            assertThat(text)
                .as(charter.id() + " / " + c.id() + " (" + locale + ")")
                .isNotBlank()
                .isNotEqualToIgnoringCase(title)
                // not the requirement quoted either: every built-in criterion has its wording
                .doesNotContain(title)
                .doesNotContain("Indéterminé. .", ". .", "`", "null");
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(300);
  }

  @Test
  void problemsBundle_namesOnlyCriteriaOfBuiltInCharters() {
    Set<String> ids = new HashSet<>();
    for (Charter charter : builtIn()) {
      charter.principles().forEach(p -> p.criteria().forEach(c -> ids.add(c.id())));
    }
    for (Locale locale : List.of(Locale.FRENCH, Locale.ROOT)) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("eu.civicai.governance.report.internal.problems", locale);
      assertThat(ids).as(locale.toString()).containsAll(bundle.keySet());
    }
  }

  @Test
  void completenessField_notFilled() {
    Criterion field =
        BuiltInCharters.find("civicai.completeness.interconnectes")
            .orElseThrow()
            .principles()
            .get(0)
            .criteria()
            .get(0);
    assertThat(
            problems(Locale.FRENCH)
                .text(
                    "civicai.completeness.interconnectes",
                    finding(field, Outcome.NOT_SATISFIED, Locale.FRENCH),
                    USAGE))
        .isEqualTo("champ « Porteur (coll_nom) » non renseigné");
    assertThat(
            problems(Locale.UK)
                .text(
                    "civicai.completeness.interconnectes",
                    finding(field, Outcome.NOT_SATISFIED, Locale.UK),
                    USAGE))
        .isEqualTo("field 'Owner (coll_nom)' is not filled in");
  }

  @Test
  void retentionOverdue_french() {
    Criterion c = criterion("data.retention-not-overdue");
    assertThat(
            problems(Locale.FRENCH)
                .text("civicai.ethics", finding(c, Outcome.NOT_SATISFIED, Locale.FRENCH), USAGE))
        .isEqualTo("une échéance de conservation est dépassée");
  }

  @Test
  void unknown_isStillToBeChecked() {
    Criterion c = criterion("oversight.trained");
    assertThat(
            problems(Locale.FRENCH)
                .text("civicai.ethics", finding(c, Outcome.UNKNOWN, Locale.FRENCH), USAGE))
        .isEqualTo("« Les superviseurs sont formés » reste à vérifier");
    assertThat(
            problems(Locale.UK)
                .text("civicai.ethics", finding(c, Outcome.UNKNOWN, Locale.UK), USAGE))
        .isEqualTo("“Overseers are trained” is still to be checked");
  }

  @Test
  void usersCharter_withoutAWording_quotesTheRequirementNotMet() {
    Charter mine =
        Charter.builder("my.charter", "1")
            .title("Ma charte", "My charter")
            .principle(
                "p",
                "P",
                "P",
                p ->
                    p.criterion(
                        "my.rule",
                        Severity.MAJOR,
                        c -> c.title("Tout va bien", "All is well").requires(Condition.ALWAYS)))
            .build();
    Criterion c = mine.principles().get(0).criteria().get(0);
    assertThat(
            problems(Locale.FRENCH)
                .text("my.charter", finding(c, Outcome.NOT_SATISFIED, Locale.FRENCH), USAGE))
        .isEqualTo("exigence non remplie : « Tout va bien »");
  }

  private static Criterion criterion(String id) {
    return BuiltInCharters.ethics().principles().stream()
        .flatMap(p -> p.criteria().stream())
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
