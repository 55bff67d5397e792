package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.usage.AiUsage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "JSON output indented consistently, keys in a stable order": every writer of the
 * library (documents of every type, streamed registers and portfolio reports, checkpoints, which
 * the command line's {@code --format json}, {@code store export} and report files go through) gives
 * exactly the layout of one reference printer applied to its own tree: two spaces per level, the
 * content indented under {@code "content"}. Before, the content restarted at the envelope's level
 * and streamed registers were written on one line.
 */
class JsonLayoutIssue19Test {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final ObjectMapper PLAIN =
      JsonMapper.builder()
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  /** The reference layout: the text re-printed from its own tree, keys in the order read. */
  private static String reference(String text) throws Exception {
    JsonNode tree = PLAIN.readTree(text);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    // Bytes, as the library writes (a UTF-8 generator escapes what a character writer would not).
    return new String(PLAIN.writer(printer).writeValueAsBytes(tree), StandardCharsets.UTF_8) + "\n";
  }

  @Test
  void everyDocumentType_hasTheReferenceLayout() throws Exception {
    RandomDocuments random = new RandomDocuments(19);
    for (int i = 0; i < 25; i++) {
      assertLayout(JSON.write(DocumentType.USAGE, random.usage()));
      assertLayout(JSON.write(DocumentType.DATASET, random.dataset()));
      assertLayout(JSON.write(DocumentType.REGISTER, random.register()));
      assertLayout(JSON.write(DocumentType.LIFECYCLE_EVENT, random.event()));
      assertLayout(JSON.write(DocumentType.LEDGER_ENTRY, random.entry()));
      assertLayout(JSON.write(DocumentType.CHECKPOINT, random.checkpoint()));
      assertLayout(JSON.write(DocumentType.CHARTER, random.charter()));
      assertLayout(JSON.write(DocumentType.WAIVER, random.waiver()));
      assertLayout(JSON.write(DocumentType.EVALUATION_REPORT, random.report()));
      assertLayout(JSON.write(DocumentType.AI_ACT_CLASSIFICATION, random.classification()));
      assertLayout(JSON.write(DocumentType.PORTFOLIO_REPORT, random.portfolio()));
    }
  }

  @Test
  void contentIsIndentedUnderItsName() {
    String text = JSON.write(DocumentType.USAGE, new RandomDocuments(3).usage());
    assertThat(text)
        .startsWith(
            "{\n  \"schemaVersion\" : \"1.0\",\n  \"type\" : \"usage\",\n  \"content\" : {\n    \"id\" : ")
        .endsWith("\n  }\n}\n");
  }

  @Test
  void streamedRegister_hasTheBytesAndLayoutOfTheDocumentWriter() throws Exception {
    RandomDocuments random = new RandomDocuments(20);
    for (int i = 0; i < 10; i++) {
      RegisterDocument register = random.register();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RegisterWriter writer = JSON.registerWriter(out)) {
        register.usages().forEach(writer::usage);
        register.datasets().forEach(writer::dataset);
        register.history().forEach(writer::history);
        register.strategies().forEach(writer::strategy);
      }
      String streamed = out.toString(StandardCharsets.UTF_8);
      assertThat(streamed).isEqualTo(JSON.write(DocumentType.REGISTER, register));
      assertLayout(streamed);
    }
  }

  @Test
  void streamedPortfolioReport_hasTheReferenceLayout() throws Exception {
    RandomDocuments random = new RandomDocuments(21);
    PortfolioReport portfolio = random.portfolio();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PortfolioReportWriter writer = JSON.portfolioReportWriter(out)) {
      portfolio.usages().forEach(writer::usage);
    }
    assertLayout(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void keys_followTheRecordsDeclaredOrder_whateverTheInput() throws Exception {
    RandomDocuments random = new RandomDocuments(22);
    for (int i = 0; i < 25; i++) {
      AiUsage usage = random.usage();
      String text = JSON.write(DocumentType.USAGE, usage);
      // Read back and written again: the same bytes (the order does not come from the input).
      assertThat(JSON.write(DocumentType.USAGE, JSON.read(DocumentType.USAGE, text)))
          .isEqualTo(text);
      assertThat(subsequence(names(PLAIN.readTree(text).get("content")), USAGE_ORDER))
          .as("usage keys in the order of the record")
          .isTrue();
      Dataset dataset = random.dataset();
      String d = JSON.write(DocumentType.DATASET, dataset);
      assertThat(JSON.write(DocumentType.DATASET, JSON.read(DocumentType.DATASET, d))).isEqualTo(d);
    }
  }

  /**
   * The usage's parts in the order of {@code AiUsage}'s components, as docs/json-format.md says.
   */
  private static final List<String> USAGE_ORDER = recordOrder(AiUsage.class);

  private static List<String> recordOrder(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (var c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static boolean subsequence(List<String> written, List<String> order) {
    int at = 0;
    for (String name : written) {
      int found = order.subList(at, order.size()).indexOf(name);
      if (found < 0) {
        return false;
      }
      at += found + 1;
    }
    return true;
  }

  private static void assertLayout(String text) throws Exception {
    assertThat(text).isEqualTo(reference(text));
  }
}
