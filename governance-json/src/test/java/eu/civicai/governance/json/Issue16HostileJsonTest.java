package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.usage.AiUsage;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, "Inputs that still hurt", on the reading side: each hostile value is refused with the
 * library's exception, its JSON Pointer and its rule, in a message of bounded length that quotes
 * nothing of the input.
 */
class Issue16HostileJsonTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String SECRET = "S3CR3T";
  private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":";

  private static String usage(String name, String extra) {
    return HEAD
        + "{\"id\":\"u\",\"name\":\""
        + name
        + "\",\"authority\":{\"name\":\"Commune\",\"kind\":\"COMMUNE\"}"
        + extra
        + "}}";
  }

  private static String dataset(String duration) {
    return "{\"schemaVersion\":\"1.0\",\"type\":\"dataset\",\"content\":{\"id\":\"d\",\"name\":\"D\","
        + "\"retention\":{\"duration\":\""
        + duration
        + "\",\"trigger\":\"COLLECTION\",\"endAction\":\"DELETE\"}}}";
  }

  private static JsonReadException refused(DocumentType<?> type, String json) {
    Throwable thrown =
        org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () -> JSON.read(type, json));
    assertThat(thrown).isInstanceOf(JsonReadException.class);
    JsonReadException e = (JsonReadException) thrown;
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      assertThat(e.message(locale)).doesNotContain(SECRET).hasSizeLessThan(300);
    }
    return e;
  }

  private static JsonReadException refusedUsage(String json) {
    return refused(DocumentType.USAGE, json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e999999999",
        "1e-999999999",
        "1e2147483647",
        "-1e999999999",
        "1e1000000",
        "1e-2147483649",
        "1e65",
        "15e-65"
      })
  void issue16_numberWithAHugeExponent_isRefusedWithPointerAndRule(String number) {
    JsonReadException e =
        refusedUsage(
            usage(
                "N",
                ",\"footprint\":{\"inferenceEnergyPerYear\":{\"value\":"
                    + number
                    + ",\"unit\":\"KWH\"}}"));

    assertThat(e.pointer()).isEqualTo("/content/footprint/inferenceEnergyPerYear/value");
    assertThat(e.rule()).isEqualTo("json.numberRange");
    assertThat(e.getMessage())
        .isEqualTo(
            "`/content/footprint/inferenceEnergyPerYear/value`: a number must have at most 64"
                + " digits before its decimal point and 64 after it, exponent applied");
    assertThat(e.message(Locale.FRENCH))
        .startsWith("`/content/footprint/inferenceEnergyPerYear/value` : un nombre");
  }

  @Test
  void issue16_numbersWithinTheLimits_areRead() {
    AiUsage usage =
        JSON.read(
            DocumentType.USAGE,
            usage(
                "N",
                ",\"footprint\":{\"inferenceEnergyPerYear\":{\"value\":1e63,\"unit\":\"KWH\"}}"));
    assertThat(usage.footprint().inferenceEnergyPerYear().value().precision()).isEqualTo(1);
  }

  @Test
  void issue16_numberLimits_canBeChanged() {
    GovernanceJson strict = GovernanceJson.create(JsonLimits.DEFAULTS.withNumberDigits(3, 2));
    String json =
        usage("N", ",\"footprint\":{\"carbonPerYear\":{\"value\":1234,\"unit\":\"KG_CO2E\"}}");

    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> strict.read(DocumentType.USAGE, json));
    assertThat(e.rule()).isEqualTo("json.numberRange");
    assertThat(JSON.read(DocumentType.USAGE, json).footprint().carbonPerYear()).isNotNull();
  }

  @Test
  void issue16_hugeThresholdInACharterCondition_isRefused() {
    String charter =
        "{\"schemaVersion\":\"1.0\",\"type\":\"charter\",\"content\":{\"id\":\"c\",\"version\":\"1\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"source\":\"s\",\"principles\":[{\"id\":\"p\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"criteria\":[{\"id\":\"c\",\"severity\":\"MINOR\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"requirement\":"
            + "{\"fact\":\"footprint.inferenceEnergyPerYear\",\"op\":\"LE\",\"value\":1e999999999},"
            + "\"rationale\":{\"fr\":\"r\",\"en\":\"r\"},\"remediation\":{\"fr\":\"r\",\"en\":\"r\"}}]}]}}";

    JsonReadException e = refused(DocumentType.CHARTER, charter);
    assertThat(e.rule()).isEqualTo("json.numberRange");
    assertThat(e.pointer()).endsWith("/requirement/value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P999999999Y", "P-1999999999Y", "P1001Y", "P12001M", "P366001D"})
  void issue16_hugePeriod_isRefusedOnReading(String period) {
    JsonReadException e = refused(DocumentType.DATASET, dataset(period));

    assertThat(e.pointer()).isEqualTo("/content/retention/duration");
    assertThat(e.rule()).isEqualTo("period.range");
    assertThat(e.getMessage())
        .isEqualTo(
            "`/content/retention/duration`: a period must be at most 1000 years, 12000 months and"
                + " 366000 days, either sign");
  }

  @Test
  void issue16_periodBeyondAnInt_isRefusedAsNotAPeriod() {
    JsonReadException e = refused(DocumentType.DATASET, dataset("P99999999999999999999Y"));
    assertThat(e.pointer()).isEqualTo("/content/retention/duration");
  }

  @Test
  void issue16_hugeRelativeDateInACharter_isRefusedWithItsPointer() {
    String charter =
        "{\"schemaVersion\":\"1.0\",\"type\":\"charter\",\"content\":{\"id\":\"c\",\"version\":\"1\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"source\":\"s\",\"principles\":[{\"id\":\"p\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"criteria\":[{\"id\":\"c\",\"severity\":\"MINOR\","
            + "\"title\":{\"fr\":\"t\",\"en\":\"t\"},\"requirement\":"
            + "{\"fact\":\"governance.latestReview\",\"op\":\"GE\",\"value\":{\"relativeDate\":\"P-999999999Y\"}},"
            + "\"rationale\":{\"fr\":\"r\",\"en\":\"r\"},\"remediation\":{\"fr\":\"r\",\"en\":\"r\"}}]}]}}";

    JsonReadException e = refused(DocumentType.CHARTER, charter);
    assertThat(e.rule()).isEqualTo("period.range");
    assertThat(e.pointer()).endsWith("/requirement/value/relativeDate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X\\ud800Y", "X\\udc00Y", "end\\ud83d", "\\ude00start"})
  void issue16_loneSurrogate_isRefusedOnReading(String escaped) {
    JsonReadException e = refusedUsage(usage(escaped, ""));

    assertThat(e.pointer()).isEqualTo("/content/name");
    assertThat(e.rule()).isEqualTo("text.surrogate");
  }

  @Test
  void issue16_surrogatePair_isRead() {
    assertThat(JSON.read(DocumentType.USAGE, usage("Eau \\ud83d\\udca7", "")).name())
        .isEqualTo("Eau 💧");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\\u001b[2J", "bell\\u0007", "nul\\u0000", "two\\nlines", "tab\\t", "\\u009b"})
  void issue16_controlCharacterInAName_isRefusedOnReading(String escaped) {
    JsonReadException e = refusedUsage(usage(SECRET + escaped, ""));

    assertThat(e.pointer()).isEqualTo("/content/name");
    assertThat(e.rule()).isEqualTo("text.singleLine");
  }

  @Test
  void issue16_controlCharactersInNestedSingleLineTexts_areRefusedWithTheirPointer() {
    assertThat(refusedUsage(usage("N", ",\"partners\":[\"Exo-Dev\",\"x\\u001by\"]")).pointer())
        .isEqualTo("/content/partners/1");
    assertThat(
            refusedUsage(
                    HEAD
                        + "{\"id\":\"u\",\"name\":\"N\",\"authority\":{\"name\":\"C\\u0007\","
                        + "\"kind\":\"COMMUNE\"}}}")
                .pointer())
        .isEqualTo("/content/authority/name");
  }

  @Test
  void issue16_multiLineTexts_keepLineBreaks_butRefuseEscape() {
    AiUsage usage = JSON.read(DocumentType.USAGE, usage("N", ",\"description\":\"a\\nb\\tc\""));
    assertThat(usage.description()).isEqualTo("a\nb\tc");

    JsonReadException e = refusedUsage(usage("N", ",\"description\":\"a\\u001b[31m\""));
    assertThat(e.pointer()).isEqualTo("/content/description");
    assertThat(e.rule()).isEqualTo("text.control");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert('S3CR3T')",
        "file:///etc/S3CR3T",
        "data:text/html,S3CR3T",
        "vbscript:S3CR3T",
        "ftp://example.org/S3CR3T"
      })
  void issue16_addressesOtherThanHttpAndHttps_areRefusedInEveryUrlField(String address) {
    String link = ",\"links\":[{\"label\":\"L\",\"uri\":\"" + address + "\"}]";
    JsonReadException e = refusedUsage(usage("N", link));
    assertThat(e.pointer()).isEqualTo("/content/links/0/uri");
    assertThat(e.rule()).isEqualTo("uri.scheme");
    assertThat(e.getMessage())
        .isEqualTo("`/content/links/0/uri`: an address must be an http or https address");

    assertThat(
            refusedUsage(usage("N", ",\"transparency\":{\"publicationUrl\":\"" + address + "\"}"))
                .pointer())
        .isEqualTo("/content/transparency/publicationUrl");
    assertThat(
            refusedUsage(usage("N", ",\"transparency\":{\"imageUrl\":\"" + address + "\"}"))
                .pointer())
        .isEqualTo("/content/transparency/imageUrl");
    assertThat(
            refusedUsage(usage("N", ",\"system\":{\"publicSourceCode\":\"" + address + "\"}"))
                .pointer())
        .isEqualTo("/content/system/publicSourceCode");
  }

  @Test
  void issue16_httpsAddress_isRead() {
    AiUsage usage =
        JSON.read(
            DocumentType.USAGE,
            usage("N", ",\"links\":[{\"label\":\"L\",\"uri\":\"https://example.org/p\"}]"));
    assertThat(usage.links().get(0).uri().getScheme()).isEqualTo("https");
  }
}
