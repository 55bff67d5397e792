package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import nl-register} (issue 22): the Dutch register read back through the CLI. */
class ImportNlRegisterCliTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  @TempDir Path dir;

  private static AiUsage usage(String id, String name) {
    return AiUsage.builder(id)
        .name(name)
        .summary("Beantwoordt vragen van inwoners over afval.")
        .authority(Authority.of("Gemeente Mistdorp", AuthorityKind.COMMUNE))
        .contact(Contact.of(ContactRole.OWNER, null, "algoritmes@mistdorp.nl").publicly())
        .status(s -> s.stage(Stage.DEPLOYMENT))
        .purpose(p -> p.goal("Snellere antwoorden.").theme(Theme.MOBILITY))
        .metadata(m -> m.language("nl"))
        .build();
  }

  private Path register(AiUsage... usages) throws Exception {
    Path file = dir.resolve("register.json");
    Files.writeString(
        file, JSON.write(DocumentType.REGISTER, new RegisterDocument(List.of(usages), List.of())));
    return file;
  }

  @Test
  void exportThenImport_givesTheSameParts_andExportingAgainTheSameBytes() throws Exception {
    Path register = register(usage("afval", "Afvalchat"), usage("parkeren", "Parkeerhulp"));
    Path nl = dir.resolve("algoritmeregister.json");
    CliTest.Run exported =
        ExchangeCliTest.run(
            "export",
            "nl-register",
            "--profile",
            "full",
            "--out",
            nl.toString(),
            register.toString());
    assertThat(exported.code()).isZero();

    Path back = dir.resolve("back.json");
    CliTest.Run imported =
        ExchangeCliTest.run(
            "--lang", "en", "import", "nl-register", nl.toString(), "--out", back.toString());

    assertThat(imported.code()).isZero();
    assertThat(imported.err()).endsWith("2 usages imported in " + seconds(imported.err()) + " s\n");
    List<AiUsage> read = JSON.read(DocumentType.REGISTER, Files.readString(back)).usages();
    assertThat(read).extracting(u -> u.id().value()).containsExactly("afval", "parkeren");
    AiUsage a = read.get(0);
    AiUsage original = usage("afval", "Afvalchat");
    assertThat(a.name()).isEqualTo(original.name());
    assertThat(a.summary()).isEqualTo(original.summary());
    assertThat(a.authority().name()).isEqualTo(original.authority().name());
    assertThat(a.status().stage()).isEqualTo(Stage.DEPLOYMENT);
    assertThat(a.purpose().goal()).isEqualTo(original.purpose().goal());
    assertThat(a.purpose().theme()).isEqualTo(Theme.MOBILITY);
    assertThat(a.contacts()).extracting(Contact::email).containsExactly("algoritmes@mistdorp.nl");
    assertThat(a.metadata().language()).isEqualTo("nl");

    Path again = dir.resolve("again.json");
    assertThat(
            ExchangeCliTest.run(
                    "export",
                    "nl-register",
                    "--profile",
                    "full",
                    "--out",
                    again.toString(),
                    back.toString())
                .code())
        .isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(nl));
  }

  @Test
  void import_toStdout_frenchSummary_andProblemsExit1() throws Exception {
    Path nl = dir.resolve("nl.json");
    // A record without its required name: told on stderr, the others imported, exit 1.
    Files.writeString(
        nl,
        "[{\"name\":\"Afvalchat\",\"organization\":\"Gemeente Mistdorp\",\"source_id\":\"afval\","
            + "\"lang\":\"nld\"},{\"organization\":\"Gemeente Mistdorp\",\"source_id\":\"x\"}]");

    CliTest.Run run = ExchangeCliTest.run("import", "nl-register", nl.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(nl + ": ").contains("1 usage importé en ");
    assertThat(JSON.read(DocumentType.REGISTER, run.out()).usages())
        .extracting(u -> u.id().value())
        .containsExactly("afval");
  }

  @Test
  void unreadableDocument_exits3_andWritesNoRegister() throws Exception {
    Path nl = dir.resolve("nl.json");
    Files.writeString(nl, "[{\"name\": ");
    Path out = dir.resolve("register.json");

    CliTest.Run run =
        ExchangeCliTest.run("import", "nl-register", nl.toString(), "--out", out.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(nl.toString());
    assertThat(out).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")))
          .isEmpty();
    }
  }

  /** The time the summary gives, whatever it is (it is measured, not chosen by the test). */
  private static String seconds(String err) {
    String last = err.strip().lines().reduce((x, y) -> y).orElseThrow();
    return last.replaceAll(".* in ([0-9.]+) s$", "$1");
  }
}
