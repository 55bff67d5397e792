package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.usage.AiUsage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingRegisterTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  @Test
  void streamedRegister_isReadElementByElement_andEqualsTheDocumentForm() {
    RandomDocuments random = new RandomDocuments(7);
    List<AiUsage> usages = new ArrayList<>();
    List<Dataset> datasets = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      usages.add(random.usage());
    }
    datasets.addAll(random.lineage(20));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterWriter writer = JSON.registerWriter(out)) {
      usages.forEach(writer::usage);
      datasets.forEach(writer::dataset);
    }

    List<AiUsage> readUsages = new ArrayList<>();
    List<Dataset> readDatasets = new ArrayList<>();
    long count =
        JSON.readRegister(
            new ByteArrayInputStream(out.toByteArray()), readUsages::add, readDatasets::add);

    assertThat(count).isEqualTo(220);
    assertThat(readUsages).isEqualTo(usages);
    assertThat(readDatasets).isEqualTo(datasets);
    assertThat(JSON.read(DocumentType.REGISTER, new ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(new RegisterDocument(usages, datasets));
  }

  @Test
  void elementsAreHandedOverBeforeTheEndIsRead() {
    RandomDocuments random = new RandomDocuments(8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterWriter writer = JSON.registerWriter(out)) {
      writer.usage(random.usage()).usage(random.usage());
    }
    byte[] bytes = out.toByteArray();
    // Cut the document after the first usage: the first is delivered, then the error comes.
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    // The end of the first usage: the usages' array is at the content's second level.
    int boundary = text.indexOf("\n    }, {");
    assertThat(boundary).isPositive();
    int cut = boundary + "\n    }".length();
    List<AiUsage> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                JSON.readRegister(
                    new ByteArrayInputStream(
                        text.substring(0, cut + 5)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    seen::add,
                    d -> {}))
        .isInstanceOf(JsonReadException.class);
    assertThat(seen).hasSize(1);
  }

  @Test
  void badElement_isNamedByItsIndex() {
    String doc =
        "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"usages\":["
            + "{\"id\":\"a\",\"name\":\"A\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"}},"
            + "{\"id\":\"b\",\"name\":\"\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"}}]}}";
    assertThatThrownBy(
            () -> JSON.readRegister(new ByteArrayInputStream(doc.getBytes()), u -> {}, d -> {}))
        .isInstanceOf(JsonReadException.class)
        .hasMessage("`/content/usages/1/name`: the value breaks rule notBlank");
  }

  @Test
  void usageAfterADataset_isRefused() {
    RandomDocuments random = new RandomDocuments(9);
    RegisterWriter writer = JSON.registerWriter(new ByteArrayOutputStream());
    writer.dataset(random.dataset());
    assertThatThrownBy(() -> writer.usage(random.usage())).isInstanceOf(ConflictException.class);
  }
}
