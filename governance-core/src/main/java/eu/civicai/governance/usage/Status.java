package eu.civicai.governance.usage;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Where a usage stands: its stage and its dates.
 *
 * <p>Rules between fields: the end date is not before the start date; a start date known to the
 * month only ({@link DatePrecision#MONTH}) is the first day of its month, and a precision needs a
 * start date. {@link DatePrecision#DAY} is what a date without precision means, so it is held as
 * null: the two spellings are one value (and records written before precisions existed keep their
 * content hash).
 *
 * @param stage the stage
 * @param abandonReason why the usage was abandoned or suspended, at most 2,000 characters
 * @param startDate when the usage started (experimentation or deployment)
 * @param endDate when it ended, was abandoned or suspended
 * @param startDatePrecision how exact the start date is: {@link DatePrecision#MONTH}, or null when
 *     exact to the day ({@link DatePrecision#DAY} is stored as null)
 */
public record Status(
    @Nullable Stage stage,
    @Size(max = 2000) @Nullable String abandonReason,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    @Nullable DatePrecision startDatePrecision) {

  /** Checks the components; see the class description for the rules. */
  public Status {
    Constraints.checkRecord(
        Status.class, stage, abandonReason, startDate, endDate, startDatePrecision);
    if (startDatePrecision == DatePrecision.DAY) {
      startDatePrecision = null;
    }
    if (startDatePrecision != null && startDate == null) {
      throw new InvalidInputException(
          "startDatePrecision", "date.precisionWithoutDate", Messages.raw(startDatePrecision));
    }
    if (startDatePrecision == DatePrecision.MONTH && startDate.getDayOfMonth() != 1) {
      throw new InvalidInputException("startDate", "date.notFirstOfMonth", Messages.raw(startDate));
    }
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      throw new InvalidInputException(
          "endDate",
          "dateOrder",
          Messages.raw(endDate),
          Messages.raw("startDate"),
          Messages.raw(startDate));
    }
  }

  /**
   * A status with a start date exact to the day, as before precisions existed.
   *
   * @param stage the stage
   * @param abandonReason why the usage was abandoned or suspended
   * @param startDate when the usage started
   * @param endDate when it ended
   * @throws InvalidInputException when the fields break a rule of the class description
   */
  public Status(
      @Nullable Stage stage,
      @Nullable String abandonReason,
      @Nullable LocalDate startDate,
      @Nullable LocalDate endDate) {
    this(stage, abandonReason, startDate, endDate, null);
  }

  /** Returns the precision of the start date, {@link DatePrecision#DAY} when none is stated. */
  public DatePrecision startPrecision() {
    return startDatePrecision == null ? DatePrecision.DAY : startDatePrecision;
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
    b.startDatePrecision = startDatePrecision;
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
    private DatePrecision startDatePrecision;

    Builder() {}

    /**
     * Sets the stage.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder stage(@Nullable Stage value) {
      this.stage = value;
      return this;
    }

    /**
     * Sets why the usage was abandoned or suspended, at most 2,000 characters.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder abandonReason(@Nullable String value) {
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
    public Builder startDate(@Nullable LocalDate value) {
      this.startDate = value;
      return this;
    }

    /**
     * Sets how exact the start date is; see {@link #startMonth(YearMonth)}.
     *
     * @param value the precision; null or {@link DatePrecision#DAY} for a date exact to the day
     * @return this builder
     */
    public Builder startDatePrecision(@Nullable DatePrecision value) {
      this.startDatePrecision = value;
      return this;
    }

    /**
     * Sets a start known to the month only: the start date becomes the first day of the month and
     * its precision {@link DatePrecision#MONTH}.
     *
     * @param value the month; null clears the start date and its precision
     * @return this builder
     */
    public Builder startMonth(@Nullable YearMonth value) {
      this.startDate = value == null ? null : value.atDay(1);
      this.startDatePrecision = value == null ? null : DatePrecision.MONTH;
      return this;
    }

    /**
     * Sets when it ended, was abandoned or suspended.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder endDate(@Nullable LocalDate value) {
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
      return new Status(stage, abandonReason, startDate, endDate, startDatePrecision);
    }
  }
}
