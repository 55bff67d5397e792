package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.register.Register;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 16: retention arithmetic never ends in a raw {@code java.time} exception. */
class Issue16RetentionArithmeticTest {
  private static final DatasetId D = DatasetId.of("d");

  private static Ledger ledger(Clock clock, Period duration) {
    Register register = Register.inMemory(clock);
    register.addDataset(
        Dataset.builder("d")
            .name("D")
            .personalData(PersonalDataLevel.PERSONAL)
            .retention(RetentionRule.of(duration, RetentionTrigger.COLLECTION, EndAction.DELETE))
            .build());
    return Ledger.inMemory(register, clock);
  }

  @Test
  void issue16_deadlineBeyondTheCalendar_isTheLibrarysException() {
    // Bounded periods keep one rule within the calendar (instants end in year 9999); a million
    // extensions of a thousand years do not. The track is built directly: a million appends
    // would only slow the test.
    DatasetTrack track = new DatasetTrack(D);
    track.originAt = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 1_000_000; i++) {
      track.extensions.add(Period.ofYears(1000));
    }
    RetentionRule rule =
        RetentionRule.of(Period.ofYears(1000), RetentionTrigger.COLLECTION, EndAction.DELETE);

    assertThatThrownBy(() -> Retention.status(rule, track, ZoneOffset.UTC))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "`retention`: the retention deadline of dataset d, counted from"
                + " 2026-01-01T00:00:00Z, falls outside the calendar");
  }

  @Test
  void issue16_deadlinesWithin_aWindowPastTheLastInstant_holdsEveryLaterDeadline() {
    Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    Ledger ledger = ledger(clock, Period.ofYears(3));
    ledger.append(LifecycleEvent.collected(D).at(Instant.parse("2029-06-01T00:00:00Z")).by("dsi"));

    assertThat(ledger.deadlinesWithin(clock.instant(), Duration.ofSeconds(Long.MAX_VALUE)))
        .extracting(RetentionStatus::dataset)
        .containsExactly(D);
  }
}
