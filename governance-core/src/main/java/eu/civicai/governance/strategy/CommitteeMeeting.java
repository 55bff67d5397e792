package eu.civicai.governance.strategy;

import eu.civicai.governance.internal.Check;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A meeting of a watch committee: when, who attended (members by name) and what it decided.
 *
 * <p>Rule: attendees are listed once; that they are members is checked by {@link WatchCommittee}.
 *
 * @param date when it met
 * @param attendees the names of the members present (never null; empty when not recorded)
 * @param decisions its decisions (never null; empty when none)
 */
public record CommitteeMeeting(
    LocalDate date, List<String> attendees, List<CommitteeDecision> decisions) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public CommitteeMeeting {
    Check.notNull("date", date);
    attendees = Check.listOrEmpty("attendees", attendees);
    decisions = Check.listOrEmpty("decisions", decisions);
    for (int i = 0; i < attendees.size(); i++) {
      Check.notBlank("attendees[" + i + "]", attendees.get(i));
    }
    Refs.unique("attendees", "attendee", attendees, a -> a);
  }

  /** Returns a meeting on a day with the members present, without decisions yet. */
  public static CommitteeMeeting of(LocalDate date, String... attendees) {
    return new CommitteeMeeting(
        date, Arrays.asList(Check.notNull("attendees", attendees)), List.of());
  }

  /** Returns a copy with these decisions added. */
  public CommitteeMeeting withDecisions(CommitteeDecision... more) {
    List<CommitteeDecision> all = new java.util.ArrayList<>(decisions);
    all.addAll(Check.list("decisions", Arrays.asList(Check.notNull("decisions", more))));
    return new CommitteeMeeting(date, attendees, all);
  }
}
