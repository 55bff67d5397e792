package eu.civicai.governance.examples;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonLinesLedgerStore;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.json.ValueJson;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.report.CommitteeReport;
import eu.civicai.governance.report.ReportWriter;
import eu.civicai.governance.template.UsageTemplates;
import eu.civicai.governance.value.AuthorityValue;
import eu.civicai.governance.value.FactorKind;
import eu.civicai.governance.value.PortfolioValue;
import eu.civicai.governance.value.Total;
import eu.civicai.governance.value.Valuation;
import eu.civicai.governance.value.ValueFactor;
import eu.civicai.governance.value.ValueFactors;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The README's main job: builds the territorial portfolio's register and a year of its data
 * lifecycle ledger, with the strategies of four authorities (roadmaps, acculturation, watch
 * committees; {@code TerritorialStrategies}) and a small commune's usage copied from a template,
 * evaluates every usage against the built-in charters and the strategy charter, classifies each
 * under the AI Act, values benefits against footprints, verifies the ledger against its checkpoint,
 * lists retention deadlines, and writes everything to an output directory (default {@code
 * target/portfolio}): {@code register.json}, {@code ledger.jsonl}, {@code checkpoint.json}, {@code
 * reports/*.json}, {@code classifications/*.json}, {@code value.json}, the committee's report
 * ({@code report.html}, {@code report.md}, {@code report-data.json}), the residents' public pages
 * ({@code fiches/*.html}), the barometer of the portfolio and the Interconnectés sample ({@code
 * barometer.json}) and {@code governance.db} (the same in SQLite).
 */
public final class Portfolio {
  /** The evaluation instant: fixed, so that every run gives the same reports. */
  public static final Instant AT = Instant.parse("2026-11-27T16:00:00Z");

  /**
   * The factors the job values benefits with: the library's defaults, and Tours Métropole's own
   * hourly cost (an assumption of the example, as its other figures), to show an authority's
   * override cited with its own source.
   */
  public static final ValueFactors FACTORS =
      ValueFactors.defaults()
          .withFor(
              TerritorialCases.TOURS.name(),
              ValueFactor.of(
                      FactorKind.AGENT_HOURLY_COST,
                      "32",
                      "Hypothèse de l'exemple : coût chargé moyen des agents de Tours Métropole",
                      2026)
                  .withNote("À remplacer par le coût tiré du bilan social de la collectivité."));

  private Portfolio() {}

  /**
   * Runs the main job.
   *
   * @param args the output directory, optionally
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO; the job's output is the portfolio.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.setProperty("org.slf4j.simpleLogger.log.org.hibernate.validator", "warn");
    run(Path.of(args.length > 0 ? args[0] : "target/portfolio"), System.out);
    ImportFromInterconnectes.run(System.out);
  }

  /**
   * Runs the main job into a directory, printing a one-line summary per usage.
   *
   * @param out the output directory, created when missing
   * @param console where the summary goes
   * @return the portfolio evaluation
   */
  public static PortfolioReport run(Path out, PrintStream console) {
    Clock clock = Clock.fixed(AT, ZoneId.of("Europe/Paris"));
    GovernanceJson json = GovernanceJson.create();
    try {
      Files.createDirectories(out.resolve("reports"));
      Files.createDirectories(out.resolve("classifications"));
      Files.deleteIfExists(out.resolve("ledger.jsonl"));
      Files.deleteIfExists(out.resolve("ledger.jsonl.torn"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Register register = TerritorialCases.register(Register.inMemory(clock));
    // The small commune's second usage, copied from the catalogue's template (issue 21): what it
    // has to decide for itself shows as unknown.
    register.add(
        UsageTemplates.get("water-leak")
            .instantiate(TerritorialCases.SMALL_COMMUNE, "valmont-detection-fuites", clock));
    TerritorialStrategies.all().forEach(register::putStrategy);
    PortfolioValue value = Valuation.of(FACTORS).portfolio(register);

    Checkpoint checkpoint;
    PortfolioReport portfolio;
    LedgerVerification verification;
    List<RetentionStatus> overdue;
    List<RetentionStatus> upcoming;
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(
            out.resolve("ledger.jsonl"), JsonLinesLedgerStore.Durability.batched(64), json)) {
      Ledger ledger = Ledger.open(store, register, clock);
      LedgerYear.record(ledger);
      checkpoint = ledger.checkpoint();
      JsonLinesLedgerStore.writeCheckpoint(out.resolve("checkpoint.json"), checkpoint, json);

      List<Charter> charters = new ArrayList<>(BuiltInCharters.all());
      charters.add(BuiltInCharters.strategy()); // reads the register's strategies
      CharterEvaluator evaluator = CharterEvaluator.of(charters);
      portfolio =
          evaluator.evaluatePortfolio(
              register, EvaluationContext.of(clock, Locale.FRENCH).withLedger(ledger));
      verification =
          ledger.verify(JsonLinesLedgerStore.readCheckpoint(out.resolve("checkpoint.json"), json));
      overdue = ledger.overdue();
      upcoming = ledger.deadlinesWithin(clock.instant(), Duration.ofDays(90));

      write(
          out.resolve("register.json"),
          json.write(DocumentType.REGISTER, RegisterDocument.of(register)));
      write(out.resolve("value.json"), ValueJson.write(value));
      for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
        for (EvaluationReport r : u.reports()) {
          write(
              out.resolve("reports").resolve(u.usage() + "." + r.charterId() + ".json"),
              json.write(DocumentType.EVALUATION_REPORT, r));
        }
        AiActClassification c = u.classification();
        write(
            out.resolve("classifications").resolve(u.usage() + ".json"),
            json.write(DocumentType.AI_ACT_CLASSIFICATION, c));
      }
      Barometer barometer = PortfolioBarometer.run(out, register, ledger, clock, console);
      PortfolioDatabase.write(
          out.resolve("governance.db"), register, portfolio, ledger, checkpoint, clock);
      // The committee's report (report.html, report.md, report-data.json) and the residents' public
      // pages (fiches/), from governance-report; with the roadmaps, acculturation and watch
      // committee of the strategies, the value against footprint (the same as value.json) and the
      // barometer (the same as barometer.json).
      CommitteeReport committee =
          CommitteeReport.builder()
              .clock(clock)
              .locale(Locale.FRENCH)
              .datasets(register)
              .ledger(ledger)
              .publicPages(true)
              .strategies(register.strategies())
              .value(value)
              .barometer(barometer)
              .build();
      try (ReportWriter report = committee.open(out)) {
        for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
          report.add(register.find(u.usage()).orElseThrow(), u);
        }
        report.finish();
      }
    }

    console.printf(
        Locale.ROOT,
        "Portefeuille : %d usages, %d jeux de données. %s%n",
        register.usages().size(),
        register.datasets().size(),
        verification.message(Locale.FRENCH));
    for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
      EvaluationReport ethics = u.reports().get(0);
      long blocking = u.reports().stream().mapToLong(r -> r.blocking().size()).sum();
      console.printf(
          Locale.ROOT,
          "%-28s %-28s %-40s bloquants : %d%n",
          u.usage(),
          ethics.verdict().label(Locale.FRENCH),
          u.classification().tier().label(Locale.FRENCH),
          blocking);
    }
    printValue(value, console);
    console.printf(
        Locale.ROOT,
        "Échéances dépassées : %d ; dans les 90 jours : %d. Rapport : %s%n",
        overdue.size(),
        upcoming.size(),
        out.resolve("report.html"));
    return portfolio;
  }

  /** Prints the value of benefits against the footprint, per authority and overall. */
  static void printValue(PortfolioValue value, PrintStream console) {
    console.println("Valeur des bénéfices par an et empreinte annuelle (value.json) :");
    for (AuthorityValue a : value.authorities()) {
      console.printf(
          Locale.ROOT,
          "  %-40s %s ; %s ; eau : %s ; empreinte : %s%n",
          a.authority(),
          amount(a.totals().euros()),
          amount(a.totals().hours()),
          amount(a.totals().householdYears()),
          amount(a.totals().footprintCarbon()));
    }
    console.printf(
        Locale.ROOT,
        "  %-40s %s ; %s ; eau : %s ; empreinte : %s%n",
        "Ensemble",
        amount(value.totals().euros()),
        amount(value.totals().hours()),
        amount(value.totals().householdYears()),
        amount(value.totals().footprintCarbon()));
  }

  /** "8 006 240 €", "≥ 1 200 € (2 inconnus)", "inconnu" or "—" when there is nothing to count. */
  static String amount(Total total) {
    if (total.parts() == 0) {
      return "— " + total.unit().symbol();
    }
    if (total.value().isEmpty()) {
      return "inconnu (" + total.unit().symbol() + ")";
    }
    // French grouping with a narrow no-break space, as in the report: "31 200 €".
    java.text.DecimalFormat grouped =
        new java.text.DecimalFormat(
            "#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.FRENCH));
    String sum =
        grouped.format(total.value().get().value().setScale(0, java.math.RoundingMode.HALF_EVEN))
            + "\u00a0"
            + total.unit().symbol();
    int unknown = total.unknownParts();
    return total.complete()
        ? sum
        : "≥ " + sum + " (" + unknown + (unknown == 1 ? " inconnu)" : " inconnus)");
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
