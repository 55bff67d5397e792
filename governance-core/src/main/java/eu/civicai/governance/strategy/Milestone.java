package eu.civicai.governance.strategy;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A dated step of a roadmap initiative ("marché notifié", "mise en service", "bilan à un an").
 *
 * <p>Rule: {@code doneOn} is given only when the status is {@link MilestoneStatus#DONE}.
 *
 * @param title what is reached, not blank, at most 200 characters
 * @param due when it is due
 * @param status where it stands
 * @param doneOn when it was reached
 */
public record Milestone(
    @NotBlank @Size(max = 200) String title,
    LocalDate due,
    MilestoneStatus status,
    @Nullable LocalDate doneOn) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public Milestone {
    Check.notNull("title", title);
    Check.notNull("due", due);
    Check.notNull("status", status);
    Constraints.checkRecord(Milestone.class, title, due, status, doneOn);
    Refs.onlyWhen("doneOn", doneOn, status == MilestoneStatus.DONE, "status", MilestoneStatus.DONE);
  }

  /** Returns a milestone not yet reached. */
  public static Milestone of(String title, LocalDate due, MilestoneStatus status) {
    return new Milestone(title, due, status, null);
  }

  /** Returns a milestone reached on {@code doneOn}. */
  public static Milestone done(String title, LocalDate due, LocalDate doneOn) {
    return new Milestone(title, due, MilestoneStatus.DONE, Check.notNull("doneOn", doneOn));
  }

  /** Returns whether it is reached. */
  public boolean isDone() {
    return status == MilestoneStatus.DONE;
  }
}
