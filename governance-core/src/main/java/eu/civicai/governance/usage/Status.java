package eu.civicai.governance.usage;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Where a usage stands: its stage and its dates.
 *
 * <p>Rule between fields: the end date is not before the start date.
 *
 * @param stage the stage; may be null
 * @param abandonReason why the usage was abandoned or suspended, at most 2,000 characters; may be
 *     null
 * @param startDate when the usage started (experimentation or deployment); may be null
 * @param endDate when it ended, was abandoned or suspended; may be null
 */
public record Status(
    Stage stage, @Size(max = 2000) String abandonReason, LocalDate startDate, LocalDate endDate) {

  /** Checks the components; see the class description for the rules. */
  public Status {
    Constraints.checkRecord(Status.class, stage, abandonReason, startDate, endDate);
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      throw new InvalidInputException(
          "endDate",
          "dateOrder",
          Messages.raw(endDate),
          Messages.raw("startDate"),
          Messages.raw(startDate));
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stage = stage;
    b.abandonReason = abandonReason;
    b.startDate = startDate;
    b.endDate = endDate;
    return b;
  }

  /**
   * Builds {@link Status} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private Stage stage;
    private String abandonReason;
    private LocalDate startDate;
    private LocalDate endDate;

    Builder() {}

    /**
     * Sets the stage.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder stage(Stage value) {
      this.stage = value;
      return this;
    }

    /**
     * Sets why the usage was abandoned or suspended, at most 2,000 characters.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder abandonReason(String value) {
      Constraints.checkValue(Status.class, "abandonReason", value);
      this.abandonReason = value;
      return this;
    }

    /**
     * Sets when the usage started (experimentation or deployment).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder startDate(LocalDate value) {
      this.startDate = value;
      return this;
    }

    /**
     * Sets when it ended, was abandoned or suspended.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder endDate(LocalDate value) {
      this.endDate = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Status build() {
      return new Status(stage, abandonReason, startDate, endDate);
    }
  }
}
