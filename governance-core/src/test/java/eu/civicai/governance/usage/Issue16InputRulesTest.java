package eu.civicai.governance.usage;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.RelativeDate;
import eu.civicai.governance.charter.Text;
import eu.civicai.governance.data.EndAction;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.RetentionRule;
import eu.civicai.governance.data.RetentionTrigger;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, "Inputs that still hurt", on the builders' side: control characters, lone surrogates,
 * address schemes, huge numbers and huge periods are refused with the library's exception, naming
 * the field and the rule.
 */
class Issue16InputRulesTest {

  private static InvalidInputException refusal(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u001b[31mRouge",
        "Cloche\u0007",
        "Nul\u0000",
        "Deux\nlignes",
        "Tab\tulé",
        "C1\u009b"
      })
  void issue16_controlCharacterInAName_isRefusedByTheSetter(String name) {
    InvalidInputException e = refusal(() -> AiUsage.builder("u").name(name));

    assertThat(e.field()).isEqualTo("name");
    assertThat(e.rule()).isEqualTo("text.singleLine");
  }

  @Test
  void issue16_escInAName_messageNamesTheCodePointAndPosition_inBothLanguages() {
    InvalidInputException e = refusal(() -> AiUsage.builder("u").name("ab\u001bc"));

    assertThat(e.getMessage())
        .isEqualTo(
            "`name` must be a single line without control characters, but holds U+001B at"
                + " character 3");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`name` doit tenir sur une ligne sans caractère de contrôle, mais contient U+001B au"
                + " caractère 3");
  }

  @Test
  void issue16_singleLineRule_holdsInListsAndNestedParts_andAtBuild() {
    assertThat(refusal(() -> AiUsage.builder("u").partners("Exo-Dev", "Bell\u0007")).field())
        .isEqualTo("partners[1]");
    assertThat(refusal(() -> Authority.of("Val\u001bmont", AuthorityKind.COMMUNE)).rule())
        .isEqualTo("text.singleLine");
    // The canonical constructor, as the JSON reader calls it, applies the same rule.
    AiUsage valid =
        AiUsage.builder("u")
            .name("Nom")
            .authority(Authority.of("V", AuthorityKind.COMMUNE))
            .build();
    assertThat(refusal(() -> valid.toBuilder().team("équipe\u0000").build()).rule())
        .isEqualTo("text.singleLine");
  }

  @Test
  void issue16_multiLineTexts_keepLineBreaksAndTabs_butRefuseOtherControls() {
    AiUsage usage =
        AiUsage.builder("u")
            .name("Détection de fuites 💧")
            .description("Ligne 1\r\nLigne 2\tsuite")
            .authority(Authority.of("V", AuthorityKind.COMMUNE))
            .build();
    assertThat(usage.description()).contains("\n");

    InvalidInputException e =
        refusal(() -> AiUsage.builder("u").description("a\u001b]0;title\u0007"));
    assertThat(e.field()).isEqualTo("description");
    assertThat(e.rule()).isEqualTo("text.control");
    assertThat(refusal(() -> Text.of("ok", "bad\u001b")).rule()).isEqualTo("text.control");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X\uD800Y", "X\uDC00Y", "end\uD83D", "\uDE00start"})
  void issue16_loneSurrogate_isRefusedInEveryText(String text) {
    assertThat(refusal(() -> AiUsage.builder("u").name(text)).rule()).isEqualTo("text.surrogate");
    assertThat(refusal(() -> AiUsage.builder("u").description(text)).rule())
        .isEqualTo("text.surrogate");
    assertThat(refusal(() -> LifecycleEvent.collected(DatasetId.of("d")).by(text)).rule())
        .isEqualTo("text.surrogate");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "ftp://example.org/x",
        "mailto:dpo@example.org"
      })
  void issue16_addressesOtherThanHttpAndHttps_areRefused_inEveryUrlField(String address) {
    URI uri = URI.create(address);
    assertThat(refusal(() -> Link.of("Projet", address)).rule()).isEqualTo("uri.scheme");
    assertThat(refusal(() -> Transparency.builder().publicationUrl(uri)).field())
        .isEqualTo("publicationUrl");
    assertThat(refusal(() -> Transparency.builder().imageUrl(uri)).rule()).isEqualTo("uri.scheme");
    assertThat(refusal(() -> AiSystem.builder().publicSourceCode(uri)).field())
        .isEqualTo("publicSourceCode");
    assertThat(refusal(() -> new Transparency(null, uri, null, null, null, null)).field())
        .isEqualTo("publicationUrl");
  }

  @Test
  void issue16_httpAndHttpsAddresses_areAccepted_whateverTheCaseOfTheScheme() {
    assertThat(Link.of("a", "https://example.org/x").uri().getScheme()).isEqualTo("https");
    assertThat(Link.of("a", "HTTP://example.org").uri().getScheme()).isEqualTo("HTTP");
    assertThat(Transparency.builder().imageUrl(URI.create("http://x.fr/i.png")).build().imageUrl())
        .isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "1e2147483647", "1E+1001", "1e-1001"})
  void issue16_decimalsWithHugeExponents_areRefusedByQuantity(String value) {
    InvalidInputException e = refusal(() -> new Quantity(new BigDecimal(value), Unit.KWH));

    assertThat(e.field()).isEqualTo("value");
    assertThat(e.rule()).isEqualTo("decimal.range");
    assertThat(e.getMessage()).hasSizeLessThan(200);
  }

  @Test
  void issue16_negativeHugeDecimal_isRefusedForItsRange() {
    assertThat(refusal(() -> new Quantity(new BigDecimal("-1e999999999"), Unit.EUR)).rule())
        .isEqualTo("decimal.range");
  }

  @Test
  void issue16_largeButAllowedDecimals_renderInBoundedLength() {
    Quantity big = new Quantity(new BigDecimal("1e900"), Unit.KWH);
    Quantity small = new Quantity(new BigDecimal("1e-900"), Unit.KWH);

    assertThat(big.toString()).isEqualTo("1E+900 kWh");
    assertThat(small.toString()).isEqualTo("1E-900 kWh");
    assertThat(Quantity.of("12.5", Unit.MWH).toString()).isEqualTo("12.5 MWh");
    // Arithmetic on bounded values stays cheap and exact.
    assertThat(big.plus(small).value().precision()).isEqualTo(1801);
  }

  @Test
  void issue16_hugePeriods_areRefused_byRetentionRulesEventsAndRelativeDates() {
    assertThat(
            refusal(
                    () ->
                        RetentionRule.of(
                            Period.ofYears(999_999_999),
                            RetentionTrigger.COLLECTION,
                            EndAction.DELETE))
                .rule())
        .isEqualTo("period.range");
    assertThat(
            refusal(
                    () ->
                        LifecycleEvent.retentionExtended(
                            DatasetId.of("d"), Period.ofMonths(Integer.MAX_VALUE), "x"))
                .field())
        .isEqualTo("extension");
    assertThat(refusal(() -> RelativeDate.ago(Period.ofYears(Integer.MIN_VALUE))).rule())
        .isEqualTo("period.range");
    assertThat(refusal(() -> new RelativeDate(Period.ofDays(-1_999_999_999))).rule())
        .isEqualTo("period.range");
    assertThat(
            RetentionRule.of(Period.ofYears(1000), RetentionTrigger.COLLECTION, EndAction.DELETE))
        .isNotNull();
  }

  @Test
  void issue16_relativeDateOutsideTheCalendar_isTheLibrarysException() {
    RelativeDate ahead = RelativeDate.ahead(Period.ofYears(1000));

    InvalidInputException e = refusal(() -> ahead.resolve(LocalDate.MAX.minusYears(10)));
    assertThat(e.rule()).isEqualTo("date.range");
    assertThat(ahead.resolve(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(3026, 1, 1));
  }

  @Test
  void issue16_charterTexts_refuseControlCharacters() {
    // A charter is a definition: its builder refuses the text at once, as a definition error
    // (issue 18), with the same rule.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Charter.builder("c", "1\u001b"))
        .isInstanceOf(eu.civicai.governance.InvalidDefinitionException.class)
        .extracting(e -> ((eu.civicai.governance.GovernanceException) e).rule())
        .isEqualTo("text.singleLine");
  }

  @Test
  void issue16_sourceValuesKeptFromImports_followTheTextRules() {
    Authority authority = Authority.of("V", AuthorityKind.COMMUNE);
    assertThat(
            refusal(
                    () ->
                        AiUsage.builder("u")
                            .name("N")
                            .authority(authority)
                            .metadata(m -> m.sourceValues(java.util.Map.of("col\u001b", "v")))
                            .build())
                .rule())
        .isEqualTo("text.singleLine");
    assertThat(
            refusal(
                    () ->
                        AiUsage.builder("u")
                            .name("N")
                            .authority(authority)
                            .metadata(m -> m.sourceValues(java.util.Map.of("col", "a\uD800")))
                            .build())
                .field())
        .isEqualTo("metadata.sourceValues[col]");
    assertThat(
            AiUsage.builder("u")
                .name("N")
                .authority(authority)
                .metadata(m -> m.sourceValues(java.util.Map.of("col", "ligne 1\nligne 2")))
                .build()
                .metadata()
                .sourceValues())
        .containsEntry("col", "ligne 1\nligne 2");
  }
}
