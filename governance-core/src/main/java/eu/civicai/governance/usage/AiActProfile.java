package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the authority declares for the EU AI Act (Regulation 2024/1689).
 *
 * @param role deployer, provider, or both; may be null
 * @param annexIiiArea the Annex III area the usage falls in, NONE when none; may be null
 * @param exemptions the Art. 6(3) conditions claimed (never null; empty when none)
 * @param friaReference the reference of the fundamental rights impact assessment (Art. 27); may be
 *     null
 * @param registrationReference the EU database registration reference (Art. 49(3)); may be null
 * @param prohibitedPractices the answers to the Art. 5 screening: true when the system does the
 *     practice, false when it does not; a practice not in the map is unanswered (never null); may
 *     be null
 */
public record AiActProfile(
    AiActRole role,
    AnnexIiiArea annexIiiArea,
    List<Article6Exemption> exemptions,
    @Size(max = 200) String friaReference,
    @Size(max = 200) String registrationReference,
    Map<ProhibitedPractice, Boolean> prohibitedPractices) {

  /** Checks the components; see the class description for the rules. */
  public AiActProfile {
    exemptions = Check.listOrEmpty("exemptions", exemptions);
    Constraints.checkRecord(
        AiActProfile.class,
        role,
        annexIiiArea,
        exemptions,
        friaReference,
        registrationReference,
        prohibitedPractices);
    prohibitedPractices =
        prohibitedPractices == null
            ? Map.of()
            : Check.map("prohibitedPractices", prohibitedPractices);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.role = role;
    b.annexIiiArea = annexIiiArea;
    b.exemptions.addAll(exemptions);
    b.friaReference = friaReference;
    b.registrationReference = registrationReference;
    b.prohibitedPractices = prohibitedPractices;
    return b;
  }

  /**
   * Builds {@link AiActProfile} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private AiActRole role;
    private AnnexIiiArea annexIiiArea;
    private final List<Article6Exemption> exemptions = new ArrayList<>();
    private String friaReference;
    private String registrationReference;
    private Map<ProhibitedPractice, Boolean> prohibitedPractices;

    Builder() {}

    /**
     * Sets deployer, provider, or both.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder role(AiActRole value) {
      this.role = value;
      return this;
    }

    /**
     * Sets the Annex III area the usage falls in, NONE when none.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder annexIiiArea(AnnexIiiArea value) {
      this.annexIiiArea = value;
      return this;
    }

    /**
     * Sets the Art. 6(3) conditions claimed, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder exemptions(Collection<? extends Article6Exemption> values) {
      List<Article6Exemption> copy = Check.list("exemptions", values);
      this.exemptions.clear();
      this.exemptions.addAll(copy);
      return this;
    }

    /**
     * Sets the Art. 6(3) conditions claimed, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder exemptions(Article6Exemption... values) {
      return exemptions(Arrays.asList(Check.notNull("exemptions", values)));
    }

    /**
     * Sets the reference of the fundamental rights impact assessment (Art. 27).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder friaReference(String value) {
      Constraints.checkValue(AiActProfile.class, "friaReference", value);
      this.friaReference = value;
      return this;
    }

    /**
     * Sets the EU database registration reference (Art. 49(3)).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder registrationReference(String value) {
      Constraints.checkValue(AiActProfile.class, "registrationReference", value);
      this.registrationReference = value;
      return this;
    }

    /**
     * Sets the answers to the Art. 5 screening: true when the system does the practice, false when
     * it does not; a practice not in the map is unanswered (never null).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder prohibitedPractices(Map<ProhibitedPractice, Boolean> value) {
      this.prohibitedPractices = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public AiActProfile build() {
      return new AiActProfile(
          role,
          annexIiiArea,
          exemptions,
          friaReference,
          registrationReference,
          prohibitedPractices);
    }
  }

  /** Returns whether every Art. 5 practice was answered. */
  public boolean screeningComplete() {
    return prohibitedPractices
        .keySet()
        .containsAll(java.util.EnumSet.allOf(ProhibitedPractice.class));
  }
}
