package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.usage.AiUsage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, "YAML": every document read and written as YAML with the JSON format's strictness,
 * limits and schema version; anchors, aliases and tags refused (a "billion laughs" document is
 * refused at its first anchor); errors with line and column; the README's YAML examples read.
 */
class YamlIssue22Test {
  private static final GovernanceJson YAML = GovernanceJson.yaml();
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static JsonReadException refused(String yaml) {
    try {
      YAML.readAny(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    } catch (JsonReadException e) {
      return e;
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @Test
  void everyDocumentType_roundTripsThroughYaml() {
    RandomDocuments random = new RandomDocuments(22);
    for (int i = 0; i < 20; i++) {
      roundTrip(DocumentType.USAGE, random.usage());
      roundTrip(DocumentType.DATASET, random.dataset());
      roundTrip(DocumentType.REGISTER, random.register());
      roundTrip(DocumentType.LIFECYCLE_EVENT, random.event());
      roundTrip(DocumentType.LEDGER_ENTRY, random.entry());
      roundTrip(DocumentType.CHECKPOINT, random.checkpoint());
      roundTrip(DocumentType.CHARTER, random.charter());
      roundTrip(DocumentType.WAIVER, random.waiver());
      roundTrip(DocumentType.EVALUATION_REPORT, random.report());
      roundTrip(DocumentType.AI_ACT_CLASSIFICATION, random.classification());
      roundTrip(DocumentType.PORTFOLIO_REPORT, random.portfolio());
    }
  }

  private static <T> void roundTrip(DocumentType<T> type, T value) {
    String yaml = YAML.write(type, value);
    assertThat(yaml).startsWith("schemaVersion: \"1.0\"\ntype: " + type.name() + "\ncontent:");
    assertThat(YAML.read(type, yaml)).as(type.name()).isEqualTo(value);
    assertThat(JSON.read(type, JSON.write(type, YAML.read(type, yaml)))).isEqualTo(value);
  }

  @Test
  void registersStreamInYaml() {
    RegisterDocument register = new RandomDocuments(23).register();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterWriter writer = YAML.registerWriter(out)) {
      register.usages().forEach(writer::usage);
      register.datasets().forEach(writer::dataset);
    }
    List<AiUsage> usages = new ArrayList<>();
    YAML.readRegister(new ByteArrayInputStream(out.toByteArray()), usages::add, d -> {});
    assertThat(usages).isEqualTo(register.usages());
  }

  private static final String USAGE =
      "schemaVersion: \"1.0\"\n"
          + "type: usage\n"
          + "content:\n"
          + "  id: chatbot\n"
          + "  name: Agent conversationnel\n"
          + "  authority:\n"
          + "    name: Valmont\n"
          + "    kind: COMMUNE\n";

  @Test
  void sameStrictnessAsJson() {
    assertThat(YAML.read(DocumentType.USAGE, USAGE).name()).isEqualTo("Agent conversationnel");
    assertThat(refused(USAGE + "  colour: blue\n").rule()).isEqualTo("json.unknownProperty");
    assertThat(refused(USAGE + "  name: Again\n").rule()).isEqualTo("json.duplicateKey");
    assertThat(refused(USAGE.replace("chatbot", "42")).rule()).isEqualTo("json.type");
    JsonReadException version = refused(USAGE.replace("\"1.0\"", "1.0"));
    assertThat(version.pointer()).isEqualTo("/schemaVersion");
    assertThat(refused(USAGE.replace("\"1.0\"", "\"2.0\"")).rule()).isEqualTo("json.schemaVersion");
    assertThat(refused(USAGE.replace("COMMUNE", "VILLAGE")).pointer())
        .isEqualTo("/content/authority/kind");
  }

  @Test
  void billionLaughs_isRefusedAtItsFirstAnchor() {
    StringBuilder laughs = new StringBuilder(USAGE).append("  tags:\n");
    laughs.append(
        "    - &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      laughs.append("    - &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        laughs.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      laughs.append("]\n");
      previous = c;
    }
    JsonReadException e = refused(laughs.toString());
    assertThat(e.rule()).isEqualTo("yaml.anchor");
    assertThat(e.line()).isEqualTo(10);
    assertThat(e.message(Locale.ENGLISH))
        .startsWith("`/content/tags/0`: YAML anchors (&name) are not accepted")
        .contains("(line 10, column ");
    assertThat(e.message(Locale.FRENCH)).contains("les ancres YAML", "(ligne 10, colonne ");
  }

  @Test
  void aliasesAndTags_areRefused() {
    assertThat(refused(USAGE + "  team: *x\n").rule()).isEqualTo("yaml.alias");
    assertThat(refused(USAGE + "  team: !!str equipe\n").rule()).isEqualTo("yaml.tag");
  }

  @Test
  void syntaxError_saysLineAndColumn_inBothLanguages() {
    JsonReadException e = refused(USAGE.replace("name: Agent", "name: \"Agent"));
    assertThat(e.rule()).isEqualTo("yaml.syntax");
    assertThat(e.line()).isPositive();
    assertThat(e.message(Locale.ENGLISH))
        .contains("the document is not well-formed YAML (line " + e.line() + ", column ");
    assertThat(e.message(Locale.FRENCH))
        .contains("n'est pas un YAML bien formé (ligne " + e.line() + ", colonne ");
  }

  @Test
  void limits_applyToYamlToo() {
    GovernanceJson small = GovernanceJson.yaml(JsonLimits.DEFAULTS.withMaxDocumentLength(100));
    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class,
            () -> small.read(DocumentType.USAGE, USAGE + "  team: " + "x".repeat(200) + "\n"));
    assertThat(e.rule()).isEqualTo("json.documentLength");
    GovernanceJson shallow = GovernanceJson.yaml(JsonLimits.DEFAULTS.withMaxDepth(2));
    JsonReadException depth =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> shallow.read(DocumentType.USAGE, USAGE));
    assertThat(depth.rule()).isEqualTo("json.depth");
  }

  @Test
  void forFileName_choosesBySuffix() {
    assertThat(JSON.forFileName("charte.YAML").isYaml()).isTrue();
    assertThat(JSON.forFileName("fiche.yml").isYaml()).isTrue();
    assertThat(YAML.forFileName("registre.json").isYaml()).isFalse();
    assertThat(JSON.forFileName("registre.json")).isSameAs(JSON);
    assertThatThrownBy(() -> JSON.forFileName(null)).isInstanceOf(RuntimeException.class);
  }

  /** Every ```yaml block of the README is a document that reads and validates as written. */
  @Test
  void readmeYamlExamples_readAndValidate() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> types = new ArrayList<>();
    while (m.find()) {
      byte[] block = m.group(1).getBytes(StandardCharsets.UTF_8);
      assertThat(YAML.problems(new ByteArrayInputStream(block), 20)).as(m.group(1)).isEmpty();
      types.add(YAML.readAny(new ByteArrayInputStream(block)).type().name());
    }
    assertThat(types).contains("usage", "charter");
  }
}
