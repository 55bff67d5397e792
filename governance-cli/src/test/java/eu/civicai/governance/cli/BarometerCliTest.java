package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.barometer.AuthorityFigures;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerWeights;
import eu.civicai.governance.barometer.MaturityComponent;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.json.BarometerJson;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonLinesLedgerStore;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.JdbcRegisterStore;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Theme;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: {@code governance barometer}, from a register file or from a store. */
class BarometerCliTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String AT = "2026-11-27T16:00:00Z";
  private static final Clock CLOCK = Clock.fixed(Instant.parse(AT), ZoneId.of("Europe/Paris"));
  private static final TenantId TENANT = TenantId.of("243100633");

  @TempDir Path dir;
  private Path registerFile;
  private Path ledgerFile;
  private Register register;
  private Ledger ledger;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void register() throws Exception {
    register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("capteurs").name("Capteurs").personalData(PersonalDataLevel.NONE).build());
    register.add(
        AiUsage.builder("val-fuites")
            .name("Détection des fuites")
            .summary("Repère les fuites du réseau d'eau.")
            .authority(
                Authority.of("Commune de Val-de-Brume", AuthorityKind.COMMUNE)
                    .withPopulation(2_400))
            .purpose(p -> p.theme(Theme.ECOLOGICAL_TRANSITION))
            .risks(List.of(Risk.builder().description("Fausses alertes").build()))
            .build());
    Authority tours =
        Authority.of("Tours Métropole", AuthorityKind.METROPOLE).withPopulation(300_000);
    register.add(
        AiUsage.builder("tours-doriia")
            .name("Assistant de rédaction")
            .summary("Aide les agents à rédiger.")
            .authority(tours)
            .purpose(p -> p.theme(Theme.INTERNAL_ADMINISTRATION))
            .build());
    register.putStrategy(
        Strategy.builder(tours)
            .charterAdoptedOn(LocalDate.of(2025, 3, 20))
            .roadmap(
                Roadmap.builder("Feuille de route IA")
                    .indicators(
                        RoadmapIndicator.of(
                            "agents-formes", "Agents formés", null, Quantity.of(400, Unit.AGENT)))
                    .build())
            .acculturation(
                Acculturation.builder().literacy(10, 8, LocalDate.of(2026, 9, 1)).build())
            .committee(
                WatchCommittee.builder("Comité de veille")
                    .members(CommitteeMember.of("Élue", MemberRole.ELECTED_OFFICIAL))
                    .meeting(CommitteeMeeting.of(LocalDate.of(2026, 10, 2), "Élue"))
                    .build())
            .build());
    register.putStrategy(
        Strategy.builder(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION)).build());
    registerFile = dir.resolve("register.json");
    Files.writeString(
        registerFile, JSON.write(DocumentType.REGISTER, RegisterDocument.of(register)));
    ledgerFile = dir.resolve("ledger.jsonl");
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(
            ledgerFile, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      Ledger l = Ledger.open(store, register, CLOCK);
      l.append(
          LifecycleEvent.collected(DatasetId.of("capteurs"))
              .at(Instant.parse("2026-01-05T09:00:00Z"))
              .by("dsi"));
      l.append(
          LifecycleEvent.usedForInference(
                  DatasetId.of("capteurs"), UsageId.of("tours-doriia"), "rédaction")
              .at(Instant.parse("2026-02-05T09:00:00Z"))
              .by("dsi"));
    }
    ledger = Ledger.inMemory(register, CLOCK);
    try (JsonLinesLedgerStore store = JsonLinesLedgerStore.openReadOnly(ledgerFile, JSON)) {
      ledger = Ledger.open(store, register, CLOCK);
    }
  }

  @Test
  void barometer_registerFile_printsFrenchTablesByDefault() {
    Run r =
        run("barometer", "--at", AT, "--ledger", ledgerFile.toString(), registerFile.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            "Baromètre de maturité de la gouvernance de l'IA au 27/11/2026 : 3 collectivités,"
                + " dont 3 avec un score\n")
        .contains("Par tranche de population", "Par type de collectivité", "Par thème")
        .contains("De part et d'autre de 50 000 habitants")
        .contains("Une composante inconnue ne compte pas pour 0")
        .contains("Collectivités dont aucun usage n'indique de thème : 1.");
    // Val-de-Brume: 3 parts of 10 (7.5 points) and no use in the ledger (0 of 10): 21.4.
    assertThat(line(r.out(), "Moins de 3 500 habitants"))
        .contains("21,4")
        .contains("30 % (1)")
        .contains("inconnu");
    // Tours: 2 parts (5) + charter, committee, roadmap (45) + 80 % trained (16) + ledger (10).
    assertThat(line(r.out(), "Tours Métropole")).contains("Métropole").contains("76,0");
    // Sicoval: its strategy states no charter (0), the rest is unknown: 0 over 15 points known.
    assertThat(line(r.out(), "Sicoval"))
        .contains("Population inconnue")
        .contains("0,0")
        .contains("  5  ");
  }

  @Test
  void barometer_langEn_printsEnglishTables() {
    Run r =
        run(
            "--lang",
            "en",
            "barometer",
            "--at",
            AT,
            "--ledger",
            ledgerFile.toString(),
            registerFile.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(
            "AI governance maturity barometer on 2026-11-27: 3 authorities, 3 with a score\n")
        .contains("By population band", "Population unknown", "Under 3,500 inhabitants");
    assertThat(line(r.out(), "Tours Métropole")).contains("76.0").contains("80%");
  }

  @Test
  void barometer_json_isTheDocumentOfTheInMemoryBarometer() {
    Run r =
        run(
            "barometer",
            "--at",
            AT,
            "--format",
            "json",
            "--ledger",
            ledgerFile.toString(),
            registerFile.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(BarometerJson.write(Barometer.of(register, ledger, CLOCK)) + "\n");
  }

  @Test
  void barometer_withoutLedger_leavesTheLedgerUnknown() {
    Run r = run("barometer", "--at", AT, "--format", "json", registerFile.toString());

    assertThat(r.out()).isEqualTo(BarometerJson.write(Barometer.of(register, CLOCK)) + "\n");
    assertThat(r.out())
        .doesNotContain("\"LEDGER_KEPT\",\n        \"weight\" : 10,\n        \"known\" : true");
  }

  @Test
  void barometer_store_givesTheSameDocumentInSql() {
    Path db = dir.resolve("governance.db");
    try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(db, CLOCK)) {
      store.importBatch(TENANT, register.datasets(), register.usages(), "test");
      for (Strategy s : register.strategies()) {
        store.strategies().put(TENANT, s, "test");
      }
      store.ledgers().appendAll(TENANT, "main", ledger.entries());
    }
    Run r =
        run(
            "barometer",
            "--at",
            AT,
            "--format",
            "json",
            "--store",
            db.toString(),
            "--tenant",
            TENANT.value());

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(BarometerJson.write(Barometer.of(register, ledger, CLOCK)) + "\n");
  }

  private static final TenantId OTHER = TenantId.of("213700180");

  /** Two tenants: the register's, and a second with two Saint-Martin of two SIRENs. */
  private Path twoTenants() {
    Path db = dir.resolve("many.db");
    try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(db, CLOCK)) {
      store.importBatch(TENANT, register.datasets(), register.usages(), "test");
      for (Strategy s : register.strategies()) {
        store.strategies().put(TENANT, s, "test");
      }
      store.ledgers().appendAll(TENANT, "main", ledger.entries());
      store.importBatch(OTHER, List.of(), other().usages(), "test");
    }
    return db;
  }

  private static Register other() {
    Register r = Register.inMemory(CLOCK);
    r.add(
        AiUsage.builder("sm-chatbot")
            .name("Agent conversationnel")
            .summary("Répond aux habitants.")
            .authority(
                Authority.of("Saint-Martin", AuthorityKind.COMMUNE)
                    .withSiren("210100012")
                    .withPopulation(1_200))
            .build());
    r.add(
        AiUsage.builder("sm-eau")
            .name("Fuites d'eau")
            .authority(
                Authority.of("Saint-Martin", AuthorityKind.COMMUNE)
                    .withSiren("213700180")
                    .withPopulation(60_000))
            .build());
    return r;
  }

  private Barometer union(BarometerWeights weights) {
    LocalDate day = LocalDate.ofInstant(CLOCK.instant(), CLOCK.getZone());
    List<AuthorityFigures> figures = new java.util.ArrayList<>();
    // Tenants in SIREN order: 213700180, then 243100633.
    figures.addAll(Barometer.figures(other(), null, day));
    figures.addAll(Barometer.figures(register, ledger, day));
    return Barometer.fromFigures(Barometer.merge(figures), day, weights);
  }

  @Test
  void barometer_storeWithoutTenant_isAcrossEveryTenant_asInMemoryOverTheirUnion() {
    Path db = twoTenants();
    Run all = run("barometer", "--at", AT, "--format", "json", "--store", db.toString());
    assertThat(all.err()).isEmpty();
    assertThat(all.code()).isZero();
    assertThat(all.out()).isEqualTo(BarometerJson.write(union(BarometerWeights.defaults())) + "\n");

    Run listed =
        run(
            "barometer",
            "--at",
            AT,
            "--format",
            "json",
            "--store",
            db.toString(),
            "--tenants",
            OTHER.value() + "," + TENANT.value());
    assertThat(listed.out()).isEqualTo(all.out());

    Run one =
        run(
            "barometer",
            "--at",
            AT,
            "--format",
            "json",
            "--store",
            db.toString(),
            "--tenants",
            OTHER.value());
    assertThat(one.out()).contains("\"213700180\"").doesNotContain("Tours Métropole");
  }

  @Test
  void barometer_storeAcrossTenants_tables_showBothSaintMartin_inFrenchAndEnglish() {
    Path db = twoTenants();
    Run fr = run("barometer", "--at", AT, "--store", db.toString());
    assertThat(fr.code()).isZero();
    assertThat(fr.out())
        .startsWith(
            "Baromètre de maturité de la gouvernance de l'IA au 27/11/2026 : 5 collectivités,"
                + " dont 5 avec un score\n");
    List<String> martins = fr.out().lines().filter(l -> l.startsWith("Saint-Martin")).toList();
    assertThat(martins).hasSize(2);
    assertThat(martins.get(0)).contains("210100012").contains("Moins de 3 500 habitants");
    assertThat(martins.get(1)).contains("213700180").contains("50 000 à 200 000 habitants");
    assertThat(line(fr.out(), "Tours Métropole")).contains("—").contains("76,0");

    Run en = run("--lang", "en", "barometer", "--at", AT, "--store", db.toString());
    assertThat(en.code()).isZero();
    assertThat(en.out())
        .startsWith(
            "AI governance maturity barometer on 2026-11-27: 5 authorities, 5 with a score\n")
        .contains("(points out of 100)");
    assertThat(en.out().lines().filter(l -> l.startsWith("Saint-Martin"))).hasSize(2);
  }

  @Test
  void barometer_weight_overridesTheDefault_andSaysSo() {
    Path db = twoTenants();
    BarometerWeights w =
        BarometerWeights.defaults()
            .with(MaturityComponent.AGENTS_TRAINED, 30)
            .with(MaturityComponent.LEDGER_KEPT, 0);
    Run json =
        run(
            "barometer",
            "--at",
            AT,
            "--format",
            "json",
            "--store",
            db.toString(),
            "--weight",
            "agents_trained=30",
            "--weight",
            "LEDGER_KEPT=0");
    assertThat(json.err()).isEmpty();
    assertThat(json.out()).isEqualTo(BarometerJson.write(union(w)) + "\n");
    assertThat(json.out()).contains("\"defaultWeights\" : false");

    Run text =
        run(
            "--lang",
            "en",
            "barometer",
            "--at",
            AT,
            "--weight",
            "AGENTS_TRAINED=30",
            registerFile.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .contains("Agents trained 30")
        .contains("(points out of 110)")
        .contains("Weights chosen with --weight, not the barometer's defaults");
    // Tours, without a ledger: 2 parts (5) + charter, committee, roadmap (45) + 80 % trained
    // (0.8 × 30 = 24): 74 points out of the 100 known (the ledger's 10 unknown), 74.0; with the
    // default weights it is 66 out of 90, 73.3.
    assertThat(line(text.out(), "Tours Métropole")).contains("74.0");
  }

  @Test
  void barometer_badWeight_isExitTwo_namingTheComponentAndValue() {
    Run negative = run("barometer", "--weight", "AGENTS_TRAINED=-5", registerFile.toString());
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err())
        .startsWith(
            "governance: --weight : `weights.AGENTS_TRAINED` doit valoir au moins 0, mais valait"
                + " -5");
    Run unknown = run("--lang", "en", "barometer", "--weight", "TRAINING=5", "r.json");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith("governance: --weight: no component TRAINING; the components are")
        .contains("USAGES_DOCUMENTED, CHARTER_ADOPTED");
    Run notNumber = run("--lang", "en", "barometer", "--weight", "LEDGER_KEPT=ten", "r.json");
    assertThat(notNumber.code()).isEqualTo(2);
    assertThat(notNumber.err())
        .startsWith(
            "governance: --weight LEDGER_KEPT: the weight must be a whole number of points, but"
                + " was ten");
    Run zero =
        run(
            "--lang",
            "en",
            "barometer",
            "--weight",
            "USAGES_DOCUMENTED=0",
            "--weight",
            "CHARTER_ADOPTED=0",
            "--weight",
            "COMMITTEE_ACTIVE=0",
            "--weight",
            "ROADMAP_INDICATORS=0",
            "--weight",
            "AGENTS_TRAINED=0",
            "--weight",
            "LEDGER_KEPT=0",
            "r.json");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("at least one weight must be above 0");
  }

  @Test
  void barometer_wrongUse_isExitTwoInTheChosenLanguage() {
    Run both =
        run("barometer", "--store", "x.db", "--tenant", "243100633", registerFile.toString());
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).startsWith("governance: donnez soit un fichier, soit --store");
    Run ledgerWithStore =
        run(
            "--lang",
            "en",
            "barometer",
            "--store",
            "x.db",
            "--tenant",
            "243100633",
            "--ledger",
            "l.jsonl");
    assertThat(ledgerWithStore.code()).isEqualTo(2);
    assertThat(ledgerWithStore.err())
        .startsWith(
            "governance: --ledger is for a register file: with --store, every ledger of the tenant"
                + " is read");
    Run nothing = run("--lang", "en", "barometer");
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err())
        .startsWith(
            "governance: a register file, or --store (with --tenant, --tenants, or neither for"
                + " every tenant), is needed");
    Run both2 =
        run("barometer", "--store", "x.db", "--tenant", "243100633", "--tenants", "243100633");
    assertThat(both2.code()).isEqualTo(2);
    assertThat(both2.err()).startsWith("governance: donnez soit --tenant, soit --tenants");
    Run tenantsAlone = run("--lang", "en", "barometer", "--tenants", "243100633", "r.json");
    assertThat(tenantsAlone.code()).isEqualTo(2);
    assertThat(tenantsAlone.err()).startsWith("governance: --tenants needs --store");
  }

  @Test
  void barometer_missingFile_isExitThree() {
    Run r = run("barometer", dir.resolve("absent.json").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith("governance: ").contains("absent.json");
  }

  private static String line(String text, String start) {
    return text.lines()
        .filter(l -> l.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starting with " + start + " in\n" + text));
  }
}
