package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import eu.civicai.governance.usage.GeneralPurposeAi;
import eu.civicai.governance.usage.ProhibitedPractice;
import eu.civicai.governance.usage.RealTimeBiometricException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AI Act questions of the record, and a classification, written and read (issue 15). */
class AiActJsonTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static AiUsage answered() {
    Map<ProhibitedPractice, Boolean> screening = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice p : ProhibitedPractice.values()) {
      screening.put(p, false);
    }
    return AiUsage.builder("aides")
        .name("Aides sociales")
        .authority(Authority.of("Commune", AuthorityKind.COMMUNE))
        .aiAct(
            a ->
                a.role(AiActRole.DEPLOYER)
                    .aiSystem(Answer.YES)
                    .article2Exclusion(Article2Exclusion.NONE)
                    .annexIProductSafetyComponent(Answer.NO)
                    .annexIiiPoint(AnnexIiiPoint.P5_A)
                    .criticalInfrastructureSafetyComponent(Answer.UNKNOWN)
                    .emotionRecognitionOrBiometricCategorisation(Answer.NO)
                    .deepFake(Answer.NO)
                    .publicInterestText(Answer.YES)
                    .editorialResponsibility(Answer.YES)
                    .assistiveEditingOnly(Answer.UNKNOWN)
                    .generalPurposeAi(GeneralPurposeAi.BUILT_ON_MODEL)
                    .realTimeBiometricException(RealTimeBiometricException.NONE)
                    .usedPerInstructions(Answer.YES)
                    .inputDataChecked(Answer.NO)
                    .operationMonitored(Answer.UNKNOWN)
                    .logRetentionMonths(6)
                    .providerRegistrationChecked(Answer.YES)
                    .prohibitedPractices(screening))
        .decision(
            d ->
                d.profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(true)
                    .concernsIndividuals(true))
        .build();
  }

  @Test
  void usage_everyAiActAnswer_roundTrips_withUnknownAsAValue() {
    AiUsage usage = answered();

    String json = JSON.write(DocumentType.USAGE, usage);
    AiUsage read = JSON.read(DocumentType.USAGE, json);

    assertThat(read).isEqualTo(usage);
    assertThat(JSON.write(DocumentType.USAGE, read)).isEqualTo(json);
    assertThat(json)
        .contains(
            "\"annexIiiPoint\" : \"P5_A\"",
            "\"criticalInfrastructureSafetyComponent\" : \"UNKNOWN\"",
            "\"editorialResponsibility\" : \"YES\"",
            "\"logRetentionMonths\" : 6",
            "\"NON_CONSENSUAL_INTIMATE_CONTENT\" : false");
  }

  @Test
  void usage_answerOutsideYesNoUnknown_isRefused_withItsPointer() {
    String json =
        JSON.write(DocumentType.USAGE, answered())
            .replace("\"aiSystem\" : \"YES\"", "\"aiSystem\" : \"MAYBE\"");

    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.read(DocumentType.USAGE, json));

    assertThat(e.pointer()).isEqualTo("/content/aiAct/aiSystem");
  }

  @Test
  void usage_pointOutsideTheDeclaredArea_isRefused_withItsPointer() {
    String json =
        JSON.write(DocumentType.USAGE, answered())
            .replace(
                "\"aiSystem\" : \"YES\"",
                "\"aiSystem\" : \"YES\", \"annexIiiArea\" : \"EMPLOYMENT\"");

    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.read(DocumentType.USAGE, json));

    assertThat(e.pointer()).startsWith("/content/aiAct");
  }

  @Test
  void classification_carriesArticlesDatesAndRuleSet_andRoundTrips() {
    AiActClassification c = AiActClassifier.classify(answered(), LocalDate.of(2026, 12, 1));

    String json = JSON.write(DocumentType.AI_ACT_CLASSIFICATION, c);

    assertThat(JSON.read(DocumentType.AI_ACT_CLASSIFICATION, json)).isEqualTo(c);
    assertThat(json)
        .contains(
            "\"articles\" : [ \"Art. 6(2)\", \"Annex III, point 5(a)\" ]",
            "\"obligation\" : \"FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT\"",
            "\"appliesFrom\" : \"2027-12-02\"",
            "\"status\" : \"NOT_YET_APPLICABLE\"",
            "\"assessedOn\" : \"2026-12-01\"",
            "Regulation (EU) 2026/1744");
  }
}
