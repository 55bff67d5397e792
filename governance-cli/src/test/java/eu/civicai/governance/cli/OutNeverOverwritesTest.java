package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's README run: {@code import nl-register --out register.json} silently replaced the
 * register just exported, and its datasets and strategies with it. Every command writing {@code
 * --out FILE} refuses an existing file, as {@code charters init} and {@code templates new} do: exit
 * 3, a message naming the file, the file as it was, no temporary file left.
 */
class OutNeverOverwritesTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  @TempDir Path dir;
  Path register;
  Path csv;
  Path nl;
  Path db;

  @BeforeEach
  void inputs() throws Exception {
    register = dir.resolve("register.json");
    Files.writeString(
        register,
        JSON.write(
            DocumentType.REGISTER,
            new RegisterDocument(
                List.of(
                    AiUsage.builder("fuites")
                        .name("Détection des fuites")
                        .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
                        .build()),
                List.of(
                    Dataset.builder("compteurs")
                        .name("Compteurs")
                        .personalData(PersonalDataLevel.NONE)
                        .build()))));
    csv = dir.resolve("inventaire.csv");
    try (InputStream in = getClass().getResourceAsStream("/interconnectes-clean.csv")) {
      Files.copy(in, csv);
    }
    nl = dir.resolve("algoritmeregister.json");
    assertThat(
            ExchangeCliTest.run(
                    "export", "nl-register", "--out", nl.toString(), register.toString())
                .code())
        .isZero();
    db = dir.resolve("governance.db");
    assertThat(
            ExchangeCliTest.run(
                    "store",
                    "--store",
                    db.toString(),
                    "import",
                    "--tenant",
                    "243100633",
                    register.toString())
                .code())
        .isZero();
  }

  /** Every command that writes {@code --out FILE}, writing to {@code out}. */
  private List<String[]> commands(Path out) {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"import", "nl-register", "--out", out.toString(), nl.toString()});
    commands.add(
        new String[] {"import", "interconnectes", "--out", out.toString(), csv.toString()});
    for (String format :
        List.of(
            "nl-register",
            "atrs",
            "eu-database",
            "crpa-inventory",
            "cyclonedx",
            "interconnectes")) {
      commands.add(new String[] {"export", format, "--out", out.toString(), register.toString()});
    }
    commands.add(new String[] {"tender", "--out", out.toString(), register.toString()});
    commands.add(
        new String[] {
          "store",
          "--store",
          db.toString(),
          "export",
          "--tenant",
          "243100633",
          "--out",
          out.toString()
        });
    return commands;
  }

  private static String[] in(String lang, String[] command) {
    String[] args = new String[command.length + 2];
    args[0] = "--lang";
    args[1] = lang;
    System.arraycopy(command, 0, args, 2, command.length);
    return args;
  }

  private List<String> hidden() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void out_anExistingFile_isRefused_exit3_namingIt_inFrenchAndEnglish_andLeftAsItWas()
      throws Exception {
    Path out = dir.resolve("previous.json");
    Files.writeString(out, "previous\n");
    for (String[] command : commands(out)) {
      String name = String.join(" ", command);
      CliTest.Run fr = ExchangeCliTest.run(in("fr", command));
      assertThat(fr.code()).as(name).isEqualTo(3);
      assertThat(fr.out()).as(name).isEmpty();
      assertThat(fr.err())
          .as(name)
          .isEqualTo(
              "governance: "
                  + out
                  + " : existe déjà ; rien n'a été écrit (choisissez un autre nom ou supprimez ce"
                  + " fichier)\n");
      CliTest.Run en = ExchangeCliTest.run(in("en", command));
      assertThat(en.code()).as(name).isEqualTo(3);
      assertThat(en.err())
          .as(name)
          .isEqualTo(
              "governance: "
                  + out
                  + ": already exists; nothing was written (choose another name or remove that"
                  + " file)\n");
      assertThat(Files.readString(out)).as(name).isEqualTo("previous\n");
    }
    assertThat(hidden()).isEmpty();
  }

  @Test
  void out_aNewFile_isWritten_asOnStdout() throws Exception {
    int n = 0;
    for (String[] command : commands(dir.resolve("placeholder"))) {
      Path out = dir.resolve("new-" + n++ + ".out");
      String[] toFile = command.clone();
      for (int i = 0; i < toFile.length; i++) {
        if (toFile[i].equals(dir.resolve("placeholder").toString())) {
          toFile[i] = out.toString();
        }
      }
      List<String> toStdout = new ArrayList<>(List.of(command));
      int at = toStdout.indexOf("--out");
      toStdout.remove(at);
      toStdout.remove(at);
      String name = String.join(" ", command);
      CliTest.Run written = ExchangeCliTest.run(toFile);
      assertThat(written.code()).as(name).isIn(0, 1);
      assertThat(Files.readString(out))
          .as(name)
          .isEqualTo(ExchangeCliTest.run(toStdout.toArray(String[]::new)).out());
    }
    assertThat(hidden()).isEmpty();
  }

  @Test
  void readmeExample_importNlRegister_intoTheExportedRegister_keepsItsDatasets() throws Exception {
    CliTest.Run run =
        ExchangeCliTest.run("import", "nl-register", "--out", register.toString(), nl.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(JSON.read(DocumentType.REGISTER, Files.readString(register)).datasets())
        .extracting(d -> d.id().value())
        .containsExactly("compteurs");
  }
}
