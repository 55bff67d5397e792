package eu.civicai.governance.strategy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A watch committee (comité de veille, comité éthique de l'IA) of elected officials, technicians,
 * external members and residents, with its meetings and decisions.
 *
 * <p>Rules: member names are unique, and every attendee of a meeting is a member.
 *
 * @param name the committee's name, not blank, at most 200 characters
 * @param members its members (never null; empty when not recorded)
 * @param meetings its meetings, in any order (never null; empty when none)
 */
public record WatchCommittee(
    @NotBlank @Size(max = 200) String name,
    List<CommitteeMember> members,
    List<CommitteeMeeting> meetings) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws InvalidInputException naming the field that breaks a rule
   */
  public WatchCommittee {
    Check.notNull("name", name);
    members = Check.listOrEmpty("members", members);
    meetings = Check.listOrEmpty("meetings", meetings);
    Constraints.checkRecord(WatchCommittee.class, name, members, meetings);
    Refs.unique("members", "member", members, CommitteeMember::name);
    Map<String, CommitteeMember> byName =
        members.stream().collect(Collectors.toMap(CommitteeMember::name, Function.identity()));
    for (int m = 0; m < meetings.size(); m++) {
      List<String> attendees = meetings.get(m).attendees();
      for (int a = 0; a < attendees.size(); a++) {
        if (!byName.containsKey(attendees.get(a))) {
          throw new InvalidInputException(
              "meetings[" + m + "].attendees[" + a + "]",
              "strategy.unknownMember",
              attendees.get(a));
        }
      }
    }
  }

  /**
   * Returns the day of the latest meeting at which at least one elected official was present, if
   * any.
   */
  public Optional<LocalDate> lastMeetingWithElectedOfficials() {
    Map<String, MemberRole> roles =
        members.stream().collect(Collectors.toMap(CommitteeMember::name, CommitteeMember::role));
    return meetings.stream()
        .filter(
            m -> m.attendees().stream().anyMatch(a -> roles.get(a) == MemberRole.ELECTED_OFFICIAL))
        .map(CommitteeMeeting::date)
        .max(Comparator.naturalOrder());
  }

  /** Returns how many members have this role. */
  public long count(MemberRole role) {
    Check.notNull("role", role);
    return members.stream().filter(m -> m.role() == role).count();
  }

  /** Returns a builder for a committee with this name. */
  public static Builder builder(String name) {
    Constraints.checkValue(WatchCommittee.class, "name", Check.notNull("name", name));
    return new Builder(name);
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.members.addAll(members);
    b.meetings.addAll(meetings);
    return b;
  }

  /**
   * Builds {@link WatchCommittee} values. Each setter checks its value at once and throws {@link
   * InvalidInputException} naming the field; {@link #build()} checks the rules between fields. Not
   * thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final String name;
    private final List<CommitteeMember> members = new ArrayList<>();
    private final List<CommitteeMeeting> meetings = new ArrayList<>();

    Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the members, replacing any earlier ones.
     *
     * @param values the members, without null elements
     * @return this builder
     */
    public Builder members(CommitteeMember... values) {
      return members(Arrays.asList(Check.notNull("members", values)));
    }

    /**
     * Sets the members, replacing any earlier ones.
     *
     * @param values the members, without null elements
     * @return this builder
     */
    public Builder members(Collection<? extends CommitteeMember> values) {
      List<CommitteeMember> copy = Check.list("members", values);
      members.clear();
      members.addAll(copy);
      return this;
    }

    /**
     * Adds a meeting.
     *
     * @param meeting the meeting, not null
     * @return this builder
     */
    public Builder meeting(CommitteeMeeting meeting) {
      meetings.add(Check.notNull("meeting", meeting));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws InvalidInputException {@code strategy.duplicate} when a member is listed twice,
     *     {@code strategy.unknownMember} when an attendee is not a member
     */
    public WatchCommittee build() {
      return new WatchCommittee(name, members, meetings);
    }
  }
}
