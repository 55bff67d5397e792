package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One test per safety rule: each rejected with the library's exception and a pointer, no secret
 * echoed.
 */
class SafeReadingTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String SECRET = "S3CR3T-pass-7781";
  private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":";

  private static String usage(String extra) {
    return HEAD
        + "{\"id\":\"u\",\"name\":\""
        + SECRET
        + "\",\"authority\":{\"name\":\"Commune\",\"kind\":\"COMMUNE\"}"
        + extra
        + "}}";
  }

  private static JsonReadException rejected(String json) {
    Throwable thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            Throwable.class, () -> JSON.read(DocumentType.USAGE, json));
    assertThat(thrown).isInstanceOf(JsonReadException.class);
    JsonReadException e = (JsonReadException) thrown;
    assertThat(e.getMessage()).doesNotContain(SECRET);
    assertThat(e.message(Locale.FRENCH)).doesNotContain(SECRET);
    return e;
  }

  @Test
  void validDocument_isRead() {
    AiUsage usage = JSON.read(DocumentType.USAGE, usage(""));
    assertThat(usage.authority()).isEqualTo(Authority.of("Commune", AuthorityKind.COMMUNE));
  }

  @Test
  void nestingBomb_100000Levels_isRejectedWithoutStackOverflow() {
    // Where the reader expects an object, the bomb fails at its first token.
    assertThat(rejected(HEAD + "[".repeat(100_000) + "]".repeat(100_000) + "}").pointer())
        .isEqualTo("/content");
    // Where a whole subtree is read (a charter's conditions), the depth limit stops it.
    String charter =
        "{\"schemaVersion\":\"1.0\",\"type\":\"charter\",\"content\":{\"id\":\"c\",\"version\":\"1\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"source\":\"s\",\"principles\":[{\"id\":\"p\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"criteria\":[{\"id\":\"c\",\"severity\":\"MINOR\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"requirement\":"
            + "{\"not\":".repeat(100_000)
            + "{\"always\":true}"
            + "}".repeat(100_000)
            + "}]}]}}";
    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.read(DocumentType.CHARTER, charter));
    assertThat(e.rule()).isEqualTo("json.depth");
    assertThat(e.getMessage())
        .startsWith("`/content/principles/0/criteria/0/requirement/not/not")
        .endsWith("the document nests deeper than 64 levels");
  }

  @Test
  void number_with1001Digits_isRejected() {
    JsonReadException e =
        rejected(
            usage(
                ",\"status\":{\"startDate\":\"2020-01-01\"},\"metadata\":{\"revision\":"
                    + "9".repeat(1001)
                    + "}"));
    assertThat(e.rule()).isEqualTo("json.numberLength");
    assertThat(e.pointer()).isEqualTo("/content/metadata/revision");
    assertThat(e.getMessage())
        .isEqualTo("`/content/metadata/revision`: a number has more than 64 digits");
  }

  @Test
  void string_of50Megabytes_isRejected() {
    JsonReadException e =
        rejected(usage(",\"description\":\"" + SECRET + "x".repeat(50 << 20) + "\""));
    assertThat(e.rule()).isIn("json.stringLength", "json.documentLength");
    assertThat(e.pointer()).startsWith("/content");
  }

  @Test
  void duplicateKey_isRejected() {
    JsonReadException e = rejected(usage(",\"team\":\"a\",\"team\":\"" + SECRET + "\""));
    assertThat(e.rule()).isEqualTo("json.duplicateKey");
    assertThat(e.pointer()).isEqualTo("/content/team");
    assertThat(e.getMessage())
        .isEqualTo(
            "`/content/team`: a property appears twice in the same object (line 1, column "
                + e.column()
                + ")");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`/content/team` : une propriété figure deux fois dans le même objet (ligne 1, colonne "
                + e.column()
                + ")");
  }

  @Test
  void trailingTokens_areRejected() {
    JsonReadException e = rejected(usage("") + " {\"" + SECRET + "\":1}");
    assertThat(e.rule()).isEqualTo("json.trailingTokens");
  }

  @Test
  void unknownProperty_isRejected() {
    JsonReadException e = rejected(usage(",\"password\":\"" + SECRET + "\""));
    assertThat(e.rule()).isEqualTo("json.unknownProperty");
    assertThat(e.pointer()).isEqualTo("/content/password");
  }

  @Test
  void stringIntoNumber_isRejected() {
    JsonReadException e = rejected(usage(",\"metadata\":{\"revision\":\"12\"}"));
    assertThat(e.rule()).isEqualTo("json.type");
    assertThat(e.pointer()).isEqualTo("/content/metadata/revision");
    assertThat(e.getMessage())
        .isEqualTo("`/content/metadata/revision`: expected a value of type integer");
  }

  @Test
  void floatIntoInteger_isRejected() {
    JsonReadException e = rejected(usage(",\"metadata\":{\"revision\":1.5}"));
    assertThat(e.rule()).isEqualTo("json.type");
    assertThat(e.pointer()).isEqualTo("/content/metadata/revision");
  }

  @Test
  void nullForPrimitive_isRejected() {
    JsonReadException e = rejected(usage(",\"metadata\":{\"revision\":null}"));
    assertThat(e.pointer()).isEqualTo("/content/metadata/revision");
  }

  @Test
  void unknownEnumValue_isRejectedListingTheAllowedValues() {
    JsonReadException e = rejected(usage(",\"status\":{\"stage\":\"" + SECRET + "\"}"));
    assertThat(e.rule()).isEqualTo("json.enum");
    assertThat(e.pointer()).isEqualTo("/content/status/stage");
    assertThat(e.getMessage())
        .isEqualTo(
            "`/content/status/stage`: the value is not one of [IDEA, EXPERIMENTATION, DEPLOYMENT, SUSPENDED, ENDED, ABANDONED]");
  }

  @Test
  void classNameTypeId_isNeverUsed() {
    JsonReadException e = rejected(usage(",\"@class\":\"java.lang.ProcessBuilder\""));
    assertThat(e.rule()).isEqualTo("json.unknownProperty");
    JsonReadException nested =
        rejected(
            usage(",\"status\":[\"java.lang.ProcessBuilder\",{\"command\":\"" + SECRET + "\"}]"));
    assertThat(nested.pointer()).isEqualTo("/content/status");
  }

  @Test
  void builderRules_applyWhenReading_withoutEchoingTheValue() {
    JsonReadException e =
        rejected(usage(",\"status\":{\"startDate\":\"2024-03-01\",\"endDate\":\"2024-02-01\"}"));
    assertThat(e.rule()).isEqualTo("dateOrder");
    assertThat(e.pointer()).isEqualTo("/content/status/endDate");
    assertThat(e.getMessage())
        .isEqualTo("`/content/status/endDate`: the value breaks rule dateOrder");
    assertThat(e.getCause()).isInstanceOf(GovernanceException.class);
  }

  @Test
  void badSiret_isRejectedAtItsPointer() {
    JsonReadException e =
        rejected(
            HEAD
                + "{\"id\":\"u\",\"name\":\""
                + SECRET
                + "\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\",\"siret\":\"24310063300012\"}}}");
    assertThat(e.rule()).isEqualTo("siret.luhn");
    assertThat(e.pointer()).isEqualTo("/content/authority/siret");
  }

  @Test
  void blankName_isRejected() {
    JsonReadException e =
        rejected(
            HEAD
                + "{\"id\":\"u\",\"name\":\" \",\"authority\":{\"name\":\""
                + SECRET
                + "\",\"kind\":\"COMMUNE\"}}}");
    assertThat(e.rule()).isEqualTo("notBlank");
    assertThat(e.pointer()).isEqualTo("/content/name");
  }

  @Test
  void listElement_isNamedByIndex() {
    JsonReadException e =
        rejected(
            usage(
                ",\"risks\":[{\"description\":\"a\",\"likelihood\":2},{\"description\":\"b\",\"likelihood\":9}]"));
    assertThat(e.pointer()).isEqualTo("/content/risks/1/likelihood");
    assertThat(e.rule()).isEqualTo("max");
  }

  @Test
  void missingRequiredValue_isRejected() {
    JsonReadException e = rejected(HEAD + "{\"id\":\"u\",\"name\":\"" + SECRET + "\"}}");
    assertThat(e.pointer()).isEqualTo("/content/authority");
    assertThat(e.rule()).isEqualTo("notNull");
  }

  @Test
  void envelope_wrongVersionTypeOrShape_isRejected() {
    assertThat(rejected("{\"schemaVersion\":\"2.0\",\"type\":\"usage\",\"content\":{}}").rule())
        .isEqualTo("json.schemaVersion");
    assertThat(
            rejected("{\"schemaVersion\":\"1.0\",\"type\":\"dataset\",\"content\":{}}")
                .getMessage())
        .isEqualTo("`/type`: expected a document of type usage");
    assertThat(
            rejected("{\"schemaVersion\":\"1.0\",\"type\":\"x" + SECRET + "\",\"content\":{}}")
                .rule())
        .isEqualTo("json.unknownType");
    assertThat(rejected("{\"type\":\"usage\",\"schemaVersion\":\"1.0\",\"content\":{}}").rule())
        .isEqualTo("json.envelope");
    assertThat(rejected("[" + SECRET + "]").rule()).isEqualTo("json.envelope");
    assertThat(rejected("{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":null}").rule())
        .isEqualTo("json.required");
  }

  @Test
  void malformedJson_isASyntaxError() {
    assertThat(rejected(HEAD + "{\"id\":\"u\",}").rule()).isEqualTo("json.syntax");
    assertThat(rejected("").rule()).isEqualTo("json.envelope");
  }

  @Test
  void malformedCondition_inACharter_isRejectedAtItsPointer() {
    String charter =
        JSON.write(DocumentType.CHARTER, eu.civicai.governance.charters.BuiltInCharters.ethics())
            .replaceFirst("\"known\" : \"purpose.goal\"", "\"known\" : 3");
    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.read(DocumentType.CHARTER, charter));
    assertThat(e.rule()).isEqualTo("json.type");
    assertThat(e.pointer()).startsWith("/content/principles/0/criteria/0/requirement");
  }

  @Test
  void charterWithUnknownFact_namesTheFactTheNearestOnesAndTheVocabulary_issue19() {
    String charter =
        JSON.write(DocumentType.CHARTER, eu.civicai.governance.charters.BuiltInCharters.ethics())
            .replaceFirst("\"purpose.goal\"", "\"purpose.goals\"");
    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.read(DocumentType.CHARTER, charter));
    assertThat(e.rule()).isEqualTo("json.unknownFact");
    // The pointer of the name in the criterion's condition, not a made-up one.
    assertThat(e.pointer())
        .matches("/content/principles/\\d+/criteria/\\d+/\\w+(/.*)?/(fact|known|stated|count)");
    assertThat(e.message(Locale.ENGLISH))
        .startsWith(
            "`" + e.pointer() + "`: unknown fact `purpose.goals`; did you mean `purpose.goal`")
        .endsWith("? Every fact is described in docs/facts.md");
    assertThat(e.message(Locale.FRENCH))
        .startsWith(
            "`"
                + e.pointer()
                + "` : fait inconnu `purpose.goals` ; vouliez-vous dire `purpose.goal`")
        .endsWith(" ? Chaque fait est décrit dans docs/facts.md");
  }

  @Test
  void schemas_rejectWhatTheReaderRejects() throws Exception {
    var schema = RoundTripTest.schema(DocumentType.USAGE);
    var plain = new ObjectMapper();
    assertThat(schema.validate(plain.readTree(usage(",\"password\":\"x\"")))).isNotEmpty();
    assertThat(schema.validate(plain.readTree(usage(",\"status\":{\"stage\":\"NOPE\"}"))))
        .isNotEmpty();
    assertThat(schema.validate(plain.readTree(usage(",\"summary\":\"" + "x".repeat(351) + "\""))))
        .isNotEmpty();
    assertThat(schema.validate(plain.readTree(usage("")))).isEmpty();
  }

  @Test
  void limits_areOwnedByTheInstance_notTheJvm() {
    GovernanceJson strict = GovernanceJson.create(JsonLimits.DEFAULTS.withMaxDepth(2));
    assertThatThrownBy(
            () -> strict.read(DocumentType.USAGE, usage(",\"status\":{\"stage\":\"IDEA\"}")))
        .isInstanceOf(JsonReadException.class)
        .hasMessageContaining("deeper than 2 levels");
    assertThat(JSON.read(DocumentType.USAGE, usage(",\"status\":{\"stage\":\"IDEA\"}")).status())
        .isNotNull();
  }
}
