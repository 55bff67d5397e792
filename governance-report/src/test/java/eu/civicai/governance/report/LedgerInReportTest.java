package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.EndAction;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LegalBasis;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.data.RetentionRule;
import eu.civicai.governance.data.RetentionTrigger;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.spi.LedgerStore;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: with a ledger, the committee reads which data are past their retention deadline (in the
 * blocking finding itself, not its requirement), and a ledger that fails verification or cannot be
 * verified is one more thing to decide, with where it breaks.
 */
class LedgerInReportTest {
  @TempDir Path dir;

  private static final Dataset REQUESTS =
      Dataset.builder("tours-requetes-agents")
          .name("Requêtes et brouillons des agents")
          .personalData(PersonalDataLevel.PERSONAL)
          .legalBasis(LegalBasis.PUBLIC_TASK)
          .retention(
              RetentionRule.of(Period.ofMonths(3), RetentionTrigger.COLLECTION, EndAction.DELETE))
          .build();
  private static final DatasetLookup DATASETS = DatasetLookup.of(List.of(REQUESTS));

  private static final AiUsage DRAFTING =
      AiUsage.builder("tours-doriia")
          .name("Doriia : assistant de rédaction des agents")
          .authority(Authority.of("Tours Métropole", AuthorityKind.METROPOLE))
          .dataUse(d -> d.datasets(DatasetUse.of("tours-requetes-agents", DataRole.INPUT)))
          .build();

  /** A store that reads once (when the ledger is opened), then fails. */
  private static final class FailingStore implements LedgerStore {
    private final List<LedgerEntry> entries = new ArrayList<>();
    private boolean broken;

    @Override
    public void append(LedgerEntry entry) {
      entries.add(entry);
    }

    @Override
    public long size() {
      return entries.size();
    }

    @Override
    public Stream<LedgerEntry> entries() {
      if (broken) {
        throw new java.io.UncheckedIOException(new java.io.IOException("disque illisible"));
      }
      return new ArrayList<>(entries).stream();
    }
  }

  private static Ledger ledger(LedgerStore store) {
    Ledger ledger = Ledger.open(store, DATASETS, Fixtures.CLOCK);
    ledger.append(
        LifecycleEvent.collected(DatasetId.of("tours-requetes-agents"))
            .at(Instant.parse("2026-01-20T08:00:00Z"))
            .by("Doriia"));
    return ledger;
  }

  private ReportSummary write(CommitteeReport.Builder builder, Ledger ledger) {
    CommitteeReport report =
        builder.clock(Fixtures.CLOCK).datasets(DATASETS).ledger(ledger).build();
    EvaluationContext context =
        EvaluationContext.of(Fixtures.CLOCK, Locale.FRENCH)
            .withDatasets(DATASETS)
            .withLedger(ledger);
    PortfolioReport.UsageEvaluation e =
        new PortfolioReport.UsageEvaluation(
            DRAFTING.id(),
            AiActClassifier.classify(DRAFTING, Fixtures.TODAY),
            CharterEvaluator.of(BuiltInCharters.all()).evaluate(DRAFTING, context));
    try (ReportWriter out = report.open(dir)) {
      out.add(DRAFTING, e);
      return out.finish();
    }
  }

  private static ReportSummary.DecisionGroup group(ReportSummary s, String key) {
    return s.decisions().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void blockingRetentionFinding_namesTheDataAndTheirDeadline() throws Exception {
    ReportSummary s = write(CommitteeReport.builder(), ledger(new FailingStore()));
    assertThat(group(s, "BLOCKING").items())
        .contains(
            "Doriia : assistant de rédaction des agents — une échéance de conservation est"
                + " dépassée : Requêtes et brouillons des agents, échue le 20 avril 2026")
        .noneMatch(i -> i.endsWith("Aucune échéance de conservation n'est dépassée"));
    assertThat(group(s, "OVERDUE_RETENTION").total()).isEqualTo(1);
    assertThat(s.ledger().intact()).isTrue();
    assertThat(s.ledger().text()).isEqualTo("Journal vérifié : 1 entrées, chaîne intacte.");
    assertThat(group(s, "LEDGER").total()).isZero();
    String html = Files.readString(dir.resolve("report.html"));
    // the empty kinds are one line, not a block each
    assertThat(html)
        .contains("<p class=\"nothing\">Rien à décider : journal du cycle de vie des données")
        .doesNotContain("Dérogations expirant dans les 90 jours (")
        .contains("Journal vérifié : 1 entrées, chaîne intacte.");
    assertThat(Files.readString(dir.resolve("report.md")))
        .contains("Rien à décider : journal du cycle de vie")
        .doesNotContain("### Dérogations expirant");
  }

  @Test
  void ledgerShorterThanItsCheckpoint_isToDecide_withWhereItBreaks() {
    Ledger ledger = ledger(new FailingStore());
    Checkpoint kept = new Checkpoint(2, ledger.checkpoint().headHash());
    ReportSummary s = write(CommitteeReport.builder().checkpoint(kept), ledger);
    assertThat(s.ledger().intact()).isFalse();
    assertThat(s.ledger().firstBadSequence()).isEqualTo(2);
    assertThat(group(s, "LEDGER").items())
        .containsExactly(
            "Le journal ne se vérifie pas : Le journal a été tronqué : l'entrée 2 et les"
                + " suivantes, couvertes par le point de contrôle, manquent");
  }

  @Test
  void ledgerThatCannotBeRead_isToDecide() {
    FailingStore store = new FailingStore();
    Ledger ledger = ledger(store);
    store.broken = true;
    ReportSummary s = write(CommitteeReport.builder(), ledger);
    assertThat(s.ledger().verified()).isFalse();
    assertThat(group(s, "LEDGER").items())
        .singleElement()
        .asString()
        .startsWith("Le journal ne peut pas être vérifié : ")
        .contains("disque illisible");
  }
}
