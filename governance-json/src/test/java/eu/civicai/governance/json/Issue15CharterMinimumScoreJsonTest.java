package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charters.BuiltInCharters;
import org.junit.jupiter.api.Test;

/** Issue 15, "Honest verdicts": a charter written as JSON sets its own minimum score. */
class Issue15CharterMinimumScoreJsonTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static String withMinimum(String value) {
    return JSON.write(DocumentType.CHARTER, BuiltInCharters.ethics())
        .replaceFirst("\"source\" :", "\"minimumScore\" : " + value + ",\n    \"source\" :");
  }

  @Test
  void minimumScore_readFromJson_overridesTheDefault_andRoundTrips() throws Exception {
    Charter charter = JSON.read(DocumentType.CHARTER, withMinimum("70"));

    assertThat(charter.minimumScore()).isEqualTo(70);
    assertThat(charter.minimumScoreInForce()).isEqualTo(70);
    String written = JSON.write(DocumentType.CHARTER, charter);
    assertThat(written).contains("\"minimumScore\" : 70");
    assertThat(JSON.read(DocumentType.CHARTER, written)).isEqualTo(charter);
    assertThat(
            RoundTripTest.schema(DocumentType.CHARTER)
                .validate(new ObjectMapper().readTree(written)))
        .isEmpty();
  }

  @Test
  void notWaivableCriterion_roundTrips_andOthersStayWaivable() {
    String written = JSON.write(DocumentType.CHARTER, BuiltInCharters.ethics());
    Charter read = JSON.read(DocumentType.CHARTER, written);

    assertThat(written).containsOnlyOnce("\"waivable\" : false");
    assertThat(read).isEqualTo(BuiltInCharters.ethics());
    assertThat(read.criteria().stream().filter(c -> !c.isWaivable()))
        .extracting(eu.civicai.governance.charter.Criterion::id)
        .containsExactly("risks.no-prohibited-practice");
  }

  @Test
  void minimumScore_absent_isTheDefault() {
    Charter charter =
        JSON.read(DocumentType.CHARTER, JSON.write(DocumentType.CHARTER, BuiltInCharters.ethics()));

    assertThat(charter.minimumScore()).isNull();
    assertThat(charter.minimumScoreInForce()).isEqualTo(Charter.DEFAULT_MINIMUM_SCORE);
  }

  @Test
  void minimumScore_outOfRange_isRejectedAtItsPointer_andByTheSchema() throws Exception {
    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.read(DocumentType.CHARTER, withMinimum("101")));

    assertThat(e.rule()).isEqualTo("charter.minimumScore");
    assertThat(e.pointer()).isEqualTo("/content/minimumScore");
    assertThat(
            RoundTripTest.schema(DocumentType.CHARTER)
                .validate(new ObjectMapper().readTree(withMinimum("101"))))
        .isNotEmpty();
  }
}
