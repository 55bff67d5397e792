package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "Records kept as written": a register keeps every revision through a JSON round trip,
 * and the streaming read accepts the library's own output, derived datasets included.
 */
class Issue15RegisterRoundTripTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  /** A clock that moves one day at each reading, so that every revision has its own instant. */
  private static Clock ticking() {
    Instant[] now = {Instant.parse("2026-01-05T09:00:00Z")};
    return new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        Instant at = now[0];
        now[0] = at.plus(Duration.ofDays(1));
        return at;
      }
    };
  }

  private static Dataset dataset(String id, String... sources) {
    Dataset.Builder b = Dataset.builder(id).name(id).personalData(PersonalDataLevel.NONE);
    if (sources.length > 0) {
      b.derivedFrom(java.util.Arrays.stream(sources).map(DatasetId::of).toList());
    }
    return b.build();
  }

  /** Revision 3 of "fuites", revision 1 of "chatbot", and a derived dataset "zeta-agrege". */
  private static Register registerWithHistory() {
    Register register = Register.inMemory(ticking());
    register.addDataset(dataset("releves"));
    register.addDataset(dataset("alpha-agrege", "releves")); // sorts before its source
    AiUsage fuites =
        register.add(
            AiUsage.builder("fuites")
                .name("Détection des fuites")
                .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
                .build());
    fuites = register.replace(fuites.toBuilder().summary("Première version").build());
    register.replace(fuites.toBuilder().summary("Deuxième version").build());
    register.add(
        AiUsage.builder("chatbot")
            .name("Agent conversationnel")
            .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
            .build());
    return register;
  }

  private static void assertSameRevisions(Register back, Register original) {
    for (AiUsage usage : original.usages()) {
      assertThat(back.revisions(usage.id())).isEqualTo(original.revisions(usage.id()));
    }
    assertThat(back.usages()).isEqualTo(original.usages());
    assertThat(back.datasets()).isEqualTo(original.datasets());
  }

  @Test
  void documentRoundTrip_keepsRevisionThreeAsRevisionThree_withItsHistory() {
    Register original = registerWithHistory();
    AiUsage latest = original.find("fuites").orElseThrow();
    assertThat(latest.revision()).isEqualTo(3);

    String written = JSON.write(DocumentType.REGISTER, RegisterDocument.of(original));
    RegisterDocument read = JSON.read(DocumentType.REGISTER, written);
    Register back = read.addTo(Register.inMemory(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));

    assertThat(back.find("fuites").orElseThrow()).isEqualTo(latest);
    assertThat(back.revisions(latest.id())).extracting(AiUsage::revision).containsExactly(1, 2, 3);
    assertThat(back.find(latest.id(), 2).orElseThrow().summary()).isEqualTo("Première version");
    assertSameRevisions(back, original);
    assertThat(read).isEqualTo(RegisterDocument.of(original));
  }

  @Test
  void streamingRoundTrip_keepsEveryRevision_andAcceptsItsOwnDatasets() {
    Register original = registerWithHistory();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RegisterWriter writer = JSON.registerWriter(out)) {
      original.usages().forEach(writer::usage);
      original.datasets().forEach(writer::dataset); // sorted by id: the derived one first
      for (AiUsage usage : original.usages()) {
        List<AiUsage> revisions = original.revisions(usage.id());
        revisions.subList(0, revisions.size() - 1).forEach(writer::history);
      }
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.indexOf("\"id\":\"releves\"")).isLessThan(text.indexOf("\"alpha-agrege\""));

    Register back = Register.inMemory(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    long count =
        JSON.readRegister(
            new ByteArrayInputStream(out.toByteArray()),
            back::restore,
            back::restore,
            back::addDataset);

    assertThat(count).isEqualTo(2 + 2 + 2);
    assertSameRevisions(back, original);
  }

  @Test
  void streamingRead_acceptsADerivedDatasetWrittenBeforeItsSource() {
    // As older versions wrote it: datasets sorted by id, the derived one first.
    String doc =
        "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"datasets\":["
            + "{\"id\":\"b-agrege\",\"name\":\"B\",\"personalData\":\"NONE\",\"derivedFrom\":[\"c-source\"]},"
            + "{\"id\":\"a-autre\",\"name\":\"A\",\"personalData\":\"NONE\",\"derivedFrom\":[\"b-agrege\"]},"
            + "{\"id\":\"c-source\",\"name\":\"C\",\"personalData\":\"NONE\"},"
            + "{\"id\":\"d-seul\",\"name\":\"D\",\"personalData\":\"NONE\"}]}}";
    Register register = Register.inMemory(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    List<String> order = new ArrayList<>();

    JSON.readRegister(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
        u -> {},
        d -> {
          order.add(d.id().value());
          register.addDataset(d);
        });

    assertThat(order).containsExactly("c-source", "b-agrege", "a-autre", "d-seul");
    assertThat(register.datasets()).hasSize(4);
    assertThat(JSON.read(DocumentType.REGISTER, doc).datasets())
        .extracting(d -> d.id().value())
        .containsExactly("c-source", "b-agrege", "a-autre", "d-seul");
  }

  @Test
  void streamingRead_handsOverADatasetWhoseSourceNeverComes_atTheEnd() {
    String doc =
        "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"datasets\":["
            + "{\"id\":\"orphelin\",\"name\":\"O\",\"personalData\":\"NONE\",\"derivedFrom\":[\"absent\"]},"
            + "{\"id\":\"seul\",\"name\":\"S\",\"personalData\":\"NONE\"}]}}";
    List<String> order = new ArrayList<>();

    JSON.readRegister(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
        u -> {},
        d -> order.add(d.id().value()));

    assertThat(order).containsExactly("seul", "orphelin");
  }

  @Test
  void restore_ofARevisionTheRegisterHolds_isAConflict() {
    Register register = registerWithHistory();
    AiUsage two = register.find(eu.civicai.governance.UsageId.of("fuites"), 2).orElseThrow();

    assertThatThrownBy(() -> register.restore(two))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "`metadata.revision`: usage fuites already has revision 2 in the register");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "`metadata.revision` : l'usage fuites a déjà une révision 2 dans le registre");
            });
    assertThat(register.revisions(two.id())).hasSize(3);
  }

  @Test
  void history_laterThanTheLatestRevision_isRefusedAtItsPointer() {
    Register original = registerWithHistory();
    RegisterDocument document = RegisterDocument.of(original);
    String text = JSON.write(DocumentType.REGISTER, document);
    int history = text.indexOf("\"history\"");
    String written =
        text.substring(0, history)
            + text.substring(history).replaceFirst("\"revision\" : 1", "\"revision\" : 7");

    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.read(DocumentType.REGISTER, written));

    assertThat(e.rule()).isEqualTo("register.historyAfterLatest");
    assertThat(e.pointer()).startsWith("/content");
  }
}
