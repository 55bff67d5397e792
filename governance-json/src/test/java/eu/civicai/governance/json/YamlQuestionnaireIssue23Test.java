package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.assessment.ImpactQuestion;
import eu.civicai.governance.assessment.ImpactQuestionnaire;
import eu.civicai.governance.assessment.ImpactQuestionnaires;
import eu.civicai.governance.usage.DpiaCriterion;
import eu.civicai.governance.usage.ImpactAssessment;
import eu.civicai.governance.usage.ImpactLevel;
import eu.civicai.governance.usage.QuestionAnswer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, "questions as data (JSON or YAML)": an impact questionnaire written in YAML reads as
 * the same questionnaire as its JSON, and scores the same answers the same; hostile YAML is refused
 * with the line and column.
 */
class YamlQuestionnaireIssue23Test {
  private static final GovernanceJson YAML = GovernanceJson.yaml();
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final LocalDate ON = LocalDate.of(2026, 12, 1);

  /** A collectivité's own questionnaire, written by hand in YAML. */
  private static final String HAND_YAML =
      """
      schemaVersion: "1.0"
      type: impactQuestionnaire
      content:
        id: questionnaire-brume
        version: "2026.1"
        title:
          fr: Questionnaire d'impact de la ville de Brume
          en: Impact questionnaire of the city of Brume
        source: "Adapté de l'AIA canadienne (canada-ca/aia-eia-js)"
        questions:
          - id: decision
            kind: IMPACT
            text:
              fr: Le résultat décide-t-il sans agent ?
              en: Does the output decide without an agent?
            options:
              - id: non
                label: {fr: Non, en: "No"}
                points: 0
              - id: oui
                label: {fr: Oui, en: "Yes"}
                points: 4
                dpiaCriteria: [AUTOMATED_DECISION]
          - id: mineurs
            kind: IMPACT
            text:
              fr: Des mineurs sont-ils concernés ?
              en: Are minors concerned?
            options:
              - id: non
                label: {fr: Non, en: "No"}
                points: 0
              - id: oui
                label: {fr: Oui, en: "Yes"}
                points: 3
                dpiaCriteria: [VULNERABLE_SUBJECTS, LARGE_SCALE]
          - id: recours
            kind: MITIGATION
            text:
              fr: Un recours humain est-il offert ?
              en: Is a human appeal offered?
            options:
              - id: non
                label: {fr: Non, en: "No"}
                points: 0
              - id: oui
                label: {fr: Oui, en: "Yes"}
                points: 2
      """;

  /** The same questionnaire in JSON. */
  private static final String HAND_JSON =
      """
      {"schemaVersion": "1.0", "type": "impactQuestionnaire", "content": {
        "id": "questionnaire-brume", "version": "2026.1",
        "title": {"fr": "Questionnaire d'impact de la ville de Brume",
                  "en": "Impact questionnaire of the city of Brume"},
        "source": "Adapté de l'AIA canadienne (canada-ca/aia-eia-js)",
        "questions": [
          {"id": "decision", "kind": "IMPACT",
           "text": {"fr": "Le résultat décide-t-il sans agent ?",
                    "en": "Does the output decide without an agent?"},
           "options": [
             {"id": "non", "label": {"fr": "Non", "en": "No"}, "points": 0},
             {"id": "oui", "label": {"fr": "Oui", "en": "Yes"}, "points": 4,
              "dpiaCriteria": ["AUTOMATED_DECISION"]}]},
          {"id": "mineurs", "kind": "IMPACT",
           "text": {"fr": "Des mineurs sont-ils concernés ?", "en": "Are minors concerned?"},
           "options": [
             {"id": "non", "label": {"fr": "Non", "en": "No"}, "points": 0},
             {"id": "oui", "label": {"fr": "Oui", "en": "Yes"}, "points": 3,
              "dpiaCriteria": ["VULNERABLE_SUBJECTS", "LARGE_SCALE"]}]},
          {"id": "recours", "kind": "MITIGATION",
           "text": {"fr": "Un recours humain est-il offert ?", "en": "Is a human appeal offered?"},
           "options": [
             {"id": "non", "label": {"fr": "Non", "en": "No"}, "points": 0},
             {"id": "oui", "label": {"fr": "Oui", "en": "Yes"}, "points": 2}]}]}}
      """;

  private static ImpactQuestionnaire yaml(String text) {
    return YAML.read(DocumentType.IMPACT_QUESTIONNAIRE, text);
  }

  @Test
  void builtInQuestionnaire_writtenAsYaml_readsAsTheSame_andScoresTheSame() {
    ImpactQuestionnaire builtIn = ImpactQuestionnaires.collectivites();
    String asYaml = YAML.write(DocumentType.IMPACT_QUESTIONNAIRE, builtIn);
    String asJson = JSON.write(DocumentType.IMPACT_QUESTIONNAIRE, builtIn);

    ImpactQuestionnaire fromYaml = yaml(asYaml);
    ImpactQuestionnaire fromJson = JSON.read(DocumentType.IMPACT_QUESTIONNAIRE, asJson);

    assertThat(asYaml).startsWith("schemaVersion: \"1.0\"\ntype: impactQuestionnaire\n");
    assertThat(fromYaml).isEqualTo(fromJson).isEqualTo(builtIn);
    Random random = new Random(23);
    List<ImpactLevel> levels = new ArrayList<>();
    for (int round = 0; round < 50; round++) {
      List<QuestionAnswer> answers = new ArrayList<>();
      for (ImpactQuestion q : builtIn.questions()) {
        if (random.nextInt(6) > 0) {
          var options = q.options();
          answers.add(new QuestionAnswer(q.id(), options.get(random.nextInt(options.size())).id()));
        }
      }
      ImpactAssessment a = fromYaml.assess(answers, ON);
      assertThat(a).isEqualTo(fromJson.assess(answers, ON)).isEqualTo(builtIn.assess(answers, ON));
      levels.add(a.level());
    }
    // The answers drawn reach more than one level: the comparison bites.
    assertThat(levels.stream().distinct().count()).isGreaterThan(1);
  }

  @Test
  void handWrittenYaml_isTheSameQuestionnaireAsItsJson_andScoresAsWritten() {
    ImpactQuestionnaire fromYaml = yaml(HAND_YAML);
    ImpactQuestionnaire fromJson = JSON.read(DocumentType.IMPACT_QUESTIONNAIRE, HAND_JSON);

    assertThat(fromYaml).isEqualTo(fromJson);
    assertThat(fromYaml.maxRawScore()).isEqualTo(7);
    assertThat(fromYaml.maxMitigationScore()).isEqualTo(2);
    List<QuestionAnswer> answers =
        List.of(
            new QuestionAnswer("decision", "oui"),
            new QuestionAnswer("mineurs", "oui"),
            new QuestionAnswer("recours", "oui"));
    ImpactAssessment a = fromYaml.assess(answers, ON);
    assertThat(a).isEqualTo(fromJson.assess(answers, ON));
    // Raw 7 of 7; mitigation 2 of 2 (at least 80 %): 7 reduced by 15 %, rounded: 6, above 75 %.
    assertThat(a.rawScore()).isEqualTo(7);
    assertThat(a.score()).isEqualTo(6);
    assertThat(a.level()).isEqualTo(ImpactLevel.values()[ImpactLevel.values().length - 1]);
    assertThat(a.dpiaCriteria())
        .containsExactlyInAnyOrder(
            DpiaCriterion.AUTOMATED_DECISION,
            DpiaCriterion.VULNERABLE_SUBJECTS,
            DpiaCriterion.LARGE_SCALE);
    assertThat(a.dpiaRequired()).isTrue();
  }

  @Test
  void hostileYaml_isRefusedWithLineAndColumn() {
    // An anchor on a collection: the first line of a "billion laughs".
    JsonReadException anchor =
        refused(
            HAND_YAML.replaceFirst(
                "dpiaCriteria: \\[AUTOMATED_DECISION]", "dpiaCriteria: &c [AUTOMATED_DECISION]"));
    assertThat(anchor.rule()).isEqualTo("yaml.anchor");
    assertThat(anchor.pointer()).isEqualTo("/content/questions/0/options/1/dpiaCriteria");
    assertThat(anchor.line()).isEqualTo(23);
    assertThat(anchor.column()).isPositive();
    assertThat(anchor.message(Locale.ENGLISH)).contains("(line 23, column ");

    JsonReadException alias =
        refused(HAND_YAML.replaceFirst("label: \\{fr: Oui, en: \"Yes\"}", "label: *yes"));
    assertThat(alias.rule()).isEqualTo("yaml.alias");
    assertThat(alias.line()).isEqualTo(21);

    JsonReadException unknown =
        refused(
            HAND_YAML.replace("    kind: MITIGATION\n", "    kind: MITIGATION\n      weight: 2\n"));
    assertThat(unknown.rule()).isEqualTo("json.unknownProperty");
    assertThat(unknown.pointer()).isEqualTo("/content/questions/2/weight");
    // Jackson finds an unknown field of a record once it has read the record: the line is where
    // it stands then, at or after the field's.
    assertThat(unknown.line()).isGreaterThanOrEqualTo(39);
    assertThat(unknown.column()).isPositive();
    assertThat(unknown.message(Locale.FRENCH)).contains("`/content/questions/2/weight`");
  }

  private static JsonReadException refused(String yaml) {
    try {
      YAML.readAny(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    } catch (JsonReadException e) {
      return e;
    }
    throw new AssertionError("accepted: " + yaml);
  }
}
