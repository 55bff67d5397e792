package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.usage.AiUsage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 21: the register document carries its authorities' strategies, and old ones still read. */
class RegisterStrategiesIssue21Test {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Authority VALMONT =
      Authority.of("Valmont-sur-Loire", AuthorityKind.COMMUNE).withPopulation(3_000);

  private static Register register() {
    Register register = Register.inMemory(CLOCK);
    register.add(AiUsage.builder("valmont-chatbot").name("Chatbot").authority(VALMONT).build());
    register.putStrategy(
        Strategy.builder(VALMONT)
            .charterAdoptedOn(LocalDate.of(2026, 3, 12))
            .committee(
                WatchCommittee.builder("Comité de veille IA")
                    .members(
                        CommitteeMember.of(
                            "Maire adjointe au numérique", MemberRole.ELECTED_OFFICIAL))
                    .build())
            .build());
    register.putStrategy(new RandomDocuments(21).strategy());
    return register;
  }

  @Test
  void registerDocument_writesAndReadsItsStrategies() {
    Register original = register();
    String written = JSON.write(DocumentType.REGISTER, RegisterDocument.of(original));

    RegisterDocument read = JSON.read(DocumentType.REGISTER, written);

    assertThat(written).contains("\"strategies\"");
    assertThat(read.strategies()).isEqualTo(original.strategies()).hasSize(2);
    assertThat(read).isEqualTo(RegisterDocument.of(original));
    Register back = read.addTo(Register.inMemory(CLOCK));
    assertThat(back.strategies()).isEqualTo(original.strategies());
    assertThat(back.findStrategy("Valmont-sur-Loire").orElseThrow().charterAdoptedOn())
        .isEqualTo(LocalDate.of(2026, 3, 12));
  }

  @Test
  void documentWithoutStrategies_asWrittenBefore_stillReads() {
    String before =
        "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"usages\":[{\"id\":"
            + "\"valmont-chatbot\",\"name\":\"Chatbot\",\"authority\":{\"name\":\"Valmont\","
            + "\"kind\":\"COMMUNE\"}}]}}";

    RegisterDocument read = JSON.read(DocumentType.REGISTER, before);

    assertThat(read.strategies()).isEmpty();
    assertThat(read.usages()).hasSize(1);
    // and a register without strategies writes no "strategies" member
    assertThat(JSON.write(DocumentType.REGISTER, read)).doesNotContain("strategies");
  }

  @Test
  void streamingWriter_writesTheBytesOfTheWholeDocument_andTheReaderHandsStrategiesOver() {
    Register original = register();
    RegisterDocument document = RegisterDocument.of(original);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterWriter writer = JSON.registerWriter(out)) {
      document.usages().forEach(writer::usage);
      document.datasets().forEach(writer::dataset);
      document.strategies().forEach(writer::strategy);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(JSON.write(DocumentType.REGISTER, document));

    List<Strategy> strategies = new ArrayList<>();
    List<AiUsage> usages = new ArrayList<>();
    long count =
        JSON.readRegister(
            new ByteArrayInputStream(out.toByteArray()),
            usages::add,
            earlier -> {},
            dataset -> {},
            strategies::add);
    assertThat(strategies).isEqualTo(original.strategies());
    assertThat(usages).hasSize(1);
    assertThat(count).isEqualTo(3);
    // the shorter readers read and check strategies without handing them over
    assertThat(
            JSON.readRegister(new ByteArrayInputStream(out.toByteArray()), u -> {}, dataset -> {}))
        .isEqualTo(3);
  }

  @Test
  void aStrategyAfterClose_isRefused() {
    RegisterWriter writer = JSON.registerWriter(new ByteArrayOutputStream());
    writer.close();
    assertThatThrownBy(() -> writer.strategy(new RandomDocuments(3).strategy()))
        .isInstanceOf(eu.civicai.governance.ConflictException.class);
  }

  @Test
  void twoStrategiesOfOneAuthority_areRefused_withThePointer() throws Exception {
    Strategy one = new RandomDocuments(5).strategy();
    com.fasterxml.jackson.databind.ObjectMapper plain =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode tree =
        plain.readTree(
            JSON.write(
                DocumentType.REGISTER,
                new RegisterDocument(List.of(), List.of(), List.of(), List.of(one))));
    com.fasterxml.jackson.databind.node.ArrayNode list =
        (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("content").get("strategies");
    list.add(list.get(0).deepCopy());
    String twice = plain.writeValueAsString(tree);

    assertThatThrownBy(() -> JSON.read(DocumentType.REGISTER, twice))
        .isInstanceOfSatisfying(
            JsonReadException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/content/strategies/1/authority/name");
              assertThat(e.rule()).isEqualTo("strategy.duplicate");
              assertThat(e.message(Locale.ENGLISH))
                  .isEqualTo(
                      "`/content/strategies/1/authority/name`: the document already holds a"
                          + " strategy of this authority");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "`/content/strategies/1/authority/name` : le document contient déjà une"
                          + " stratégie de cette collectivité");
            });
    assertThatThrownBy(
            () -> new RegisterDocument(List.of(), List.of(), List.of(), List.of(one, one)))
        .hasMessageContaining("`strategies[1].authority.name`: strategy")
        .hasMessageEndingWith("is listed twice");
  }
}
