package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.InputRules;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bookkeeping of a record: revision, last update, language, tags, and source values kept from an
 * import that did not map to the model.
 *
 * <p>The register sets the revision and the update instant; a record built by hand starts at
 * revision 1.
 *
 * @param revision the revision, from 1
 * @param updatedAt when the register last stored this revision
 * @param language the language of the free texts, a BCP 47 tag such as fr
 * @param tags free tags (never null; empty when none)
 * @param sourceValues values from an imported source that the model has no field for, by source
 *     column (never null)
 */
public record Metadata(
    @Min(1) int revision,
    @Nullable Instant updatedAt,
    @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{languageTag}")
        @Nullable String language,
    List<@NotBlank @Size(max = 100) String> tags,
    @Nullable Map<String, String> sourceValues) {

  /** Checks the components; see the class description for the rules. */
  public Metadata {
    tags = Check.listOrEmpty("tags", tags);
    Constraints.checkRecord(Metadata.class, revision, updatedAt, language, tags, sourceValues);
    sourceValues = sourceValues == null ? Map.of() : Check.map("sourceValues", sourceValues);
    // Kept from imported files: names are single-line, values may hold line breaks (issue 16).
    for (Map.Entry<String, String> e : sourceValues.entrySet()) {
      InputRules.singleLine("sourceValues", e.getKey());
      InputRules.multiLine("sourceValues[" + e.getKey() + "]", e.getValue());
    }
  }

  /** The metadata of a new record: revision 1, nothing else known. */
  public static final Metadata INITIAL = new Metadata(1, null, null, List.of(), Map.of());

  /** Returns a copy at another revision and update instant (used by the register). */
  public Metadata withRevision(int revision, Instant updatedAt) {
    return new Metadata(revision, updatedAt, language, tags, sourceValues);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.revision = revision;
    b.updatedAt = updatedAt;
    b.language = language;
    b.tags.addAll(tags);
    b.sourceValues = sourceValues;
    return b;
  }

  /**
   * Builds {@link Metadata} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private int revision = 1;
    private Instant updatedAt;
    private String language;
    private final List<String> tags = new ArrayList<>();
    private Map<String, String> sourceValues;

    Builder() {}

    /**
     * Sets the revision, from 1.
     *
     * @param value the value
     * @return this builder
     */
    public Builder revision(int value) {
      Constraints.checkValue(Metadata.class, "revision", value);
      this.revision = value;
      return this;
    }

    /**
     * Sets when the register last stored this revision.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder updatedAt(@Nullable Instant value) {
      this.updatedAt = value;
      return this;
    }

    /**
     * Sets the language of the free texts, a BCP 47 tag such as fr.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder language(@Nullable String value) {
      Constraints.checkValue(Metadata.class, "language", value);
      this.language = value;
      return this;
    }

    /**
     * Sets free tags, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder tags(Collection<? extends String> values) {
      List<String> copy = Check.list("tags", values);
      Constraints.checkValue(Metadata.class, "tags", copy);
      this.tags.clear();
      this.tags.addAll(copy);
      return this;
    }

    /**
     * Sets free tags, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder tags(String... values) {
      return tags(Arrays.asList(Check.notNull("tags", values)));
    }

    /**
     * Sets values from an imported source that the model has no field for, by source column (never
     * null).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder sourceValues(@Nullable Map<String, String> value) {
      this.sourceValues = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Metadata build() {
      return new Metadata(revision, updatedAt, language, tags, sourceValues);
    }
  }
}
