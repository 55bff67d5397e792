package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A consultation of agents or citizens: a "café IA", a workshop, a survey.
 *
 * @param stakeholder who was consulted
 * @param format the format (café IA, atelier, questionnaire…), null when unknown, otherwise not
 *     blank
 * @param date when
 * @param participants how many took part, not negative
 * @param summary what came out of it
 */
public record Consultation(
    Stakeholder stakeholder,
    @NotBlank @Size(max = 200) @Nullable String format,
    LocalDate date,
    @PositiveOrZero @Nullable Integer participants,
    @Size(max = 2000) @Nullable String summary) {

  /** Checks the components; see the class description for the rules. */
  public Consultation {
    Check.notNull("stakeholder", stakeholder);
    Check.notNull("date", date);
    Constraints.checkRecord(Consultation.class, stakeholder, format, date, participants, summary);
  }

  /** Returns a consultation. */
  public static Consultation of(Stakeholder stakeholder, String format, LocalDate date) {
    return new Consultation(stakeholder, format, date, null, null);
  }

  /** Returns a copy with the number of participants. */
  public Consultation withParticipants(int participants) {
    return new Consultation(stakeholder, format, date, participants, summary);
  }

  /** Returns a copy with a summary of the outcome. */
  public Consultation withSummary(String summary) {
    return new Consultation(stakeholder, format, date, participants, summary);
  }
}
