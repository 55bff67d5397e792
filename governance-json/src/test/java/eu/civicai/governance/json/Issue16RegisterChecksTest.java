package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: whatever loading a register document into a register refuses (what {@code evaluate}
 * does), reading it refuses too (what {@code validate} does), with the pointer of the offending
 * value.
 */
class Issue16RegisterChecksTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static String usage(String id) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"N\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"}}";
  }

  private static String dataset(String id, String... sources) {
    StringBuilder out =
        new StringBuilder("{\"id\":\"" + id + "\",\"name\":\"D\",\"personalData\":\"NONE\"");
    if (sources.length > 0) {
      out.append(",\"derivedFrom\":[\"").append(String.join("\",\"", sources)).append("\"]");
    }
    return out.append('}').toString();
  }

  private static String register(String usages, String datasets) {
    return "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"usages\":["
        + usages
        + "],\"datasets\":["
        + datasets
        + "]}}";
  }

  private static JsonReadException refusedByBothReaders(String json) {
    JsonReadException read =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.read(DocumentType.REGISTER, json));
    JsonReadException any =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class,
            () -> JSON.readAny(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(any.pointer()).isEqualTo(read.pointer());
    assertThat(any.rule()).isEqualTo(read.rule());
    return read;
  }

  @Test
  void issue16_duplicateUsageId_isRefused_withThePointerOfTheSecond() {
    JsonReadException e =
        refusedByBothReaders(register(usage("a") + "," + usage("b") + "," + usage("a"), ""));

    assertThat(e.pointer()).isEqualTo("/content/usages/2/id");
    assertThat(e.rule()).isEqualTo("json.duplicateId");
    assertThat(e.getMessage())
        .isEqualTo(
            "`/content/usages/2/id`: this id appears earlier in the document, at"
                + " /content/usages/0/id");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`/content/usages/2/id` : cet identifiant figure déjà plus haut dans le document, en"
                + " /content/usages/0/id");
  }

  @Test
  void issue16_duplicateDatasetId_isRefused_withThePointerOfTheSecond() {
    JsonReadException e =
        refusedByBothReaders(register(usage("a"), dataset("d") + "," + dataset("d")));
    assertThat(e.pointer()).isEqualTo("/content/datasets/1/id");
  }

  @Test
  void issue16_datasetDerivedFromAnAbsentOne_isRefused() {
    JsonReadException e =
        refusedByBothReaders(register("", dataset("a") + "," + dataset("b", "a", "ghost")));
    assertThat(e.pointer()).isEqualTo("/content/datasets/1/derivedFrom/1");
    assertThat(e.rule()).isEqualTo("json.unknownDataset");
  }

  @Test
  void issue16_derivationCycle_isRefused() {
    JsonReadException e =
        refusedByBothReaders(register("", dataset("a", "b") + "," + dataset("b", "a")));
    assertThat(e.pointer()).isEqualTo("/content/datasets/0/derivedFrom");
    assertThat(e.rule()).isEqualTo("json.derivationCycle");
  }

  @Test
  void issue16_derivedDatasetBeforeItsSource_isStillRead() {
    RegisterDocument document =
        JSON.read(
            DocumentType.REGISTER, register(usage("a"), dataset("b", "a") + "," + dataset("a")));
    assertThat(document.datasets()).hasSize(2);
  }

  @Test
  void issue16_whatReadingAccepts_loadsIntoARegister() {
    RegisterDocument document =
        JSON.read(
            DocumentType.REGISTER,
            register(usage("a") + "," + usage("b"), dataset("c", "d") + "," + dataset("d")));
    assertThat(
            document
                .addTo(
                    eu.civicai.governance.register.Register.inMemory(java.time.Clock.systemUTC()))
                .usages())
        .hasSize(2);
    assertThatThrownBy(
            () -> JSON.read(DocumentType.REGISTER, register(usage("a") + "," + usage("a"), "")))
        .isInstanceOf(JsonReadException.class);
  }
}
