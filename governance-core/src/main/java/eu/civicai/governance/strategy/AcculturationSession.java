package eu.civicai.governance.strategy;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One acculturation session: a training, a café de l'IA, a serious game ("la bataille de l'IA"), a
 * webinar, for agents, elected officials or residents.
 *
 * @param date when it took place
 * @param audience who it was for
 * @param format its format
 * @param topic the topic, not blank, at most 200 characters
 * @param participants how many took part, not negative
 * @param hours how long it lasted, in hours, positive and at most 1,000
 */
public record AcculturationSession(
    LocalDate date,
    SessionAudience audience,
    SessionFormat format,
    @NotBlank @Size(max = 200) String topic,
    @PositiveOrZero int participants,
    @Positive BigDecimal hours) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public AcculturationSession {
    Check.notNull("date", date);
    Check.notNull("audience", audience);
    Check.notNull("format", format);
    Check.notNull("topic", topic);
    Check.notNull("hours", hours);
    Constraints.checkRecord(
        AcculturationSession.class, date, audience, format, topic, participants, hours);
    if (hours.compareTo(MAX_HOURS) > 0) {
      throw new eu.civicai.governance.InvalidInputException(
          "hours", "max", hours, eu.civicai.governance.internal.Messages.raw(MAX_HOURS));
    }
  }

  private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1000);

  /**
   * Returns a session.
   *
   * @param date when
   * @param audience for whom
   * @param format its format
   * @param topic the topic
   * @param participants how many took part
   * @param hours how long, in hours (such as {@code "1.5"})
   * @return the session
   * @throws eu.civicai.governance.InvalidInputException {@code decimal} when {@code hours} is not a
   *     number, or naming the field that breaks a rule
   */
  public static AcculturationSession of(
      LocalDate date,
      SessionAudience audience,
      SessionFormat format,
      String topic,
      int participants,
      String hours) {
    return new AcculturationSession(
        date, audience, format, topic, participants, Refs.decimal("hours", hours));
  }

  /** Returns the participant-hours of the session: participants times hours. */
  public BigDecimal participantHours() {
    return hours.multiply(BigDecimal.valueOf(participants));
  }
}
