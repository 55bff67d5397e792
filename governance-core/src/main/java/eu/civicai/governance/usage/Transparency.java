package eu.civicai.governance.usage;

import eu.civicai.governance.Visibility;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.InputRules;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a usage is made known: publication, notice to citizens, the CRPA explicit mention, and which
 * parts may be published.
 *
 * @param published whether the record is published
 * @param publicationUrl where it is published, an http or https address
 * @param citizenNotice the notice given to citizens
 * @param explicitMention the explicit mention on individual decisions (CRPA L311-3-1)
 * @param imageUrl an illustration for public libraries (Interconnectés image_url), an http or https
 *     address
 * @param visibility visibility per part, when it differs from the default of the part (never null)
 * @param location where a public map shows the usage (Interconnectés latitude and longitude)
 */
public record Transparency(
    @Nullable Boolean published,
    @Nullable URI publicationUrl,
    @Size(max = 10000) @Nullable String citizenNotice,
    @Size(max = 10000) @Nullable String explicitMention,
    @Nullable URI imageUrl,
    @Nullable Map<Part, Visibility> visibility,
    @Nullable GeoPoint location) {

  /** Checks the components; see the class description for the rules. */
  public Transparency {
    Constraints.checkRecord(
        Transparency.class,
        published,
        publicationUrl,
        citizenNotice,
        explicitMention,
        imageUrl,
        visibility,
        location);
    visibility = visibility == null ? Map.of() : Check.map("visibility", visibility);
  }

  /**
   * A transparency part without a map location, as before locations existed.
   *
   * @param published whether the record is published
   * @param publicationUrl where it is published
   * @param citizenNotice the notice given to citizens
   * @param explicitMention the explicit mention on individual decisions
   * @param imageUrl an illustration for public libraries
   * @param visibility visibility per part
   * @throws eu.civicai.governance.InvalidInputException when a component is ill-formed
   */
  public Transparency(
      @Nullable Boolean published,
      @Nullable URI publicationUrl,
      @Nullable String citizenNotice,
      @Nullable String explicitMention,
      @Nullable URI imageUrl,
      @Nullable Map<Part, Visibility> visibility) {
    this(published, publicationUrl, citizenNotice, explicitMention, imageUrl, visibility, null);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.published = published;
    b.publicationUrl = publicationUrl;
    b.citizenNotice = citizenNotice;
    b.explicitMention = explicitMention;
    b.imageUrl = imageUrl;
    b.visibility = visibility;
    b.location = location;
    return b;
  }

  /**
   * Builds {@link Transparency} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private Boolean published;
    private URI publicationUrl;
    private String citizenNotice;
    private String explicitMention;
    private URI imageUrl;
    private Map<Part, Visibility> visibility;
    private GeoPoint location;

    Builder() {}

    /**
     * Sets whether the record is published.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder published(@Nullable Boolean value) {
      this.published = value;
      return this;
    }

    /**
     * Sets where it is published.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder publicationUrl(@Nullable URI value) {
      InputRules.webAddress("publicationUrl", value);
      this.publicationUrl = value;
      return this;
    }

    /**
     * Sets the notice given to citizens.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder citizenNotice(@Nullable String value) {
      Constraints.checkValue(Transparency.class, "citizenNotice", value);
      this.citizenNotice = value;
      return this;
    }

    /**
     * Sets the explicit mention on individual decisions (CRPA L311-3-1).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder explicitMention(@Nullable String value) {
      Constraints.checkValue(Transparency.class, "explicitMention", value);
      this.explicitMention = value;
      return this;
    }

    /**
     * Sets an illustration for public libraries (Interconnectés image_url).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder imageUrl(@Nullable URI value) {
      InputRules.webAddress("imageUrl", value);
      this.imageUrl = value;
      return this;
    }

    /**
     * Sets visibility per part, when it differs from the default of the part (never null).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder visibility(@Nullable Map<Part, Visibility> value) {
      this.visibility = value;
      return this;
    }

    /**
     * Sets where a public map shows the usage (Interconnectés latitude and longitude).
     *
     * @param value the point; null clears it
     * @return this builder
     */
    public Builder location(@Nullable GeoPoint value) {
      this.location = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Transparency build() {
      return new Transparency(
          published,
          publicationUrl,
          citizenNotice,
          explicitMention,
          imageUrl,
          visibility,
          location);
    }
  }

  /** Returns the visibility of a part: as set here, or the part's default. */
  public Visibility visibilityOf(Part part) {
    return visibility.getOrDefault(Check.notNull("part", part), part.defaultVisibility());
  }
}
