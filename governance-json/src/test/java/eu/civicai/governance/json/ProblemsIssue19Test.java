package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "Syntax errors give line and column; a document's violations are reported together (up
 * to a limit), not one per run".
 */
class ProblemsIssue19Test {
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static final String USAGE =
      "{\n"
          + "  \"schemaVersion\" : \"1.0\",\n"
          + "  \"type\" : \"usage\",\n"
          + "  \"content\" : {\n"
          + "    \"id\" : \"chatbot\",\n"
          + "    \"name\" : \"NAME\",\n"
          + "    \"authority\" : { \"name\" : \"Valmont\", \"kind\" : \"KIND\" },\n"
          + "    \"status\" : { \"stage\" : \"STAGE\" }EXTRA\n"
          + "  }\n"
          + "}\n";

  private static List<JsonReadException> problems(String text, int limit) {
    return JSON.problems(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
  }

  private static String usage(String name, String kind, String stage, String extra) {
    return USAGE
        .replace("NAME", name)
        .replace("KIND", kind)
        .replace("STAGE", stage)
        .replace("EXTRA", extra);
  }

  @Test
  void wellFormedDocument_hasNoProblem() {
    assertThat(problems(usage("Agent", "COMMUNE", "IDEA", ""), 20)).isEmpty();
  }

  @Test
  void independentViolations_areReportedTogether_inDocumentOrder() {
    List<JsonReadException> found =
        problems(usage("", "COMMUNE", "SOMEDAY", ",\n    \"colour\" : \"blue\""), 20);
    assertThat(found)
        .extracting(JsonReadException::pointer)
        .containsExactly("/content/name", "/content/status/stage", "/content/colour");
    assertThat(found)
        .extracting(JsonReadException::rule)
        .containsExactly("notBlank", "json.enum", "json.unknownProperty");
    // Each is the error readAny would give for that value alone.
    assertThatThrownBy(
            () ->
                JSON.readAny(
                    new ByteArrayInputStream(
                        usage("Agent", "COMMUNE", "SOMEDAY", "").getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(JsonReadException.class)
        .extracting(e -> ((JsonReadException) e).message(Locale.ENGLISH))
        .isEqualTo(found.get(1).message(Locale.ENGLISH));
  }

  @Test
  void violations_stopAtTheLimit() {
    assertThat(problems(usage("", "COMMUNE", "SOMEDAY", ",\n    \"colour\" : \"blue\""), 2))
        .extracting(JsonReadException::pointer)
        .containsExactly("/content/status/stage", "/content/colour");
    assertThatThrownBy(() -> problems(usage("", "VILLAGE", "SOMEDAY", ""), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("`limit`");
  }

  @Test
  void aBadRequiredPart_isToldOnce() {
    assertThat(problems(usage("Agent", "VILLAGE", "IDEA", ""), 20))
        .extracting(JsonReadException::pointer)
        .containsExactly("/content/authority/kind");
  }

  @Test
  void violationsOfSeveralUsagesOfARegister_areReportedTogether() {
    String register =
        "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"usages\":["
            + "{\"id\":\"a\",\"name\":\"\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"}},"
            + "{\"id\":\"b\",\"name\":\"B\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"}},"
            + "{\"id\":\"c\",\"name\":\"C\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"},"
            + "\"status\":{\"stage\":\"SOON\"}}]}}";
    assertThat(problems(register, 20))
        .extracting(JsonReadException::pointer)
        .containsExactly("/content/usages/0/name", "/content/usages/2/status/stage");
  }

  @Test
  void syntaxError_comesAlone_withLineAndColumn_inBothLanguages() {
    String broken = usage("Agent", "COMMUNE", "IDEA", "").replace("\"stage\" : ", "\"stage\" ");
    List<JsonReadException> found = problems(broken, 20);
    assertThat(found).hasSize(1);
    JsonReadException e = found.get(0);
    assertThat(e.rule()).isEqualTo("json.syntax");
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.column()).isPositive();
    assertThat(e.message(Locale.ENGLISH))
        .isEqualTo(
            "`"
                + e.pointer()
                + "`: the document is not well-formed JSON (line 8, column "
                + e.column()
                + ")");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`"
                + e.pointer()
                + "` : le document n'est pas un JSON bien formé (ligne 8, colonne "
                + e.column()
                + ")");
  }

  @Test
  void duplicateKey_saysItsLine() {
    String twice = usage("Agent", "COMMUNE", "IDEA", ",\n    \"name\" : \"Again\"");
    JsonReadException e = problems(twice, 20).get(0);
    assertThat(e.rule()).isEqualTo("json.duplicateKey");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.message(Locale.ENGLISH)).contains("(line 9, column ");
  }

  @Test
  void valueErrors_keepTheirMessage_withoutPosition() {
    JsonReadException e = problems(usage("Agent", "COMMUNE", "SOMEDAY", ""), 20).get(0);
    assertThat(e.message(Locale.ENGLISH)).doesNotContain("line");
  }
}
