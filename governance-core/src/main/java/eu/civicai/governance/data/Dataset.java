package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.Contact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset an authority holds: what it is, whose data, from where, under which legal basis, for
 * which declared purposes, who receives it, where it is stored, what it derives from, and how long
 * it is kept (GDPR Art. 30 record; CNIL PIA context).
 *
 * <p>Only the id, the name and the personal data level are required. Immutable and thread-safe.
 *
 * @param id the stable id
 * @param name the name; null when unknown, otherwise not blank and at most 200 characters
 * @param description what it holds
 * @param controller the controller (responsable de traitement)
 * @param steward the data steward
 * @param source where it comes from
 * @param collectionMode how it is collected
 * @param personalData whether it holds personal data, and how sensitive
 * @param dataSubjects categories of data subjects (GDPR Art. 30(1)(c)) (never null; empty when
 *     none)
 * @param dataCategories categories of data (never null; empty when none)
 * @param legalBasis the lawful basis (GDPR Art. 6)
 * @param purposes the declared purposes; uses for other purposes are reported (never null; empty
 *     when none)
 * @param recipients recipients (GDPR Art. 30(1)(d)) (never null; empty when none)
 * @param transfers transfers outside the EU and their safeguards (never null; empty when none)
 * @param storageLocation where it is stored
 * @param storageRegion France, EU or outside the EU
 * @param securityMeasures a summary of security measures (GDPR Art. 32)
 * @param licence the licence when published (Licence Ouverte 2.0, ODbL…)
 * @param derivedFrom the datasets it derives from (lineage) (never null; empty when none)
 * @param qualityNotes quality and representativeness notes
 * @param retention how long it is kept
 */
public record Dataset(
    DatasetId id,
    @NotBlank @Size(max = 200) @Nullable String name,
    @Size(max = 10000) @Nullable String description,
    @Nullable Authority controller,
    @Nullable Contact steward,
    @Nullable DataSource source,
    @Nullable CollectionMode collectionMode,
    PersonalDataLevel personalData,
    List<@NotBlank @Size(max = 200) String> dataSubjects,
    List<@NotBlank @Size(max = 200) String> dataCategories,
    @Nullable LegalBasis legalBasis,
    List<@NotBlank @Size(max = 200) String> purposes,
    List<@NotBlank @Size(max = 200) String> recipients,
    List<Transfer> transfers,
    @Size(max = 200) @Nullable String storageLocation,
    @Nullable HostingRegion storageRegion,
    @Size(max = 2000) @Nullable String securityMeasures,
    @Size(max = 200) @Nullable String licence,
    List<DatasetId> derivedFrom,
    @Size(max = 2000) @Nullable String qualityNotes,
    @Nullable RetentionRule retention) {

  /** Checks the components; see the class description for the rules. */
  public Dataset {
    dataSubjects = Check.listOrEmpty("dataSubjects", dataSubjects);
    dataCategories = Check.listOrEmpty("dataCategories", dataCategories);
    purposes = Check.listOrEmpty("purposes", purposes);
    recipients = Check.listOrEmpty("recipients", recipients);
    transfers = Check.listOrEmpty("transfers", transfers);
    derivedFrom = Check.listOrEmpty("derivedFrom", derivedFrom);
    Check.notNull("id", id);
    Check.notNull("personalData", personalData);
    Constraints.checkRecord(
        Dataset.class,
        id,
        name,
        description,
        controller,
        steward,
        source,
        collectionMode,
        personalData,
        dataSubjects,
        dataCategories,
        legalBasis,
        purposes,
        recipients,
        transfers,
        storageLocation,
        storageRegion,
        securityMeasures,
        licence,
        derivedFrom,
        qualityNotes,
        retention);
    if (derivedFrom.contains(id)) {
      throw new InvalidInputException(
          "derivedFrom", "register.derivationCycle", Messages.raw(id), Messages.raw(id));
    }
  }

  /** Returns a builder for a dataset with the given id (a slug). */
  public static Builder builder(String id) {
    return builder().id(DatasetId.of(id));
  }

  /** Returns whether the dataset holds personal data of any level. */
  public boolean isPersonal() {
    return personalData != PersonalDataLevel.NONE;
  }

  /** Returns whether {@code purpose} is among the declared purposes, ignoring case and spaces. */
  public boolean declares(String purpose) {
    if (purpose == null) {
      return false;
    }
    String wanted = purpose.strip();
    return purposes.stream().anyMatch(p -> p.strip().equalsIgnoreCase(wanted));
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.description = description;
    b.controller = controller;
    b.steward = steward;
    b.source = source;
    b.collectionMode = collectionMode;
    b.personalData = personalData;
    b.dataSubjects.addAll(dataSubjects);
    b.dataCategories.addAll(dataCategories);
    b.legalBasis = legalBasis;
    b.purposes.addAll(purposes);
    b.recipients.addAll(recipients);
    b.transfers.addAll(transfers);
    b.storageLocation = storageLocation;
    b.storageRegion = storageRegion;
    b.securityMeasures = securityMeasures;
    b.licence = licence;
    b.derivedFrom.addAll(derivedFrom);
    b.qualityNotes = qualityNotes;
    b.retention = retention;
    return b;
  }

  /**
   * Builds {@link Dataset} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private DatasetId id;
    private String name;
    private String description;
    private Authority controller;
    private Contact steward;
    private DataSource source;
    private CollectionMode collectionMode;
    private PersonalDataLevel personalData;
    private final List<String> dataSubjects = new ArrayList<>();
    private final List<String> dataCategories = new ArrayList<>();
    private LegalBasis legalBasis;
    private final List<String> purposes = new ArrayList<>();
    private final List<String> recipients = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private String storageLocation;
    private HostingRegion storageRegion;
    private String securityMeasures;
    private String licence;
    private final List<DatasetId> derivedFrom = new ArrayList<>();
    private String qualityNotes;
    private RetentionRule retention;

    Builder() {}

    /**
     * Sets the stable id.
     *
     * @param value the value
     * @return this builder
     */
    public Builder id(DatasetId value) {
      this.id = value;
      return this;
    }

    /**
     * Sets the name, not blank, at most 200 characters.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder name(@Nullable String value) {
      Constraints.checkValue(Dataset.class, "name", value);
      this.name = value;
      return this;
    }

    /**
     * Sets what it holds.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder description(@Nullable String value) {
      Constraints.checkValue(Dataset.class, "description", value);
      this.description = value;
      return this;
    }

    /**
     * Sets the controller (responsable de traitement).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder controller(@Nullable Authority value) {
      this.controller = value;
      return this;
    }

    /**
     * Sets the data steward.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder steward(@Nullable Contact value) {
      this.steward = value;
      return this;
    }

    /**
     * Sets where it comes from.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder source(@Nullable DataSource value) {
      this.source = value;
      return this;
    }

    /**
     * Sets how it is collected.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder collectionMode(@Nullable CollectionMode value) {
      this.collectionMode = value;
      return this;
    }

    /**
     * Sets whether it holds personal data, and how sensitive.
     *
     * @param value the value
     * @return this builder
     */
    public Builder personalData(PersonalDataLevel value) {
      this.personalData = value;
      return this;
    }

    /**
     * Sets categories of data subjects (GDPR Art. 30(1)(c)), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder dataSubjects(Collection<? extends String> values) {
      List<String> copy = Check.list("dataSubjects", values);
      Constraints.checkValue(Dataset.class, "dataSubjects", copy);
      this.dataSubjects.clear();
      this.dataSubjects.addAll(copy);
      return this;
    }

    /**
     * Sets categories of data subjects (GDPR Art. 30(1)(c)), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder dataSubjects(String... values) {
      return dataSubjects(Arrays.asList(Check.notNull("dataSubjects", values)));
    }

    /**
     * Sets categories of data, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder dataCategories(Collection<? extends String> values) {
      List<String> copy = Check.list("dataCategories", values);
      Constraints.checkValue(Dataset.class, "dataCategories", copy);
      this.dataCategories.clear();
      this.dataCategories.addAll(copy);
      return this;
    }

    /**
     * Sets categories of data, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder dataCategories(String... values) {
      return dataCategories(Arrays.asList(Check.notNull("dataCategories", values)));
    }

    /**
     * Sets the lawful basis (GDPR Art. 6).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder legalBasis(@Nullable LegalBasis value) {
      this.legalBasis = value;
      return this;
    }

    /**
     * Sets the declared purposes; uses for other purposes are reported, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder purposes(Collection<? extends String> values) {
      List<String> copy = Check.list("purposes", values);
      Constraints.checkValue(Dataset.class, "purposes", copy);
      this.purposes.clear();
      this.purposes.addAll(copy);
      return this;
    }

    /**
     * Sets the declared purposes; uses for other purposes are reported, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder purposes(String... values) {
      return purposes(Arrays.asList(Check.notNull("purposes", values)));
    }

    /**
     * Sets recipients (GDPR Art. 30(1)(d)), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder recipients(Collection<? extends String> values) {
      List<String> copy = Check.list("recipients", values);
      Constraints.checkValue(Dataset.class, "recipients", copy);
      this.recipients.clear();
      this.recipients.addAll(copy);
      return this;
    }

    /**
     * Sets recipients (GDPR Art. 30(1)(d)), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder recipients(String... values) {
      return recipients(Arrays.asList(Check.notNull("recipients", values)));
    }

    /**
     * Sets transfers outside the EU and their safeguards, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder transfers(Collection<? extends Transfer> values) {
      List<Transfer> copy = Check.list("transfers", values);
      this.transfers.clear();
      this.transfers.addAll(copy);
      return this;
    }

    /**
     * Sets transfers outside the EU and their safeguards, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder transfers(Transfer... values) {
      return transfers(Arrays.asList(Check.notNull("transfers", values)));
    }

    /**
     * Sets where it is stored.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder storageLocation(@Nullable String value) {
      Constraints.checkValue(Dataset.class, "storageLocation", value);
      this.storageLocation = value;
      return this;
    }

    /**
     * Sets France, EU or outside the EU.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder storageRegion(@Nullable HostingRegion value) {
      this.storageRegion = value;
      return this;
    }

    /**
     * Sets a summary of security measures (GDPR Art. 32).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder securityMeasures(@Nullable String value) {
      Constraints.checkValue(Dataset.class, "securityMeasures", value);
      this.securityMeasures = value;
      return this;
    }

    /**
     * Sets the licence when published (Licence Ouverte 2.0, ODbL…).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder licence(@Nullable String value) {
      Constraints.checkValue(Dataset.class, "licence", value);
      this.licence = value;
      return this;
    }

    /**
     * Sets the datasets it derives from (lineage), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder derivedFrom(Collection<? extends DatasetId> values) {
      List<DatasetId> copy = Check.list("derivedFrom", values);
      this.derivedFrom.clear();
      this.derivedFrom.addAll(copy);
      return this;
    }

    /**
     * Sets the datasets it derives from (lineage), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder derivedFrom(DatasetId... values) {
      return derivedFrom(Arrays.asList(Check.notNull("derivedFrom", values)));
    }

    /**
     * Sets quality and representativeness notes.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder qualityNotes(@Nullable String value) {
      Constraints.checkValue(Dataset.class, "qualityNotes", value);
      this.qualityNotes = value;
      return this;
    }

    /**
     * Sets how long it is kept.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder retention(@Nullable RetentionRule value) {
      this.retention = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Dataset build() {
      return new Dataset(
          id,
          name,
          description,
          controller,
          steward,
          source,
          collectionMode,
          personalData,
          dataSubjects,
          dataCategories,
          legalBasis,
          purposes,
          recipients,
          transfers,
          storageLocation,
          storageRegion,
          securityMeasures,
          licence,
          derivedFrom,
          qualityNotes,
          retention);
    }
  }
}
