package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charters.BuiltInCharters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The charter schema in the jar agrees with what the library writes and reads (issue 19): what the
 * writer produces validates, what the reader accepts validates, and what the reader refuses for a
 * missing or ill-formed field the schema refuses too.
 */
class CharterSchemaTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static final String MINIMAL =
      """
      {"schemaVersion": "1.0", "type": "charter", "content": {
        "id": "mini", "version": "1", "title": {"fr": "Mini", "en": "Mini"},
        "principles": [{"id": "p", "title": {"fr": "P", "en": "P"}, "criteria": [
          {"id": "p.goal", "severity": "MAJOR", "title": {"fr": "But", "en": "Goal"},
           "requirement": {"known": "purpose.goal"}}]}]}}
      """;

  private static JsonSchema schema() throws Exception {
    return RoundTripTest.schema(DocumentType.CHARTER);
  }

  @Test
  void everyBuiltInCharter_asWritten_validatesAgainstTheSchema_andReadsBackEqual()
      throws Exception {
    for (Charter charter : BuiltInCharters.all()) {
      String written = JSON.write(DocumentType.CHARTER, charter);

      assertThat(schema().validate(PLAIN.readTree(written))).as(charter.id()).isEmpty();
      assertThat(JSON.read(DocumentType.CHARTER, written)).isEqualTo(charter);
    }
  }

  @Test
  void aMinimalCharter_withOnlyTheRequiredFields_isAcceptedByBoth_andRoundTrips() throws Exception {
    Charter read = JSON.read(DocumentType.CHARTER, MINIMAL);
    String written = JSON.write(DocumentType.CHARTER, read);

    assertThat(schema().validate(PLAIN.readTree(MINIMAL))).isEmpty();
    assertThat(read.source()).isNull();
    assertThat(read.criteria().get(0).rationale()).isNull();
    assertThat(read.criteria().get(0).remediation()).isNull();
    assertThat(written).doesNotContain("\"source\"", "\"rationale\"", "\"remediation\"");
    assertThat(JSON.read(DocumentType.CHARTER, written)).isEqualTo(read);
  }

  @Test
  void newerFields_minimumScoreAndWaivable_areInTheSchema_andAccepted() throws Exception {
    String json =
        MINIMAL
            .replace(
                "\"title\": {\"fr\": \"Mini\"",
                "\"minimumScore\": 70, \"title\": {\"fr\": \"Mini\"")
            .replace("\"severity\": \"MAJOR\"", "\"severity\": \"MAJOR\", \"waivable\": false");

    Charter read = JSON.read(DocumentType.CHARTER, json);

    assertThat(read.minimumScore()).isEqualTo(70);
    assertThat(read.criteria().get(0).isWaivable()).isFalse();
    assertThat(schema().validate(PLAIN.readTree(json))).isEmpty();
    var jarSchema =
        PLAIN.readTree(
            RoundTripTest.class.getResourceAsStream(DocumentType.CHARTER.schemaResource()));
    assertThat(jarSchema.at("/$defs/Criterion/properties/waivable/type").asText())
        .isEqualTo("boolean");
    assertThat(jarSchema.at("/$defs/Charter/properties/minimumScore/minimum").asInt()).isEqualTo(1);
  }

  @Test
  void whatTheReaderRefuses_theSchemaRefusesToo() throws Exception {
    String[] bad = {
      MINIMAL.replace("\"id\": \"mini\", ", ""), // no id
      MINIMAL.replace("\"id\": \"mini\"", "\"id\": \"Ma Charte\""), // id not lower-case words
      MINIMAL.replace("\"version\": \"1\"", "\"version\": \"\""), // blank version
      MINIMAL.replace("\"title\": {\"fr\": \"Mini\", \"en\": \"Mini\"},", ""), // no title
      MINIMAL.replace("{\"fr\": \"But\", \"en\": \"Goal\"}", "{\"fr\": \"But\"}"), // no English
      MINIMAL.replace(
          "\"requirement\": {\"known\": \"purpose.goal\"}", "\"references\": []"), // no requirement
      MINIMAL.replace("\"MAJOR\"", "\"SEVERE\""), // unknown severity
      MINIMAL.replace("\"version\": \"1\"", "\"version\": \"1\", \"minimumScore\": 0"), // score 0
      MINIMAL.replace("\"version\": \"1\"", "\"version\": \"1\", \"comment\": \"x\"") // unknown key
    };
    for (String json : bad) {
      assertThat(json).as("the case changes the document").isNotEqualTo(MINIMAL);
      assertThrows(GovernanceException.class, () -> JSON.read(DocumentType.CHARTER, json), json);
      assertThat(schema().validate(PLAIN.readTree(json))).as(json).isNotEmpty();
    }
  }

  @Test
  void theExamplesOfDocsChartersMd_readAndValidate() throws Exception {
    String doc = Files.readString(Path.of("../docs/charters.md"));
    String[] parts = doc.split("```json\n");
    List<String> blocks = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      blocks.add(parts[i].substring(0, parts[i].indexOf("```")));
    }
    assertThat(blocks).hasSize(2);
    String minimal = blocks.get(0);
    String everyField =
        MINIMAL.replace(
            "{\"id\": \"p.goal\", \"severity\": \"MAJOR\", \"title\": {\"fr\": \"But\", \"en\": \"Goal\"},\n"
                + "     \"requirement\": {\"known\": \"purpose.goal\"}}",
            blocks.get(1).strip());

    assertThat(everyField).isNotEqualTo(MINIMAL);
    assertThat(JSON.read(DocumentType.CHARTER, minimal))
        .isEqualTo(JSON.read(DocumentType.CHARTER, MINIMAL));
    Charter charter = JSON.read(DocumentType.CHARTER, everyField);
    assertThat(charter.criteria().get(0).isWaivable()).isFalse();
    assertThat(charter.criteria().get(0).rationale()).isNotNull();
    assertThat(schema().validate(PLAIN.readTree(everyField))).isEmpty();
  }
}
