package eu.civicai.governance.usage;

import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The datasets a usage uses, its GDPR record of processing and its impact assessment.
 *
 * @param datasets the datasets used (never null; empty when none)
 * @param processingRecord the reference or address of the entry in the GDPR Art. 30 record
 * @param dpia where the data protection impact assessment stands
 * @param dpiaReference the reference of the DPIA
 * @param sources where the data comes from, as declared for the usage before its datasets are
 *     documented (Interconnectés donnees_source) (never null; empty when none)
 * @param collectionModes how the data is collected, as declared for the usage (Interconnectés
 *     donnees_acces) (never null; empty when none)
 */
public record DataUse(
    List<DatasetUse> datasets,
    @Size(max = 2000) @Nullable String processingRecord,
    @Nullable DpiaStatus dpia,
    @Size(max = 200) @Nullable String dpiaReference,
    List<DataSource> sources,
    List<CollectionMode> collectionModes) {

  /** Checks the components; see the class description for the rules. */
  public DataUse {
    datasets = Check.listOrEmpty("datasets", datasets);
    sources = Check.listOrEmpty("sources", sources);
    collectionModes = Check.listOrEmpty("collectionModes", collectionModes);
    Constraints.checkRecord(
        DataUse.class, datasets, processingRecord, dpia, dpiaReference, sources, collectionModes);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.datasets.addAll(datasets);
    b.processingRecord = processingRecord;
    b.dpia = dpia;
    b.dpiaReference = dpiaReference;
    b.sources.addAll(sources);
    b.collectionModes.addAll(collectionModes);
    return b;
  }

  /**
   * Builds {@link DataUse} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final List<DatasetUse> datasets = new ArrayList<>();
    private String processingRecord;
    private DpiaStatus dpia;
    private String dpiaReference;
    private final List<DataSource> sources = new ArrayList<>();
    private final List<CollectionMode> collectionModes = new ArrayList<>();

    Builder() {}

    /**
     * Sets the datasets used, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder datasets(Collection<? extends DatasetUse> values) {
      List<DatasetUse> copy = Check.list("datasets", values);
      this.datasets.clear();
      this.datasets.addAll(copy);
      return this;
    }

    /**
     * Sets the datasets used, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder datasets(DatasetUse... values) {
      return datasets(Arrays.asList(Check.notNull("datasets", values)));
    }

    /**
     * Sets the reference or address of the entry in the GDPR Art. 30 record.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder processingRecord(@Nullable String value) {
      Constraints.checkValue(DataUse.class, "processingRecord", value);
      this.processingRecord = value;
      return this;
    }

    /**
     * Sets where the data protection impact assessment stands.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder dpia(@Nullable DpiaStatus value) {
      this.dpia = value;
      return this;
    }

    /**
     * Sets the reference of the DPIA.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder dpiaReference(@Nullable String value) {
      Constraints.checkValue(DataUse.class, "dpiaReference", value);
      this.dpiaReference = value;
      return this;
    }

    /**
     * Sets where the data comes from, as declared for the usage before its datasets are documented
     * (Interconnectés donnees_source), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder sources(Collection<? extends DataSource> values) {
      List<DataSource> copy = Check.list("sources", values);
      this.sources.clear();
      this.sources.addAll(copy);
      return this;
    }

    /**
     * Sets where the data comes from, as declared for the usage before its datasets are documented
     * (Interconnectés donnees_source), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder sources(DataSource... values) {
      return sources(Arrays.asList(Check.notNull("sources", values)));
    }

    /**
     * Sets how the data is collected, as declared for the usage (Interconnectés donnees_acces),
     * replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder collectionModes(Collection<? extends CollectionMode> values) {
      List<CollectionMode> copy = Check.list("collectionModes", values);
      this.collectionModes.clear();
      this.collectionModes.addAll(copy);
      return this;
    }

    /**
     * Sets how the data is collected, as declared for the usage (Interconnectés donnees_acces),
     * replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder collectionModes(CollectionMode... values) {
      return collectionModes(Arrays.asList(Check.notNull("collectionModes", values)));
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public DataUse build() {
      return new DataUse(datasets, processingRecord, dpia, dpiaReference, sources, collectionModes);
    }
  }
}
