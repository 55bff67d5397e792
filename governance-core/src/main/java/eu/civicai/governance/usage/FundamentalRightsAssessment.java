package eu.civicai.governance.usage;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A fundamental rights impact assessment (FRIA) of AI Act Art. 27, kept with the usage it assesses
 * (in its {@link AiActProfile}): the six elements of Art. 27(1)(a) to (f), the version and date of
 * the assessment, the notification of its results to the market surveillance authority (Art. 27(3))
 * and the date by which it must be reviewed (Art. 27(2): the deployer updates it when an element
 * has changed or is no longer up to date).
 *
 * <p>Each new version is a new value with a higher {@code version}; the register keeps every
 * revision of the usage, hence every version of its assessment. An element left null or empty is
 * missing: {@link #missingElements()} lists them, and the charters read whether the assessment is
 * complete. A French template of the assessment is written by {@code
 * eu.civicai.governance.assessment.FriaTemplate}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the version of the assessment, 1 for the first
 * @param assessedOn the date the assessment (this version) was completed
 * @param assessor who performed it (service or role)
 * @param processes (a) the deployer's processes in which the system is used in line with its
 *     intended purpose
 * @param periodAndFrequency (b) the period of time within which, and the frequency with which, the
 *     system is intended to be used
 * @param affectedCategories (c) the categories of natural persons and groups likely to be affected
 *     (never null; empty when not stated)
 * @param risksOfHarm (d) the specific risks of harm to those categories, one per element (never
 *     null; empty when not stated)
 * @param oversightMeasures (e) how human oversight measures are implemented, according to the
 *     instructions for use
 * @param measuresIfRisksMaterialise (f) the measures to take if the risks materialise
 * @param governanceAndComplaints (f) the arrangements for internal governance and the complaint
 *     mechanisms
 * @param notifiedOn the date the results were notified to the market surveillance authority (Art.
 *     27(3)), not before {@code assessedOn}; may be null (not notified)
 * @param notificationReference the reference of that notification
 * @param nextReviewOn the date by which the assessment must be reviewed, not before {@code
 *     assessedOn}; may be null (not stated)
 */
public record FundamentalRightsAssessment(
    @Min(1) int version,
    LocalDate assessedOn,
    @Size(max = 200) @Nullable String assessor,
    @Size(max = 10000) @Nullable String processes,
    @Size(max = 2000) @Nullable String periodAndFrequency,
    List<@NotBlank @Size(max = 200) String> affectedCategories,
    List<@NotBlank @Size(max = 2000) String> risksOfHarm,
    @Size(max = 10000) @Nullable String oversightMeasures,
    @Size(max = 10000) @Nullable String measuresIfRisksMaterialise,
    @Size(max = 10000) @Nullable String governanceAndComplaints,
    @Nullable LocalDate notifiedOn,
    @Size(max = 200) @Nullable String notificationReference,
    @Nullable LocalDate nextReviewOn) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws InvalidInputException when the version is not positive, the date is missing, a text is
   *     too long, or a date is before {@code assessedOn}
   */
  public FundamentalRightsAssessment {
    Check.notNull("assessedOn", assessedOn);
    affectedCategories = Check.listOrEmpty("affectedCategories", affectedCategories);
    risksOfHarm = Check.listOrEmpty("risksOfHarm", risksOfHarm);
    Constraints.checkRecord(
        FundamentalRightsAssessment.class,
        version,
        assessedOn,
        assessor,
        processes,
        periodAndFrequency,
        affectedCategories,
        risksOfHarm,
        oversightMeasures,
        measuresIfRisksMaterialise,
        governanceAndComplaints,
        notifiedOn,
        notificationReference,
        nextReviewOn);
    notBefore("notifiedOn", notifiedOn, assessedOn);
    notBefore("nextReviewOn", nextReviewOn, assessedOn);
  }

  private static void notBefore(String field, LocalDate date, LocalDate assessedOn) {
    if (date != null && date.isBefore(assessedOn)) {
      throw new InvalidInputException(
          field,
          "dateOrder",
          Messages.raw(date),
          Messages.raw("assessedOn"),
          Messages.raw(assessedOn));
    }
  }

  /**
   * Returns a builder for a version of an assessment.
   *
   * @param version the version, 1 for the first
   * @param assessedOn the date it was completed
   * @return a builder
   * @throws InvalidInputException when the version is not positive or the date is null
   */
  public static Builder builder(int version, LocalDate assessedOn) {
    Constraints.checkValue(FundamentalRightsAssessment.class, "version", version);
    return new Builder(version, Check.notNull("assessedOn", assessedOn));
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder(version, assessedOn);
    b.assessor = assessor;
    b.processes = processes;
    b.periodAndFrequency = periodAndFrequency;
    b.affectedCategories.addAll(affectedCategories);
    b.risksOfHarm.addAll(risksOfHarm);
    b.oversightMeasures = oversightMeasures;
    b.measuresIfRisksMaterialise = measuresIfRisksMaterialise;
    b.governanceAndComplaints = governanceAndComplaints;
    b.notifiedOn = notifiedOn;
    b.notificationReference = notificationReference;
    b.nextReviewOn = nextReviewOn;
    return b;
  }

  /**
   * Returns the elements of Art. 27(1) the assessment leaves empty, in the order of the article.
   * Point (f) needs both the measures and the governance and complaint arrangements.
   */
  public Set<FriaElement> missingElements() {
    EnumSet<FriaElement> missing = EnumSet.noneOf(FriaElement.class);
    if (blank(processes)) missing.add(FriaElement.PROCESSES);
    if (blank(periodAndFrequency)) missing.add(FriaElement.PERIOD_AND_FREQUENCY);
    if (affectedCategories.isEmpty()) missing.add(FriaElement.AFFECTED_CATEGORIES);
    if (risksOfHarm.isEmpty()) missing.add(FriaElement.RISKS_OF_HARM);
    if (blank(oversightMeasures)) missing.add(FriaElement.HUMAN_OVERSIGHT);
    if (blank(measuresIfRisksMaterialise) || blank(governanceAndComplaints)) {
      missing.add(FriaElement.MEASURES_IF_RISKS_MATERIALISE);
    }
    return java.util.Collections.unmodifiableSet(missing);
  }

  /** Whether every element of Art. 27(1)(a) to (f) is filled. */
  public boolean complete() {
    return missingElements().isEmpty();
  }

  /** Whether the results were notified to the market surveillance authority (Art. 27(3)). */
  public boolean notified() {
    return notifiedOn != null;
  }

  /**
   * Whether the assessment is current on a date: its review date is stated and not passed. Null
   * when no review date is stated: the record does not say, and that is not assumed either way.
   *
   * @param date the date of the question, such as an evaluation date
   * @return true, false, or null when unknown
   * @throws InvalidInputException when the date is null
   */
  public @Nullable Boolean currentOn(LocalDate date) {
    Check.notNull("date", date);
    if (date.isBefore(assessedOn)) {
      return false; // not yet done on that date
    }
    return nextReviewOn == null ? null : !date.isAfter(nextReviewOn);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * Builds {@link FundamentalRightsAssessment} values. Each setter checks its value at once and
   * throws {@link InvalidInputException} naming the field; {@link #build()} checks the dates
   * against {@code assessedOn}. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final int version;
    private final LocalDate assessedOn;
    private String assessor;
    private String processes;
    private String periodAndFrequency;
    private final List<String> affectedCategories = new ArrayList<>();
    private final List<String> risksOfHarm = new ArrayList<>();
    private String oversightMeasures;
    private String measuresIfRisksMaterialise;
    private String governanceAndComplaints;
    private LocalDate notifiedOn;
    private String notificationReference;
    private LocalDate nextReviewOn;

    private Builder(int version, LocalDate assessedOn) {
      this.version = version;
      this.assessedOn = assessedOn;
    }

    private Builder text(String field, String value, java.util.function.Consumer<String> set) {
      Constraints.checkValue(FundamentalRightsAssessment.class, field, value);
      set.accept(value);
      return this;
    }

    /** Sets who performed the assessment, at most 200 characters; null clears it. */
    public Builder assessor(@Nullable String value) {
      return text("assessor", value, v -> assessor = v);
    }

    /** Sets (a), the deployer's processes, at most 10,000 characters; null clears it. */
    public Builder processes(@Nullable String value) {
      return text("processes", value, v -> processes = v);
    }

    /** Sets (b), the period and frequency of use, at most 2,000 characters; null clears it. */
    public Builder periodAndFrequency(@Nullable String value) {
      return text("periodAndFrequency", value, v -> periodAndFrequency = v);
    }

    /** Sets (c), the categories of persons and groups affected, replacing earlier ones. */
    public Builder affectedCategories(Collection<? extends String> values) {
      List<String> copy = Check.list("affectedCategories", values);
      Constraints.checkValue(FundamentalRightsAssessment.class, "affectedCategories", copy);
      affectedCategories.clear();
      affectedCategories.addAll(copy);
      return this;
    }

    /** Sets (c), the categories of persons and groups affected, replacing earlier ones. */
    public Builder affectedCategories(String... values) {
      return affectedCategories(Arrays.asList(Check.notNull("affectedCategories", values)));
    }

    /** Sets (d), the specific risks of harm, one per element, replacing earlier ones. */
    public Builder risksOfHarm(Collection<? extends String> values) {
      List<String> copy = Check.list("risksOfHarm", values);
      Constraints.checkValue(FundamentalRightsAssessment.class, "risksOfHarm", copy);
      risksOfHarm.clear();
      risksOfHarm.addAll(copy);
      return this;
    }

    /** Sets (d), the specific risks of harm, one per element, replacing earlier ones. */
    public Builder risksOfHarm(String... values) {
      return risksOfHarm(Arrays.asList(Check.notNull("risksOfHarm", values)));
    }

    /** Sets (e), the human oversight measures, at most 10,000 characters; null clears it. */
    public Builder oversightMeasures(@Nullable String value) {
      return text("oversightMeasures", value, v -> oversightMeasures = v);
    }

    /** Sets (f), the measures if risks materialise, at most 10,000 characters; null clears it. */
    public Builder measuresIfRisksMaterialise(@Nullable String value) {
      return text("measuresIfRisksMaterialise", value, v -> measuresIfRisksMaterialise = v);
    }

    /** Sets (f), internal governance and complaint mechanisms; null clears it. */
    public Builder governanceAndComplaints(@Nullable String value) {
      return text("governanceAndComplaints", value, v -> governanceAndComplaints = v);
    }

    /**
     * Sets the notification to the market surveillance authority (Art. 27(3)).
     *
     * @param date the date of the notification, not before the assessment; null clears it
     * @param reference its reference, at most 200 characters
     * @return this builder
     */
    public Builder notified(@Nullable LocalDate date, @Nullable String reference) {
      Constraints.checkValue(FundamentalRightsAssessment.class, "notificationReference", reference);
      notBefore("notifiedOn", date, assessedOn);
      this.notifiedOn = date;
      this.notificationReference = reference;
      return this;
    }

    /** Sets the date by which the assessment must be reviewed; null clears it. */
    public Builder nextReviewOn(@Nullable LocalDate value) {
      notBefore("nextReviewOn", value, assessedOn);
      this.nextReviewOn = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws InvalidInputException when fields disagree
     */
    public FundamentalRightsAssessment build() {
      return new FundamentalRightsAssessment(
          version,
          assessedOn,
          assessor,
          processes,
          periodAndFrequency,
          affectedCategories,
          risksOfHarm,
          oversightMeasures,
          measuresIfRisksMaterialise,
          governanceAndComplaints,
          notifiedOn,
          notificationReference,
          nextReviewOn);
    }
  }
}
