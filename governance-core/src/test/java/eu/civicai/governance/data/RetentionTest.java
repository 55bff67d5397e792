package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.register.Register;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Retention arithmetic with fixed clocks across month ends, leap years, DST and legal holds. */
class RetentionTest {
  private static final Clock CLOCK = LedgerFixture.fixed("2030-01-01T00:00:00Z");
  private static final DatasetId D = DatasetId.of("d");

  private static Ledger ledgerWith(RetentionRule rule) {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("d")
            .name("D")
            .personalData(PersonalDataLevel.PERSONAL)
            .retention(rule)
            .build());
    return Ledger.inMemory(register, CLOCK);
  }

  private static Instant paris(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LedgerFixture.PARIS)
        .toInstant();
  }

  @Test
  void oneMonthAfterJanuary31_isTheLastDayOfFebruary_inALeapYear() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.DELETE));
    ledger.append(LifecycleEvent.collected(D).at(paris("2024-01-31T10:00")).by("dsi"));

    assertThat(ledger.retention(D).orElseThrow().dueAt()).isEqualTo(paris("2024-02-29T10:00"));
  }

  @Test
  void oneMonthAfterJanuary31_isFebruary28_inACommonYear() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.DELETE));
    ledger.append(LifecycleEvent.collected(D).at(paris("2025-01-31T10:00")).by("dsi"));

    assertThat(ledger.retention(D).orElseThrow().dueAt()).isEqualTo(paris("2025-02-28T10:00"));
  }

  @Test
  void oneYearAfterFebruary29_isFebruary28() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.of(Period.ofYears(1), RetentionTrigger.COLLECTION, EndAction.DELETE));
    ledger.append(LifecycleEvent.collected(D).at(paris("2024-02-29T09:00")).by("dsi"));

    assertThat(ledger.retention(D).orElseThrow().dueAt()).isEqualTo(paris("2025-02-28T09:00"));
  }

  @Test
  void dueDate_keepsTheLocalTimeAcrossDaylightSaving() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.DELETE));
    ledger.append(LifecycleEvent.collected(D).at(Instant.parse("2025-03-01T09:00:00Z")).by("dsi"));

    // 10:00 in Paris (UTC+1) stays 10:00 in Paris a month later (UTC+2).
    assertThat(ledger.retention(D).orElseThrow().dueAt())
        .isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
  }

  @Test
  void lastUse_countsFromTheLastUse_andExtensionsAdd() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.of(Period.ofMonths(6), RetentionTrigger.LAST_USE, EndAction.DELETE));
    ledger.append(LifecycleEvent.collected(D).at(paris("2025-01-15T12:00")).by("dsi"));
    ledger.append(
        LifecycleEvent.of(EventKind.TRANSFORMED, D).at(paris("2025-03-31T12:00")).by("dsi"));
    ledger.append(
        LifecycleEvent.retentionExtended(D, Period.ofMonths(1), "contrôle de la CRC")
            .at(paris("2025-04-01T12:00"))
            .by("dpo"));

    assertThat(ledger.retention(D).orElseThrow().dueAt()).isEqualTo(paris("2025-10-31T12:00"));
  }

  @Test
  void namedEvent_startsOnlyWhenTriggered() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.afterEvent(Period.ofYears(5), "fin du contrat", EndAction.ARCHIVE));
    ledger.append(LifecycleEvent.collected(D).at(paris("2025-01-15T12:00")).by("dsi"));
    assertThat(ledger.retention(D).orElseThrow().dueAt()).isNull();

    ledger.append(
        LifecycleEvent.of(EventKind.RETENTION_TRIGGERED, D)
            .at(paris("2025-06-30T18:00"))
            .by("dsi"));

    assertThat(ledger.retention(D).orElseThrow().dueAt()).isEqualTo(paris("2030-06-30T18:00"));
  }

  @Test
  void activeHold_suspendsTheDeadline_andALiftedHoldPushesItBack() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.DELETE));
    ledger.append(LifecycleEvent.collected(D).at(paris("2025-01-01T00:00")).by("dsi"));
    ledger.append(
        LifecycleEvent.holdPlaced(D, "contentieux").at(paris("2025-01-20T00:00")).by("juridique"));

    RetentionStatus held = ledger.retention(D).orElseThrow();
    assertThat(held.suspended()).isTrue();
    assertThat(held.dueAt()).isNull();
    assertThat(ledger.overdue(paris("2029-01-01T00:00"))).isEmpty();

    ledger.append(
        LifecycleEvent.holdLifted(D, "contentieux").at(paris("2025-03-01T00:00")).by("juridique"));

    // 40 days under hold, from 20 January to 1 March, are added to the 1 February deadline.
    RetentionStatus lifted = ledger.retention(D).orElseThrow();
    assertThat(lifted.suspended()).isFalse();
    assertThat(lifted.dueAt()).isEqualTo(paris("2025-02-01T00:00").plus(Duration.ofDays(40)));
  }

  @Test
  void holdPlacedAfterTheDeadline_doesNotMoveIt() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.DELETE));
    ledger.append(LifecycleEvent.collected(D).at(paris("2025-01-01T00:00")).by("dsi"));
    ledger.append(LifecycleEvent.holdPlaced(D, "h").at(paris("2025-03-01T00:00")).by("juridique"));
    ledger.append(LifecycleEvent.holdLifted(D, "h").at(paris("2025-04-01T00:00")).by("juridique"));

    assertThat(ledger.retention(D).orElseThrow().dueAt()).isEqualTo(paris("2025-02-01T00:00"));
  }

  @Test
  void overdueAndUpcoming_respectFulfilment() {
    Ledger ledger =
        ledgerWith(
            RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.ANONYMISE));
    ledger.append(LifecycleEvent.collected(D).at(paris("2025-01-01T00:00")).by("dsi"));

    assertThat(ledger.overdue(paris("2025-01-31T23:59"))).isEmpty();
    assertThat(ledger.deadlinesWithin(paris("2025-01-25T00:00"), Duration.ofDays(7))).hasSize(1);
    assertThat(ledger.deadlinesWithin(paris("2025-01-20T00:00"), Duration.ofDays(7))).isEmpty();
    assertThat(ledger.overdue(paris("2025-02-01T00:01")))
        .extracting(RetentionStatus::dataset)
        .containsExactly(D);

    ledger.append(
        LifecycleEvent.of(EventKind.ANONYMISED, D).at(paris("2025-02-02T00:00")).by("dsi"));

    assertThat(ledger.overdue(paris("2025-03-01T00:00"))).isEmpty();
    assertThat(ledger.retention(D).orElseThrow().fulfilled()).isTrue();
    assertThat(ledger.state(D).status()).isEqualTo(LifecycleStatus.ANONYMISED);
  }

  @Test
  void rule_withZeroDuration_isRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RetentionRule.of(Period.ZERO, RetentionTrigger.COLLECTION, EndAction.DELETE))
        .hasMessage("`duration` must be a positive period, but was 'P0D'");
  }
}
