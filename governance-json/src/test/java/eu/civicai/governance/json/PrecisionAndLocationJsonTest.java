package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DatePrecision;
import org.junit.jupiter.api.Test;

/** Issue 15 §4: month precision and map location in JSON, optional and checked on reading. */
class PrecisionAndLocationJsonTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static String usage(String extra) {
    return "{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":"
        + "{\"id\":\"u\",\"name\":\"N\",\"authority\":{\"name\":\"Commune\",\"kind\":\"COMMUNE\"}"
        + extra
        + "}}";
  }

  @Test
  void monthPrecision_andLocation_areRead_andWrittenBack() {
    String json =
        usage(
            ",\"status\":{\"startDate\":\"2024-01-01\",\"startDatePrecision\":\"MONTH\"},"
                + "\"transparency\":{\"location\":{\"latitude\":45.764,\"longitude\":-0.3511}}");
    AiUsage usage = JSON.read(DocumentType.USAGE, json);
    assertThat(usage.status().startDatePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(usage.transparency().location().longitude()).isEqualByComparingTo("-0.3511");
    String written = JSON.write(DocumentType.USAGE, usage);
    assertThat(written).contains("\"startDatePrecision\"", "\"location\"");
    assertThat(JSON.read(DocumentType.USAGE, written)).isEqualTo(usage);
  }

  @Test
  void documentsWithoutThem_readAsBefore() {
    AiUsage usage =
        JSON.read(DocumentType.USAGE, usage(",\"status\":{\"startDate\":\"2024-01-15\"}"));
    assertThat(usage.status().startDatePrecision()).isNull();
    assertThat(JSON.write(DocumentType.USAGE, usage)).doesNotContain("startDatePrecision");
  }

  @Test
  void latitudeOutOfRange_isRefused_withItsPointer() {
    assertThatThrownBy(
            () ->
                JSON.read(
                    DocumentType.USAGE,
                    usage(",\"transparency\":{\"location\":{\"latitude\":91,\"longitude\":0}}")))
        .isInstanceOfSatisfying(
            JsonReadException.class,
            e -> {
              assertThat(e.pointer()).startsWith("/content/transparency/location");
              assertThat(e.rule()).isEqualTo("max");
            });
  }

  @Test
  void monthPrecision_notOnTheFirstDay_isRefused() {
    assertThatThrownBy(
            () ->
                JSON.read(
                    DocumentType.USAGE,
                    usage(
                        ",\"status\":{\"startDate\":\"2024-01-15\","
                            + "\"startDatePrecision\":\"MONTH\"}")))
        .isInstanceOfSatisfying(
            JsonReadException.class,
            e -> {
              assertThat(e.pointer()).startsWith("/content/status");
              assertThat(e.rule()).isEqualTo("date.notFirstOfMonth");
            });
  }
}
