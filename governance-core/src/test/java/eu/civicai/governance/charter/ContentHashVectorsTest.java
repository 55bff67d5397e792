package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.ByteSink;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the content hash's golden vectors are read from docs/content-hash.md, so that the
 * published encoding and the hasher cannot part. Each write of the hasher (a tag, a count, a text)
 * shows in at least one vector; the vectors were computed from the document by a separate
 * implementation, not by this library.
 */
class ContentHashVectorsTest {
  private static final Path DOC = Path.of("../docs/content-hash.md");
  private static final Pattern VECTOR =
      Pattern.compile(
          "### `([a-z-]+)`\\n.*?```\\nbytes ([0-9a-f]+|-)\\nhash  ([0-9a-f]{64})\\n```",
          Pattern.DOTALL);

  /** What each vector of the document hashes, as its Java expression there says. */
  private static final Map<String, Object[]> INPUTS = inputs();

  private static Map<String, Object[]> inputs() {
    Map<String, Object[]> inputs = new LinkedHashMap<>();
    inputs.put("nothing", new Object[0]);
    inputs.put("absent", new Object[] {null});
    inputs.put("empty-text", new Object[] {""});
    inputs.put("text", new Object[] {"télérelève"});
    inputs.put("text-beyond-bmp", new Object[] {"eau \uD83D\uDCA7"});
    inputs.put("constant", new Object[] {Outcome.WAIVED});
    inputs.put("number", new Object[] {1200L});
    inputs.put("decimal", new Object[] {new BigDecimal("12.50")});
    inputs.put("date", new Object[] {LocalDate.of(2026, 12, 1)});
    inputs.put("record", new Object[] {UsageId.of("fuites")});
    inputs.put("nested-record", new Object[] {Quantity.of("12.5", Unit.KWH)});
    inputs.put("list", new Object[] {Arrays.asList("a", null, "b")});
    inputs.put("set", new Object[] {EnumSet.of(HostingRegion.EU, HostingRegion.FRANCE)});
    inputs.put("map", new Object[] {new TreeMap<>(Map.of("a", 1, "b", List.of()))});
    inputs.put("two-values", new Object[] {"a", null});
    return inputs;
  }

  private record Vector(String name, byte[] bytes, String hash) {}

  private static Map<String, Vector> documented() throws IOException {
    String doc = Files.readString(DOC).replace("\r\n", "\n");
    Map<String, Vector> vectors = new LinkedHashMap<>();
    Matcher matcher = VECTOR.matcher(doc.substring(doc.indexOf("## Test vectors")));
    while (matcher.find()) {
      byte[] bytes =
          matcher.group(2).equals("-") ? new byte[0] : HexFormat.of().parseHex(matcher.group(2));
      vectors.put(matcher.group(1), new Vector(matcher.group(1), bytes, matcher.group(3)));
    }
    return vectors;
  }

  @Test
  void everyDocumentedVector_hasItsInput_andEveryInputIsDocumented() throws IOException {
    assertThat(documented().keySet()).containsExactlyElementsOf(INPUTS.keySet());
    // Every heading of the section is a vector the pattern read, so none is skipped unread.
    String doc = Files.readString(DOC);
    assertThat(doc.split("\n### ", -1)).hasSize(INPUTS.size() + 1);
  }

  @Test
  void documentedBytes_hashToTheDocumentedHash() throws IOException {
    for (Vector vector : documented().values()) {
      assertThat(ByteSink.hex(sha256(vector.bytes()))).as(vector.name()).isEqualTo(vector.hash());
    }
  }

  @Test
  void hasher_givesTheDocumentedHash_forEveryVector() throws IOException {
    for (Vector vector : documented().values()) {
      assertThat(ContentHasher.get().hash(INPUTS.get(vector.name())))
          .as(vector.name())
          .isEqualTo(vector.hash());
    }
  }

  @Test
  void hasher_reusedAcrossValues_startsEachHashAfresh() throws IOException {
    Map<String, Vector> vectors = documented();
    ContentHasher hasher = ContentHasher.get();
    hasher.hash("a long text that fills the buffer first".repeat(200));
    assertThat(hasher.hash("télérelève")).isEqualTo(vectors.get("text").hash());
    assertThat(hasher.hash()).isEqualTo(vectors.get("nothing").hash());
  }

  @Test
  void contentHash_ofAUsage_isTheHashOfTheUsageAndItsDatasets() {
    var usage = eu.civicai.governance.usage.Samples.fullUsage();
    assertThat(CharterEvaluator.contentHash(usage, null))
        .isEqualTo(ContentHasher.get().hash(usage, null))
        .isNotEqualTo(ContentHasher.get().hash(usage, List.of()))
        .matches("[0-9a-f]{64}");
  }

  private static byte[] sha256(byte[] bytes) {
    return ByteSink.sha256().digest(bytes);
  }
}
