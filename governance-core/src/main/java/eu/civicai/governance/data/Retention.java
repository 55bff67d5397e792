package eu.civicai.governance.data;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Messages;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/** Retention arithmetic: from a rule and a dataset's track to its due instant. */
final class Retention {
  private Retention() {}

  static RetentionStatus status(RetentionRule rule, DatasetTrack track, ZoneId zone) {
    boolean fulfilled = fulfilled(rule.endAction(), track);
    Instant start = start(rule.trigger(), track);
    boolean suspended = !track.activeHolds.isEmpty();
    if (start == null || suspended) {
      return new RetentionStatus(track.id, rule, start, null, suspended, fulfilled);
    }
    // Extensions lengthen the period itself (6 months + 1 month from 31 March is 31 October, not
    // 30 October), then calendar arithmetic runs once in the clock's zone: P1M after 31 January
    // is the last day of February.
    Instant dueAt;
    try {
      dueAt = dueAt(rule, track, start, zone);
    } catch (DateTimeException | ArithmeticException e) {
      // Bounded periods keep one rule within the calendar; thousands of extensions may not.
      throw new InvalidInputException(
          "retention", "retention.range", Messages.raw(track.id), Messages.raw(start));
    }
    return new RetentionStatus(track.id, rule, start, dueAt, false, fulfilled);
  }

  private static Instant dueAt(RetentionRule rule, DatasetTrack track, Instant start, ZoneId zone) {
    Period total = rule.duration();
    for (Period extension : track.extensions) {
      total = total.plus(extension);
    }
    ZonedDateTime due = start.atZone(zone).plus(total);
    Instant dueAt = due.toInstant();
    // A lifted hold stopped the clock while it was in place: push the deadline back by the time
    // it overlapped the running period. Holds are taken in the order they were placed.
    List<Instant[]> holds =
        track.liftedHolds.stream().sorted(Comparator.comparing((Instant[] h) -> h[0])).toList();
    for (Instant[] hold : holds) {
      Instant from = hold[0].isBefore(start) ? start : hold[0];
      if (hold[1].isAfter(from) && from.isBefore(dueAt)) {
        dueAt = dueAt.plus(Duration.between(from, hold[1]));
      }
    }
    return dueAt;
  }

  private static Instant start(RetentionTrigger trigger, DatasetTrack track) {
    return switch (trigger) {
      case COLLECTION -> track.originAt;
      case LAST_USE -> track.lastUseAt != null ? track.lastUseAt : track.originAt;
      case END_OF_RELATIONSHIP, NAMED_EVENT -> track.triggeredAt;
    };
  }

  private static boolean fulfilled(EndAction action, DatasetTrack track) {
    return switch (action) {
      case DELETE -> track.deleted();
      case ANONYMISE -> track.deleted() || track.anonymised;
      case ARCHIVE -> track.deleted() || track.anonymised || track.archived;
    };
  }
}
