package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charters.BuiltInCharters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "Honest verdicts": remediations say what to do and why, in plain words, never an echo
 * of the criterion's title ("Renseigner « Site »").
 */
class Issue15RemediationTest {
  private static final List<Charter> COMPLETENESS =
      List.of(
          BuiltInCharters.completenessInterconnectes(),
          BuiltInCharters.completenessAlgoritmeregister(),
          BuiltInCharters.completenessAtrs());

  @Test
  void noBuiltInRemediation_echoesItsTitle() {
    for (Charter charter : BuiltInCharters.all()) {
      for (Criterion c : charter.criteria()) {
        assertThat(c.remediation().fr()).as(c.id()).doesNotStartWith("Renseigner «");
        assertThat(c.remediation().en()).as(c.id()).doesNotStartWith("Fill in '");
        assertThat(c.remediation().fr()).as(c.id()).isNotEqualToIgnoringCase(c.title().fr());
        assertThat(c.remediation().en()).as(c.id()).isNotEqualToIgnoringCase(c.title().en());
      }
    }
  }

  @Test
  void completenessRemediations_sayWhatToDoAndWhyThatRegisterNeedsIt() {
    Set<String> seen = new HashSet<>();
    for (Charter charter : COMPLETENESS) {
      assertThat(charter.minimumScoreInForce()).isEqualTo(100);
      for (Criterion c : charter.criteria()) {
        // "what to do: why", in both languages, and no text shared by two fields of a profile
        assertThat(c.remediation().fr()).as(c.id()).contains(" : ");
        assertThat(c.remediation().en()).as(c.id()).contains(": ");
        assertThat(seen.add(charter.id() + c.remediation().fr())).as(c.id()).isTrue();
      }
    }
  }

  @Test
  void charterRemediations_ownedByThisIssue_giveTheirReason() {
    for (Charter charter :
        List.of(
            BuiltInCharters.ethics(),
            BuiltInCharters.compass(),
            BuiltInCharters.frugalAi(),
            BuiltInCharters.gdprCrpa())) {
      for (Criterion c : charter.criteria()) {
        assertThat(c.remediation().fr()).as(c.id()).containsAnyOf(" : ", " ; ");
        assertThat(c.remediation().en()).as(c.id()).containsAnyOf(": ", "; ");
      }
    }
  }
}
