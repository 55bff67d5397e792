package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An exemption of one criterion for one usage: who granted it, why, from when and until when. An
 * expired waiver no longer applies; dates are judged in the evaluation clock's zone. Build one with
 * {@link #builder()}, whose named steps keep the three texts apart; the canonical constructor is
 * for readers of stored waivers (JSON, SQL). A waiver naming a criterion that none of the evaluated
 * charters has is refused ({@link EvaluationContext}).
 *
 * <p>Rule: it does not expire before it is granted.
 *
 * @param criterionId the criterion exempted
 * @param usage the usage exempted
 * @param justification why, not blank
 * @param grantedBy the role that granted it (not a person), not blank
 * @param grantedOn the first day it applies
 * @param expiresOn the last day it applies
 */
public record Waiver(
    String criterionId,
    UsageId usage,
    @NotBlank @Size(max = 2000) String justification,
    @NotBlank @Size(max = 200) String grantedBy,
    LocalDate grantedOn,
    LocalDate expiresOn) {

  /** Checks the components; see the class description for the rules. */
  public Waiver {
    Check.notNull("criterionId", criterionId);
    Check.notNull("usage", usage);
    Check.notNull("grantedOn", grantedOn);
    Check.notNull("expiresOn", expiresOn);
    Constraints.checkRecord(
        Waiver.class, criterionId, usage, justification, grantedBy, grantedOn, expiresOn);
    if (expiresOn.isBefore(grantedOn)) {
      throw new InvalidInputException(
          "expiresOn",
          "dateOrder",
          Messages.raw(expiresOn),
          Messages.raw("grantedOn"),
          Messages.raw(grantedOn));
    }
  }

  /** Returns whether the waiver applies on {@code date}. */
  public boolean activeOn(LocalDate date) {
    Check.notNull("date", date);
    return !date.isBefore(grantedOn) && !date.isAfter(expiresOn);
  }

  /**
   * Returns a builder that names each part of the waiver, so that the criterion, the justification
   * and the role that granted it cannot be swapped by mistake:
   *
   * <pre>{@code
   * Waiver waiver = Waiver.builder()
   *     .criterion("sobriety.footprint-known")
   *     .usage(UsageId.of("jumeau-inondation"))
   *     .justification("Mesure prévue au marché de 2027")
   *     .grantedBy("Comité de veille IA")
   *     .grantedOn(LocalDate.of(2026, 3, 1))
   *     .expiresOn(LocalDate.of(2027, 3, 1))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a waiver step by step. Every step may be taken once (set-once: setting a part twice
   * throws {@link InvalidInputException} with rule {@code alreadySet}); each value is checked when
   * it is set, and {@link #build()} checks that the required parts are there and agree. Not
   * thread-safe.
   */
  public static final class Builder {
    private String criterionId;
    private UsageId usage;
    private String justification;
    private String grantedBy;
    private LocalDate grantedOn;
    private LocalDate expiresOn;

    private Builder() {}

    /**
     * Names the criterion exempted (required), by its id in the charter.
     *
     * @param id the criterion id, such as {@code sobriety.footprint-known}; not null
     * @return this builder
     * @throws InvalidInputException {@code notNull} or {@code alreadySet} naming {@code
     *     criterionId}
     */
    public Builder criterion(String id) {
      Check.notYetSet("criterionId", criterionId);
      this.criterionId = Check.notNull("criterionId", id);
      return this;
    }

    /**
     * Names the usage exempted (required).
     *
     * @param id the usage; not null
     * @return this builder
     * @throws InvalidInputException {@code notNull} or {@code alreadySet} naming {@code usage}
     */
    public Builder usage(UsageId id) {
      Check.notYetSet("usage", usage);
      this.usage = Check.notNull("usage", id);
      return this;
    }

    /**
     * Says why the criterion is waived (required): not blank, at most 2,000 characters.
     *
     * @param text the justification; not null
     * @return this builder
     * @throws InvalidInputException naming {@code justification} when blank, too long, null or
     *     already set
     */
    public Builder justification(String text) {
      Check.notYetSet("justification", justification);
      Constraints.checkValue(Waiver.class, "justification", Check.notNull("justification", text));
      this.justification = text;
      return this;
    }

    /**
     * Names the role that granted the waiver (required; a role, not a person): not blank, at most
     * 200 characters.
     *
     * @param role the role, such as "Comité de veille IA"; not null
     * @return this builder
     * @throws InvalidInputException naming {@code grantedBy} when blank, too long, null or already
     *     set
     */
    public Builder grantedBy(String role) {
      Check.notYetSet("grantedBy", grantedBy);
      Constraints.checkValue(Waiver.class, "grantedBy", Check.notNull("grantedBy", role));
      this.grantedBy = role;
      return this;
    }

    /**
     * Sets the first day the waiver applies (required).
     *
     * @param date the day; not null
     * @return this builder
     * @throws InvalidInputException {@code notNull} or {@code alreadySet} naming {@code grantedOn}
     */
    public Builder grantedOn(LocalDate date) {
      Check.notYetSet("grantedOn", grantedOn);
      this.grantedOn = Check.notNull("grantedOn", date);
      return this;
    }

    /**
     * Sets the last day the waiver applies (required), on or after {@link #grantedOn}.
     *
     * @param date the day; not null
     * @return this builder
     * @throws InvalidInputException {@code notNull} or {@code alreadySet} naming {@code expiresOn}
     */
    public Builder expiresOn(LocalDate date) {
      Check.notYetSet("expiresOn", expiresOn);
      this.expiresOn = Check.notNull("expiresOn", date);
      return this;
    }

    /**
     * Builds the waiver.
     *
     * @return the waiver
     * @throws InvalidInputException {@code notNull} naming the first required part not set, or
     *     {@code dateOrder} naming {@code expiresOn} when it is before {@code grantedOn}
     */
    public Waiver build() {
      return new Waiver(criterionId, usage, justification, grantedBy, grantedOn, expiresOn);
    }
  }
}
