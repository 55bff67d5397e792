package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A user's own charter may leave out source, rationale and remediation (issue 19). */
class CharterOptionalFieldsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  private static Charter minimal() {
    return Charter.builder("mini", "1")
        .title("Mini", "Mini")
        .principle(
            "transparence",
            "Transparence",
            "Transparency",
            p ->
                p.criterion(
                    "transparence.objectif",
                    Severity.MAJOR,
                    c ->
                        c.title("L'objectif est publié", "The goal is published")
                            .requires(PurposeFacts.GOAL.known())))
        .build();
  }

  @Test
  void aCharterWithoutSourceRationaleOrRemediation_builds_withNullsForWhatIsLeftOut() {
    Charter charter = minimal();

    assertThat(charter.source()).isNull();
    Criterion criterion = charter.criteria().get(0);
    assertThat(criterion.rationale()).isNull();
    assertThat(criterion.remediation()).isNull();
    assertThat(criterion.appliesWhen()).isEqualTo(Condition.ALWAYS);
    assertThat(criterion.references()).isEmpty();
    assertThat(criterion.isWaivable()).isTrue();
    assertThat(charter.minimumScoreInForce()).isEqualTo(Charter.DEFAULT_MINIMUM_SCORE);
  }

  @Test
  void remediationInForce_isBuiltFromTheTitle_whenNoneIsGiven_inFrenchAndEnglish() {
    Text text = minimal().criteria().get(0).remediationInForce();

    assertThat(text.fr()).isEqualTo("Satisfaire le critère : L'objectif est publié.");
    assertThat(text.en()).isEqualTo("Meet the criterion: The goal is published.");
  }

  @Test
  void anUnmetFinding_showsTheDefaultRemediation_inTheCallersLanguage() {
    AiUsage usage =
        AiUsage.builder("sans-objectif")
            .name("Sans objectif")
            .authority(Authority.of("Commune", AuthorityKind.COMMUNE))
            .build();
    CharterEvaluator evaluator = CharterEvaluator.of(minimal());

    List<EvaluationReport> fr =
        evaluator.evaluate(usage, EvaluationContext.of(CLOCK, Locale.FRENCH));
    List<EvaluationReport> en =
        evaluator.evaluate(usage, EvaluationContext.of(CLOCK, Locale.ENGLISH));

    assertThat(fr.get(0).findings().get(0).remediation())
        .isEqualTo("Satisfaire le critère : L'objectif est publié.");
    assertThat(en.get(0).findings().get(0).remediation())
        .isEqualTo("Meet the criterion: The goal is published.");
  }

  @Test
  void builtInCharters_stillGiveTheirSource_andEveryRationaleAndRemediation() {
    for (Charter charter : BuiltInCharters.all()) {
      assertThat(charter.source()).as(charter.id()).isNotBlank();
      for (Criterion criterion : charter.criteria()) {
        assertThat(criterion.rationale()).as(criterion.id()).isNotNull();
        assertThat(criterion.remediation()).as(criterion.id()).isNotNull();
      }
    }
  }
}
