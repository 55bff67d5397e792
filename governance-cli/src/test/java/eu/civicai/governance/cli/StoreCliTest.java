package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCliTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  @TempDir Path dir;

  @Test
  void initImportExport_roundTripsATenantsRegister_andKeepsTenantsApart() throws Exception {
    Path db = dir.resolve("governance.db");
    Path register = dir.resolve("register.json");
    AiUsage usage =
        AiUsage.builder("fuites")
            .name("Détection des fuites")
            .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
            .build();
    Dataset dataset =
        Dataset.builder("compteurs").name("Compteurs").personalData(PersonalDataLevel.NONE).build();
    Files.writeString(
        register,
        JSON.write(DocumentType.REGISTER, new RegisterDocument(List.of(usage), List.of(dataset))));

    CliTest.Run init =
        ExchangeCliTest.run("--lang", "en", "store", "--store", db.toString(), "init");
    assertThat(init.code()).isZero();
    assertThat(init.out()).isEqualTo("SQLite store ready, schema version 7\n");

    CliTest.Run imported =
        ExchangeCliTest.run(
            "store",
            "--store",
            db.toString(),
            "import",
            "--tenant",
            "243100633",
            register.toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.out())
        .isEqualTo("1 usage, 1 jeu de données et 0 stratégie enregistrés pour 243100633\n");
    // Not a terminal: no bar, the one-line summary only (issue 20).
    assertThat(imported.err()).matches("2 enregistrements importés en \\d+,\\d s\n");
    // Imported twice: a second revision, not a duplicate.
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

    Path exported = dir.resolve("exported.json");
    CliTest.Run export =
        ExchangeCliTest.run(
            "store",
            "--store",
            db.toString(),
            "export",
            "--tenant",
            "243100633",
            "--out",
            exported.toString());
    assertThat(export.code()).isZero();
    assertThat(export.err())
        .matches(
            "1 usage exporté en \\d+,\\d s\n"
                + "1 usage, 1 jeu de données et 0 stratégie exportés pour 243100633\n");
    RegisterDocument back = JSON.read(DocumentType.REGISTER, Files.readString(exported));
    assertThat(back.usages())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo("Détection des fuites");
              assertThat(u.revision()).isEqualTo(2);
            });
    assertThat(back.datasets()).containsExactly(dataset);

    // Imported into another store, the register reads the same: revision 2 at its own instant,
    // not restamped (issue 17).
    Path copy = dir.resolve("copy.db");
    assertThat(
            ExchangeCliTest.run(
                    "store",
                    "--store",
                    copy.toString(),
                    "import",
                    "--tenant",
                    "243100633",
                    exported.toString())
                .code())
        .isZero();
    CliTest.Run again =
        ExchangeCliTest.run("store", "--store", copy.toString(), "export", "--tenant", "243100633");
    assertThat(again.out()).isEqualTo(Files.readString(exported));

    CliTest.Run other =
        ExchangeCliTest.run("store", "--store", db.toString(), "export", "--tenant", "213105554");
    assertThat(other.code()).isZero();
    assertThat(JSON.read(DocumentType.REGISTER, other.out()).usages()).isEmpty();
  }

  /**
   * A newcomer's README run: {@code store export} dropped the strategies that {@code store import}
   * had stored, so the barometer and the report of the exported register differed from the file's.
   */
  @Test
  void storeExport_writesTheStrategies_andTheRegisterRoundTripsByteForByte() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), ZoneOffset.UTC);
    Authority tours =
        Authority.of("Tours Métropole", AuthorityKind.METROPOLE).withPopulation(300_000);
    Authority sicoval = Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION);
    Register reg = Register.inMemory(clock);
    reg.addDataset(
        Dataset.builder("compteurs")
            .name("Compteurs")
            .personalData(PersonalDataLevel.NONE)
            .build());
    reg.add(
        AiUsage.builder("tours-doriia").name("Assistant de rédaction").authority(tours).build());
    reg.add(AiUsage.builder("fuites").name("Détection des fuites").authority(sicoval).build());
    reg.putStrategy(Strategy.builder(tours).charterAdoptedOn(LocalDate.of(2025, 3, 20)).build());
    reg.putStrategy(Strategy.builder(sicoval).charterAdoptedOn(LocalDate.of(2024, 6, 1)).build());
    Path register = dir.resolve("register.json");
    Files.writeString(register, JSON.write(DocumentType.REGISTER, RegisterDocument.of(reg)));
    Path db = dir.resolve("strategies.db");

    CliTest.Run imported =
        ExchangeCliTest.run(
            "--lang",
            "en",
            "store",
            "--store",
            db.toString(),
            "import",
            "--tenant",
            "243100633",
            register.toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.out())
        .isEqualTo("2 usages, 1 dataset and 2 strategies stored for 243100633\n");
    Path exported = dir.resolve("exported.json");
    CliTest.Run export =
        ExchangeCliTest.run(
            "--lang",
            "en",
            "store",
            "--store",
            db.toString(),
            "export",
            "--tenant",
            "243100633",
            "--out",
            exported.toString());

    assertThat(export.code()).isZero();
    assertThat(export.err())
        .endsWith("\n2 usages, 1 dataset and 2 strategies exported for 243100633\n");
    assertThat(JSON.read(DocumentType.REGISTER, Files.readString(exported)).strategies())
        .containsExactlyInAnyOrderElementsOf(reg.strategies());
    assertThat(Files.readString(exported)).isEqualTo(Files.readString(register));
  }

  @Test
  void importInterconnectesCsv_storesItsUsages_andExits1OnARowProblem() throws Exception {
    Path csv = dir.resolve("sample.csv");
    try (InputStream in = StoreCliTest.class.getResourceAsStream("/interconnectes-drifts.csv")) {
      Files.copy(in, csv);
    }
    Path db = dir.resolve("csv.db");

    CliTest.Run imported =
        ExchangeCliTest.run(
            "--lang",
            "en",
            "store",
            "--store",
            db.toString(),
            "import",
            "--tenant",
            "243100633",
            csv.toString());

    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.err())
        .contains("row 5, column `coll_siret`: '21000004800013' fails the SIRET check digit");
    assertThat(imported.out())
        .isEqualTo("5 usages, 0 datasets and 0 strategies stored for 243100633\n");
  }

  /**
   * A newcomer's README run: {@code store --store missing.db export} created missing.db, printed an
   * empty register and exited 0. A read command refuses a missing store, as evaluate does.
   */
  @Test
  void storeExport_aMissingSqliteFile_isRefused_exit3_andNotCreated() {
    Path missing = dir.resolve("missing.db");
    CliTest.Run fr =
        ExchangeCliTest.run(
            "store", "--store", missing.toString(), "export", "--tenant", "243100633");
    assertThat(fr.code()).isEqualTo(3);
    assertThat(fr.out()).isEmpty();
    assertThat(fr.err())
        .isEqualTo(
            "governance: stockage "
                + missing
                + " : `--store` : aucun stockage à "
                + missing
                + " (les commandes de lecture n'en créent jamais ; `governance store init --store"
                + " FICHIER` le fait)\n");
    CliTest.Run en =
        ExchangeCliTest.run(
            "--lang",
            "en",
            "store",
            "--store",
            missing.toString(),
            "export",
            "--tenant",
            "243100633");
    assertThat(en.code()).isEqualTo(3);
    assertThat(en.err())
        .isEqualTo(
            "governance: store "
                + missing
                + ": `--store`: no store at "
                + missing
                + " (read commands never create one; `governance store init --store FILE` does)\n");
    assertThat(missing).doesNotExist();
  }

  @Test
  void badTenantOrUrl_isAnInputError_namingTheValue() {
    CliTest.Run badTenant =
        ExchangeCliTest.run(
            "--lang",
            "en",
            "store",
            "--store",
            dir.resolve("x.db").toString(),
            "export",
            "--tenant",
            "123");
    assertThat(badTenant.code()).isEqualTo(3);
    assertThat(badTenant.err()).contains("siren").contains("'123'");

    CliTest.Run badUrl =
        ExchangeCliTest.run("--lang", "en", "store", "--store", "jdbc:mysql://h/db", "init");
    assertThat(badUrl.code()).isEqualTo(3);
    assertThat(badUrl.err())
        .contains(
            "must be a file path or a jdbc:sqlite: or jdbc:postgresql: URL, but was jdbc:mysql:");
  }
}
