package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.FundamentalRightsAssessment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: the FRIA travels inside the usage's AI Act profile, read as strictly as it is built.
 */
class FriaJsonTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static AiUsage usage() {
    return AiUsage.builder("creches")
        .name("Crèches")
        .authority(Authority.of("Ville", AuthorityKind.COMMUNE))
        .aiAct(
            a ->
                a.fria(
                    FundamentalRightsAssessment.builder(3, LocalDate.of(2026, 9, 1))
                        .processes("Instruction")
                        .notified(LocalDate.of(2026, 9, 15), "MSA-1")
                        .build()))
        .build();
  }

  @Test
  void fria_isWrittenUnderAiAct_andReadBack() throws Exception {
    String json = JSON.write(DocumentType.USAGE, usage());
    com.fasterxml.jackson.databind.JsonNode fria =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).at("/content/aiAct/fria");
    assertThat(fria.get("version").asInt()).isEqualTo(3);
    assertThat(fria.get("assessedOn").asText()).isEqualTo("2026-09-01");
    assertThat(fria.get("notifiedOn").asText()).isEqualTo("2026-09-15");
    assertThat(fria.get("notificationReference").asText()).isEqualTo("MSA-1");
    assertThat(fria.has("risksOfHarm")).as("empty lists are left out").isFalse();
    assertThat(JSON.read(DocumentType.USAGE, json)).isEqualTo(usage());
  }

  @Test
  void fria_notificationBeforeTheAssessment_isRejectedWithItsPointer() {
    String json =
        JSON.write(DocumentType.USAGE, usage()).replace("\"2026-09-15\"", "\"2026-08-15\"");
    JsonReadException e =
        catchThrowableOfType(() -> JSON.read(DocumentType.USAGE, json), JsonReadException.class);
    assertThat(e.pointer()).isEqualTo("/content/aiAct/fria/notifiedOn");
    assertThat(e.rule()).isEqualTo("dateOrder");
  }

  @Test
  void fria_withoutItsDate_isRejected() {
    String json =
        JSON.write(DocumentType.USAGE, usage())
            .replaceAll("\"assessedOn\"\\s*:\\s*\"2026-09-01\",", "");
    JsonReadException e =
        catchThrowableOfType(() -> JSON.read(DocumentType.USAGE, json), JsonReadException.class);
    assertThat(e.pointer()).isEqualTo("/content/aiAct/fria/assessedOn");
  }
}
