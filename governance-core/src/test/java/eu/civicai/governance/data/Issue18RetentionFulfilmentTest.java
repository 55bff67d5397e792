package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.register.Register;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, tests that kill mutants: which end of life fulfils which rule, and that the deadlines
 * ahead leave out what is done, what is suspended and what falls outside the window.
 */
class Issue18RetentionFulfilmentTest {
  private static final Clock CLOCK = LedgerFixture.fixed("2030-01-01T00:00:00Z");
  private static final DatasetId D = DatasetId.of("d");
  private static final Instant COLLECTED = Instant.parse("2025-01-01T00:00:00Z");

  private static Ledger collectedUnder(EndAction action) {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("d")
            .name("D")
            .personalData(PersonalDataLevel.PERSONAL)
            .retention(RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, action))
            .build());
    Ledger ledger = Ledger.inMemory(register, CLOCK);
    ledger.append(LifecycleEvent.collected(D).at(COLLECTED).by("dsi"));
    return ledger;
  }

  private static boolean fulfilledAfter(EndAction action, EventKind end) {
    Ledger ledger = collectedUnder(action);
    LifecycleEvent.Builder event =
        end == EventKind.DELETED
            ? LifecycleEvent.deleted(D, "effacement sécurisé")
            : LifecycleEvent.of(end, D);
    ledger.append(event.at(COLLECTED.plus(Duration.ofDays(10))).by("dsi"));
    return ledger.retention(D).orElseThrow().fulfilled();
  }

  @Test
  void archive_isFulfilledByArchiving_anonymising_orDeleting() {
    assertThat(fulfilledAfter(EndAction.ARCHIVE, EventKind.ARCHIVED)).isTrue();
    assertThat(fulfilledAfter(EndAction.ARCHIVE, EventKind.ANONYMISED)).isTrue();
    assertThat(fulfilledAfter(EndAction.ARCHIVE, EventKind.DELETED)).isTrue();
    assertThat(fulfilledAfter(EndAction.ARCHIVE, EventKind.PSEUDONYMISED)).isFalse();
    assertThat(collectedUnder(EndAction.ARCHIVE).retention(D).orElseThrow().fulfilled()).isFalse();
  }

  @Test
  void anonymise_isFulfilledByAnonymisingOrDeleting_notByArchiving() {
    assertThat(fulfilledAfter(EndAction.ANONYMISE, EventKind.ANONYMISED)).isTrue();
    assertThat(fulfilledAfter(EndAction.ANONYMISE, EventKind.DELETED)).isTrue();
    assertThat(fulfilledAfter(EndAction.ANONYMISE, EventKind.ARCHIVED)).isFalse();
    assertThat(fulfilledAfter(EndAction.ANONYMISE, EventKind.PSEUDONYMISED)).isFalse();
  }

  @Test
  void delete_isFulfilledByDeletingOnly() {
    assertThat(fulfilledAfter(EndAction.DELETE, EventKind.DELETED)).isTrue();
    assertThat(fulfilledAfter(EndAction.DELETE, EventKind.ANONYMISED)).isFalse();
    assertThat(fulfilledAfter(EndAction.DELETE, EventKind.ARCHIVED)).isFalse();
  }

  @Test
  void archivedDataset_isNeitherOverdueNorUpcoming_underAnArchiveRule() {
    Ledger ledger = collectedUnder(EndAction.ARCHIVE);
    Instant before = COLLECTED.plus(Duration.ofDays(25));
    assertThat(ledger.deadlinesWithin(before, Duration.ofDays(30)))
        .extracting(RetentionStatus::dataset)
        .containsExactly(D);
    assertThat(ledger.overdue(COLLECTED.plus(Duration.ofDays(60))))
        .extracting(RetentionStatus::dataset)
        .containsExactly(D);

    ledger.append(
        LifecycleEvent.of(EventKind.ARCHIVED, D).at(COLLECTED.plus(Duration.ofDays(20))).by("dsi"));

    assertThat(ledger.deadlinesWithin(before, Duration.ofDays(30))).isEmpty();
    assertThat(ledger.overdue(COLLECTED.plus(Duration.ofDays(60)))).isEmpty();
  }

  @Test
  void deadlinesWithin_leavesOutFulfilledDeadlines_keepingTheOthers() {
    Register register = Register.inMemory(CLOCK);
    for (String id : List.of("a", "b")) {
      register.addDataset(
          Dataset.builder(id)
              .name(id)
              .personalData(PersonalDataLevel.PERSONAL)
              .retention(
                  RetentionRule.of(
                      Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.DELETE))
              .build());
    }
    Ledger ledger = Ledger.inMemory(register, CLOCK);
    ledger.append(LifecycleEvent.collected(DatasetId.of("a")).at(COLLECTED).by("dsi"));
    ledger.append(LifecycleEvent.collected(DatasetId.of("b")).at(COLLECTED).by("dsi"));
    ledger.append(
        LifecycleEvent.deleted(DatasetId.of("a"), "effacement")
            .at(COLLECTED.plus(Duration.ofDays(5)))
            .by("dsi"));

    // Both are due on 1 February; "a" was deleted on 6 January, so only "b" is still ahead.
    assertThat(ledger.deadlinesWithin(COLLECTED.plus(Duration.ofDays(6)), Duration.ofDays(30)))
        .extracting(RetentionStatus::dataset)
        .containsExactly(DatasetId.of("b"));
  }

  @Test
  void deadlinesWithin_leavesOutSuspendedDeadlines() {
    Ledger ledger = collectedUnder(EndAction.DELETE);
    ledger.append(
        LifecycleEvent.holdPlaced(D, "contentieux")
            .at(COLLECTED.plus(Duration.ofDays(3)))
            .by("juridique"));

    assertThat(ledger.deadlinesWithin(COLLECTED, Duration.ofDays(3650))).isEmpty();
  }

  @Test
  void deadlinesWithin_includesBothEndsOfTheWindow_andNothingBeyond() {
    Ledger ledger = collectedUnder(EndAction.DELETE);
    Instant due = ledger.retention(D).orElseThrow().dueAt();

    assertThat(ledger.deadlinesWithin(due, Duration.ZERO)).hasSize(1);
    assertThat(ledger.deadlinesWithin(due.minusSeconds(10), Duration.ofSeconds(10))).hasSize(1);
    assertThat(ledger.deadlinesWithin(due.minusSeconds(10), Duration.ofSeconds(9))).isEmpty();
    assertThat(ledger.deadlinesWithin(due.plusNanos(1), Duration.ofDays(1))).isEmpty();
  }
}
