package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.store.JdbcRegisterStore;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.usage.AiUsage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the strategies a register document carries are read by the command line as by the API —
 * {@code evaluate} gives them to the charters, {@code store import} stores them.
 */
class StrategiesCliIssue21Test {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String AT = "2026-11-27T16:00:00Z";
  private static final Clock CLOCK = Clock.fixed(Instant.parse(AT), ZoneId.of("Europe/Paris"));
  private static final TenantId TENANT = TenantId.of("243100633");

  @TempDir Path dir;
  private Register register;
  private Path withStrategies;
  private Path withoutStrategies;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void register() throws Exception {
    Authority tours =
        Authority.of("Tours Métropole", AuthorityKind.METROPOLE).withPopulation(300_000);
    register = Register.inMemory(CLOCK);
    register.add(
        AiUsage.builder("tours-doriia")
            .name("Assistant de rédaction")
            .summary("Aide les agents à rédiger.")
            .authority(tours)
            .build());
    withoutStrategies = dir.resolve("sans.json");
    Files.writeString(
        withoutStrategies, JSON.write(DocumentType.REGISTER, RegisterDocument.of(register)));
    register.putStrategy(
        Strategy.builder(tours)
            .charterAdoptedOn(LocalDate.of(2025, 3, 20))
            .committee(
                WatchCommittee.builder("Comité de veille")
                    .members(CommitteeMember.of("Élue", MemberRole.ELECTED_OFFICIAL))
                    .meeting(CommitteeMeeting.of(LocalDate.of(2026, 10, 2), "Élue"))
                    .build())
            .build());
    withStrategies = dir.resolve("avec.json");
    Files.writeString(
        withStrategies, JSON.write(DocumentType.REGISTER, RegisterDocument.of(register)));
  }

  @Test
  void evaluate_readsTheStrategiesOfTheRegisterDocument() {
    Run with = run("evaluate", "--at", AT, "--charter", "civicai.strategy", str(withStrategies));
    Run without =
        run("evaluate", "--at", AT, "--charter", "civicai.strategy", str(withoutStrategies));

    // The oracle: the API evaluating the same usage with and without the strategy.
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.strategy());
    EvaluationContext context = EvaluationContext.of(CLOCK, Locale.FRENCH);
    AiUsage usage = register.usages().get(0);
    EvaluationReport withReport =
        evaluator.evaluate(usage, context.withStrategies(register.strategies())).get(0);
    EvaluationReport withoutReport = evaluator.evaluate(usage, context).get(0);
    assertThat(withReport.score()).isNotEqualTo(withoutReport.score());

    assertThat(with.out()).isNotEqualTo(without.out());
    assertThat(with.out())
        .contains(withReport.verdict().label(Locale.FRENCH) + " (" + withReport.score() + " %)");
    assertThat(without.out())
        .contains(
            withoutReport.verdict().label(Locale.FRENCH) + " (" + withoutReport.score() + " %)");
  }

  @Test
  void storeImport_storesTheStrategies_andEvaluateFromTheStoreReadsThem() {
    Path db = dir.resolve("governance.db");
    assertThat(run("store", "--store", str(db), "init").code()).isZero();
    Run imported =
        run("store", "--store", str(db), "import", "--tenant", TENANT.value(), str(withStrategies));
    assertThat(imported.code()).isZero();

    try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(db, CLOCK)) {
      assertThat(store.strategies().list(TENANT)).isEqualTo(register.strategies());
    }
    Run fromStore =
        run(
            "evaluate",
            "--at",
            AT,
            "--charter",
            "civicai.strategy",
            "--store",
            str(db),
            "--tenant",
            TENANT.value());
    Run fromFile =
        run("evaluate", "--at", AT, "--charter", "civicai.strategy", str(withStrategies));
    assertThat(fromStore.code()).isEqualTo(fromFile.code());
    assertThat(verdictLines(fromStore.out())).isEqualTo(verdictLines(fromFile.out()));
  }

  @Test
  void storeImport_whenAStrategyIsRefused_storesNothing() throws Exception {
    Path db = dir.resolve("governance.db");
    assertThat(run("store", "--store", str(db), "init").code()).isZero();
    // The database refuses any strategy: the failure comes after the usages and datasets went in.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TRIGGER refuse_strategies BEFORE INSERT ON strategies"
              + " BEGIN SELECT RAISE(ABORT, 'strategies refused'); END");
    }
    Run imported =
        run("store", "--store", str(db), "import", "--tenant", TENANT.value(), str(withStrategies));

    assertThat(imported.code()).isNotZero();
    try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(db, CLOCK)) {
      // All or nothing: neither the usage nor the strategy is stored.
      assertThat(store.usages().count(TENANT, UsageFilter.all())).isZero();
      assertThat(store.strategies().list(TENANT)).isEmpty();
    }
    // Without the trigger the same file imports whole (the refusal was the only cause).
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER refuse_strategies");
    }
    assertThat(
            run(
                    "store",
                    "--store",
                    str(db),
                    "import",
                    "--tenant",
                    TENANT.value(),
                    str(withStrategies))
                .code())
        .isZero();
    try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(db, CLOCK)) {
      assertThat(store.usages().count(TENANT, UsageFilter.all())).isEqualTo(1);
      assertThat(store.strategies().list(TENANT)).isEqualTo(register.strategies());
    }
  }

  /** The output without the lines naming its source (file or store). */
  private static String verdictLines(String out) {
    return out.lines()
        .filter(line -> !line.contains(".json") && !line.contains(".db"))
        .reduce("", (a, b) -> a + b + "\n");
  }

  private static String str(Path p) {
    return p.toString();
  }
}
