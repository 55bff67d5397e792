package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A training session on AI (AI Act Art. 4 literacy; oversight training, Art. 26(2)).
 *
 * @param audience who was trained
 * @param topic the topic, null when unknown, otherwise not blank
 * @param date when
 * @param participants how many were trained, not negative
 */
public record Training(
    Stakeholder audience,
    @NotBlank @Size(max = 200) @Nullable String topic,
    LocalDate date,
    @PositiveOrZero @Nullable Integer participants) {

  /** Checks the components; see the class description for the rules. */
  public Training {
    Check.notNull("audience", audience);
    Check.notNull("date", date);
    Constraints.checkRecord(Training.class, audience, topic, date, participants);
  }

  /** Returns a training session. */
  public static Training of(Stakeholder audience, String topic, LocalDate date, int participants) {
    return new Training(audience, topic, date, participants);
  }
}
