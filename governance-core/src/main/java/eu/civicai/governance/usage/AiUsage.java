package eu.civicai.governance.usage;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The record of one AI usage of a collectivité (a "fiche d'usage"): what it is, who owns it, what
 * it is for, how it works and decides, what data it uses, its risks, impacts, footprint and
 * benefits, how it is governed and made known.
 *
 * <p>Only the identity is required: an id, a name and the owning authority. Everything else may be
 * unknown, and a record with five fields is well-formed: charters report what it lacks. Field names
 * follow public standards (Interconnectés library, Dutch algorithm register, UK ATRS, EU AI Act,
 * CRPA, GDPR), see {@code docs/architecture.md}.
 *
 * <pre>{@code
 * AiUsage usage = AiUsage.builder("sicoval-detection-fuites")
 *     .name("Détection des fuites du réseau d'eau potable")
 *     .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
 *     .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2021, 1, 1)))
 *     .benefit(b -> b.name("Gains").measured(Quantity.of(8, Unit.MEUR)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} copies it for a change.
 *
 * @param id the stable id
 * @param name the name, not blank, at most 100 characters (Dutch register)
 * @param summary a plain-language summary, at most 350 characters (Dutch register)
 * @param description a full description
 * @param authority the owning authority
 * @param partners partner organisations (never null)
 * @param team the team or service in charge
 * @param contacts contacts by role (never null)
 * @param links links to more information (never null)
 * @param status stage and dates
 * @param purpose goal, themes, audience, alternatives
 * @param system techniques, models, sourcing, hosting
 * @param decision role of the output, oversight, effects on people
 * @param aiAct what is declared for the AI Act
 * @param dataUse datasets used, GDPR record, DPIA
 * @param risks risks (never null)
 * @param impacts effects on agents, citizens, environment
 * @param footprint energy and carbon
 * @param benefits benefit indicators (never null)
 * @param governance decisions, consultations, trainings, reviews
 * @param transparency publication and visibility
 * @param funding funders and budget
 * @param metadata revision, language, tags (never null)
 *     <p>Example:
 *     <pre class="example">{@code
 * AiUsage usage =
 *     AiUsage.builder("detection-fuites")
 *         .name("Détection des fuites du réseau d'eau")
 *         .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
 *         .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2019, 1, 1)))
 *         .build();
 * AiUsage edited = usage.toBuilder().summary("Repère les fuites grâce à la télérelève.").build();
 * // usage is unchanged; edited differs only by its summary
 * }</pre>
 */
public record AiUsage(
    UsageId id,
    @NotBlank @Size(max = 100) String name,
    @Size(max = 350) @Nullable String summary,
    @Size(max = 20000) @Nullable String description,
    Authority authority,
    List<@NotBlank @Size(max = 200) String> partners,
    @Size(max = 200) @Nullable String team,
    List<Contact> contacts,
    List<Link> links,
    @Nullable Status status,
    @Nullable Purpose purpose,
    @Nullable AiSystem system,
    @Nullable DecisionMaking decision,
    @Nullable AiActProfile aiAct,
    @Nullable DataUse dataUse,
    List<Risk> risks,
    @Nullable Impacts impacts,
    @Nullable Footprint footprint,
    List<BenefitIndicator> benefits,
    @Nullable Governance governance,
    @Nullable Transparency transparency,
    @Nullable Funding funding,
    Metadata metadata) {

  /** Checks the identity and the constraints of every component. */
  public AiUsage {
    Check.notNull("id", id);
    Check.notNull("authority", authority);
    partners = Check.listOrEmpty("partners", partners);
    contacts = Check.listOrEmpty("contacts", contacts);
    links = Check.listOrEmpty("links", links);
    risks = Check.listOrEmpty("risks", risks);
    benefits = Check.listOrEmpty("benefits", benefits);
    metadata = metadata == null ? Metadata.INITIAL : metadata;
    Constraints.checkRecord(
        AiUsage.class,
        id,
        name,
        summary,
        description,
        authority,
        partners,
        team,
        contacts,
        links,
        status,
        purpose,
        system,
        decision,
        aiAct,
        dataUse,
        risks,
        impacts,
        footprint,
        benefits,
        governance,
        transparency,
        funding,
        metadata);
  }

  /**
   * Returns a builder for a new record.
   *
   * @param id the stable id, a slug
   * @return a builder
   * @throws InvalidInputException when the id is not a slug
   */
  public static Builder builder(String id) {
    return new Builder(UsageId.of(id));
  }

  /** Returns a builder for a new record with the given id. */
  public static Builder builder(UsageId id) {
    return new Builder(Check.notNull("id", id));
  }

  /** Returns a builder holding this record, to copy and change (revision kept). */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name;
    b.summary = summary;
    b.description = description;
    b.authority = authority;
    b.partners.addAll(partners);
    b.team = team;
    b.contacts.addAll(contacts);
    b.links.addAll(links);
    b.status = status;
    b.purpose = purpose;
    b.system = system;
    b.decision = decision;
    b.aiAct = aiAct;
    b.dataUse = dataUse;
    b.risks.addAll(risks);
    b.impacts = impacts;
    b.footprint = footprint;
    b.benefits.addAll(benefits);
    b.governance = governance;
    b.transparency = transparency;
    b.funding = funding;
    b.metadata = metadata;
    return b;
  }

  /** Returns the revision, from the metadata. */
  public int revision() {
    return metadata.revision();
  }

  /** Returns the first contact holding a role, if any. */
  public Optional<Contact> contact(ContactRole role) {
    Check.notNull("role", role);
    return contacts.stream().filter(c -> c.role() == role).findFirst();
  }

  /** Returns a copy at another revision (used by the register). */
  AiUsage withMetadata(Metadata newMetadata) {
    return toBuilder().metadata(newMetadata).build();
  }

  /**
   * Builds {@link AiUsage} records with a fluent API. Each setter checks its value at once and
   * throws {@link InvalidInputException} naming the field (for parts, the path inside the record,
   * such as {@code status.endDate} or {@code risks[1].likelihood}). Part setters taking a {@code
   * Consumer} edit the part in place: calling {@code status(..)} twice changes the same status.
   * Last-wins, the rule of every builder that has a {@code toBuilder()} (copy-and-change): a setter
   * replaces what was set before, and {@link #clear(Part)} removes a part.
   *
   * <p>Null: the part setters ({@code status}, {@code purpose}, {@code system}, {@code decision},
   * {@code aiAct}, {@code dataUse}, {@code impacts}, {@code footprint}, {@code governance}, {@code
   * transparency}, {@code funding}, {@code metadata}) and the adders ({@code risk}, {@code
   * benefit}) come in pairs, a value and a {@code Consumer}; neither takes null. A plain {@code
   * decision(null)} does not compile (the call is ambiguous); a cast value that is null, such as
   * {@code decision((DecisionMaking) null)}, throws {@link InvalidInputException} ({@code
   * usage.partNull}) naming the part and pointing to {@code clear(Part.DECISION)}, the one way to
   * remove a part. A value that may be absent is set with a branch: {@code if (d != null)
   * b.decision(d); else b.clear(Part.DECISION);}. The text setters ({@code summary}, {@code
   * description}, {@code team}) take null to clear, as their {@code @Nullable} says.
   *
   * <p>Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final UsageId id;
    private String name;
    private String summary;
    private String description;
    private Authority authority;
    private final List<String> partners = new ArrayList<>();
    private String team;
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private Status status;
    private Purpose purpose;
    private AiSystem system;
    private DecisionMaking decision;
    private AiActProfile aiAct;
    private DataUse dataUse;
    private final List<Risk> risks = new ArrayList<>();
    private Impacts impacts;
    private Footprint footprint;
    private final List<BenefitIndicator> benefits = new ArrayList<>();
    private Governance governance;
    private Transparency transparency;
    private Funding funding;
    private Metadata metadata = Metadata.INITIAL;

    private Builder(UsageId id) {
      this.id = id;
    }

    /** Sets the name: not blank, at most 100 characters. */
    public Builder name(String value) {
      Constraints.checkValue(AiUsage.class, "name", value);
      this.name = value;
      return this;
    }

    /** Sets the plain-language summary: at most 350 characters; null clears it. */
    public Builder summary(@Nullable String value) {
      Constraints.checkValue(AiUsage.class, "summary", value);
      this.summary = value;
      return this;
    }

    /** Sets the full description: at most 20,000 characters; null clears it. */
    public Builder description(@Nullable String value) {
      Constraints.checkValue(AiUsage.class, "description", value);
      this.description = value;
      return this;
    }

    /** Sets the owning authority (required). */
    public Builder authority(Authority value) {
      this.authority = Check.notNull("authority", value);
      return this;
    }

    /** Sets the partner organisations, replacing earlier ones. */
    public Builder partners(String... values) {
      return partners(Arrays.asList(Check.notNull("partners", values)));
    }

    /** Sets the partner organisations, replacing earlier ones. */
    public Builder partners(Collection<String> values) {
      List<String> copy = Check.list("partners", values);
      Constraints.checkValue(AiUsage.class, "partners", copy);
      partners.clear();
      partners.addAll(copy);
      return this;
    }

    /** Sets the team or service in charge: at most 200 characters; null clears it. */
    public Builder team(@Nullable String value) {
      Constraints.checkValue(AiUsage.class, "team", value);
      this.team = value;
      return this;
    }

    /** Adds a contact. */
    public Builder contact(Contact value) {
      contacts.add(Check.notNull("contacts[" + contacts.size() + "]", value));
      return this;
    }

    /** Sets the contacts, replacing earlier ones. */
    public Builder contacts(Collection<Contact> values) {
      List<Contact> copy = Check.list("contacts", values);
      contacts.clear();
      contacts.addAll(copy);
      return this;
    }

    /** Adds a link. */
    public Builder link(Link value) {
      links.add(Check.notNull("links[" + links.size() + "]", value));
      return this;
    }

    /** Adds a link, parsing its address. */
    public Builder link(String label, String uri) {
      try {
        return link(Link.of(label, uri));
      } catch (InvalidInputException e) {
        throw e.under("links[" + links.size() + "]");
      }
    }

    /**
     * Sets the status part, replacing the earlier one (last-wins, as every setter of this builder).
     * The value is never null: {@link #clear(Part) clear(Part.STATUS)} removes the part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code status} when the value is
     *     null (a {@code (Status) null} cast; a plain {@code status(null)} does not compile)
     */
    public Builder status(Status value) {
      this.status = given("status", Part.STATUS, value);
      return this;
    }

    /**
     * Edits the status in place, starting from an empty one when absent; {@code edit} is not null.
     */
    public Builder status(Consumer<Status.Builder> edit) {
      Status.Builder b = status == null ? Status.builder() : status.toBuilder();
      this.status = edit("status", Part.STATUS, edit, b, b::build);
      return this;
    }

    /**
     * Sets the purpose part, replacing the earlier one (last-wins, as every setter of this
     * builder). The value is never null: {@link #clear(Part) clear(Part.PURPOSE)} removes the part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code purpose} when the value is
     *     null (a {@code (Purpose) null} cast; a plain {@code purpose(null)} does not compile)
     */
    public Builder purpose(Purpose value) {
      this.purpose = given("purpose", Part.PURPOSE, value);
      return this;
    }

    /**
     * Edits the purpose in place, starting from an empty one when absent; {@code edit} is not null.
     */
    public Builder purpose(Consumer<Purpose.Builder> edit) {
      Purpose.Builder b = purpose == null ? Purpose.builder() : purpose.toBuilder();
      this.purpose = edit("purpose", Part.PURPOSE, edit, b, b::build);
      return this;
    }

    /**
     * Sets the system part, replacing the earlier one (last-wins, as every setter of this builder).
     * The value is never null: {@link #clear(Part) clear(Part.SYSTEM)} removes the part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code system} when the value is
     *     null (a {@code (AiSystem) null} cast; a plain {@code system(null)} does not compile)
     */
    public Builder system(AiSystem value) {
      this.system = given("system", Part.SYSTEM, value);
      return this;
    }

    /**
     * Edits the system in place, starting from an empty one when absent; {@code edit} is not null.
     */
    public Builder system(Consumer<AiSystem.Builder> edit) {
      AiSystem.Builder b = system == null ? AiSystem.builder() : system.toBuilder();
      this.system = edit("system", Part.SYSTEM, edit, b, b::build);
      return this;
    }

    /**
     * Sets the decision part, replacing the earlier one (last-wins, as every setter of this
     * builder). The value is never null: {@link #clear(Part) clear(Part.DECISION)} removes the
     * part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code decision} when the value
     *     is null (a {@code (DecisionMaking) null} cast; a plain {@code decision(null)} does not
     *     compile)
     */
    public Builder decision(DecisionMaking value) {
      this.decision = given("decision", Part.DECISION, value);
      return this;
    }

    /**
     * Edits the decision-making part in place, starting from an empty one when absent; {@code edit}
     * is not null.
     */
    public Builder decision(Consumer<DecisionMaking.Builder> edit) {
      DecisionMaking.Builder b = decision == null ? DecisionMaking.builder() : decision.toBuilder();
      this.decision = edit("decision", Part.DECISION, edit, b, b::build);
      return this;
    }

    /**
     * Sets the aiAct part, replacing the earlier one (last-wins, as every setter of this builder).
     * The value is never null: {@link #clear(Part) clear(Part.AI_ACT)} removes the part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code aiAct} when the value is
     *     null (a {@code (AiActProfile) null} cast; a plain {@code aiAct(null)} does not compile)
     */
    public Builder aiAct(AiActProfile value) {
      this.aiAct = given("aiAct", Part.AI_ACT, value);
      return this;
    }

    /**
     * Edits the AI Act profile in place, starting from an empty one when absent; {@code edit} is
     * not null.
     */
    public Builder aiAct(Consumer<AiActProfile.Builder> edit) {
      AiActProfile.Builder b = aiAct == null ? AiActProfile.builder() : aiAct.toBuilder();
      this.aiAct = edit("aiAct", Part.AI_ACT, edit, b, b::build);
      return this;
    }

    /**
     * Sets the dataUse part, replacing the earlier one (last-wins, as every setter of this
     * builder). The value is never null: {@link #clear(Part) clear(Part.DATA_USE)} removes the
     * part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code dataUse} when the value is
     *     null (a {@code (DataUse) null} cast; a plain {@code dataUse(null)} does not compile)
     */
    public Builder dataUse(DataUse value) {
      this.dataUse = given("dataUse", Part.DATA_USE, value);
      return this;
    }

    /**
     * Edits the data use in place, starting from an empty one when absent; {@code edit} is not
     * null.
     */
    public Builder dataUse(Consumer<DataUse.Builder> edit) {
      DataUse.Builder b = dataUse == null ? DataUse.builder() : dataUse.toBuilder();
      this.dataUse = edit("dataUse", Part.DATA_USE, edit, b, b::build);
      return this;
    }

    /**
     * Adds a risk.
     *
     * @param value the risk, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.itemNull} naming {@code risks[n]} when the value
     *     is null (a {@code (Risk) null} cast; a plain {@code risk(null)} does not compile); {@link
     *     #clear(Part) clear(Part.RISKS)} removes every risk
     */
    public Builder risk(Risk value) {
      risks.add(given("risks[" + risks.size() + "]", Part.RISKS, value));
      return this;
    }

    /** Adds a risk built in place; {@code edit} is not null. */
    public Builder risk(Consumer<Risk.Builder> edit) {
      Risk.Builder b = Risk.builder();
      risks.add(edit("risks[" + risks.size() + "]", Part.RISKS, edit, b, b::build));
      return this;
    }

    /** Sets the risks, replacing earlier ones. */
    public Builder risks(Collection<Risk> values) {
      List<Risk> copy = Check.list("risks", values);
      risks.clear();
      risks.addAll(copy);
      return this;
    }

    /**
     * Sets the impacts part, replacing the earlier one (last-wins, as every setter of this
     * builder). The value is never null: {@link #clear(Part) clear(Part.IMPACTS)} removes the part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code impacts} when the value is
     *     null (a {@code (Impacts) null} cast; a plain {@code impacts(null)} does not compile)
     */
    public Builder impacts(Impacts value) {
      this.impacts = given("impacts", Part.IMPACTS, value);
      return this;
    }

    /**
     * Edits the impacts in place, starting from an empty one when absent; {@code edit} is not null.
     */
    public Builder impacts(Consumer<Impacts.Builder> edit) {
      Impacts.Builder b = impacts == null ? Impacts.builder() : impacts.toBuilder();
      this.impacts = edit("impacts", Part.IMPACTS, edit, b, b::build);
      return this;
    }

    /**
     * Sets the footprint part, replacing the earlier one (last-wins, as every setter of this
     * builder). The value is never null: {@link #clear(Part) clear(Part.FOOTPRINT)} removes the
     * part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code footprint} when the value
     *     is null (a {@code (Footprint) null} cast; a plain {@code footprint(null)} does not
     *     compile)
     */
    public Builder footprint(Footprint value) {
      this.footprint = given("footprint", Part.FOOTPRINT, value);
      return this;
    }

    /**
     * Edits the footprint in place, starting from an empty one when absent; {@code edit} is not
     * null.
     */
    public Builder footprint(Consumer<Footprint.Builder> edit) {
      Footprint.Builder b = footprint == null ? Footprint.builder() : footprint.toBuilder();
      this.footprint = edit("footprint", Part.FOOTPRINT, edit, b, b::build);
      return this;
    }

    /**
     * Adds a benefit indicator.
     *
     * @param value the indicator, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.itemNull} naming {@code benefits[n]} when the
     *     value is null (a {@code (BenefitIndicator) null} cast; a plain {@code benefit(null)} does
     *     not compile); {@link #clear(Part) clear(Part.BENEFITS)} removes every indicator
     */
    public Builder benefit(BenefitIndicator value) {
      benefits.add(given("benefits[" + benefits.size() + "]", Part.BENEFITS, value));
      return this;
    }

    /** Adds a benefit indicator built in place; {@code edit} is not null. */
    public Builder benefit(Consumer<BenefitIndicator.Builder> edit) {
      BenefitIndicator.Builder b = BenefitIndicator.builder();
      benefits.add(edit("benefits[" + benefits.size() + "]", Part.BENEFITS, edit, b, b::build));
      return this;
    }

    /** Sets the benefit indicators, replacing earlier ones. */
    public Builder benefits(Collection<BenefitIndicator> values) {
      List<BenefitIndicator> copy = Check.list("benefits", values);
      benefits.clear();
      benefits.addAll(copy);
      return this;
    }

    /**
     * Sets the governance part, replacing the earlier one (last-wins, as every setter of this
     * builder). The value is never null: {@link #clear(Part) clear(Part.GOVERNANCE)} removes the
     * part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code governance} when the value
     *     is null (a {@code (Governance) null} cast; a plain {@code governance(null)} does not
     *     compile)
     */
    public Builder governance(Governance value) {
      this.governance = given("governance", Part.GOVERNANCE, value);
      return this;
    }

    /**
     * Edits the governance part in place, starting from an empty one when absent; {@code edit} is
     * not null.
     */
    public Builder governance(Consumer<Governance.Builder> edit) {
      Governance.Builder b = governance == null ? Governance.builder() : governance.toBuilder();
      this.governance = edit("governance", Part.GOVERNANCE, edit, b, b::build);
      return this;
    }

    /**
     * Sets the transparency part, replacing the earlier one (last-wins, as every setter of this
     * builder). The value is never null: {@link #clear(Part) clear(Part.TRANSPARENCY)} removes the
     * part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code transparency} when the
     *     value is null (a {@code (Transparency) null} cast; a plain {@code transparency(null)}
     *     does not compile)
     */
    public Builder transparency(Transparency value) {
      this.transparency = given("transparency", Part.TRANSPARENCY, value);
      return this;
    }

    /**
     * Edits the transparency part in place, starting from an empty one when absent; {@code edit} is
     * not null.
     */
    public Builder transparency(Consumer<Transparency.Builder> edit) {
      Transparency.Builder b =
          transparency == null ? Transparency.builder() : transparency.toBuilder();
      this.transparency = edit("transparency", Part.TRANSPARENCY, edit, b, b::build);
      return this;
    }

    /**
     * Sets the funding part, replacing the earlier one (last-wins, as every setter of this
     * builder). The value is never null: {@link #clear(Part) clear(Part.FUNDING)} removes the part.
     *
     * @param value the part, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.partNull} naming {@code funding} when the value is
     *     null (a {@code (Funding) null} cast; a plain {@code funding(null)} does not compile)
     */
    public Builder funding(Funding value) {
      this.funding = given("funding", Part.FUNDING, value);
      return this;
    }

    /**
     * Edits the funding in place, starting from an empty one when absent; {@code edit} is not null.
     */
    public Builder funding(Consumer<Funding.Builder> edit) {
      Funding.Builder b = funding == null ? Funding.builder() : funding.toBuilder();
      this.funding = edit("funding", Part.FUNDING, edit, b, b::build);
      return this;
    }

    /**
     * Removes a part of the record, as if it had never been set: a whole part missing makes its
     * criteria unknown rather than unmet. {@code CONTACTS}, {@code RISKS} and {@code BENEFITS}
     * empty their lists.
     *
     * @param part the part; not null
     * @return this builder
     * @throws InvalidInputException {@code notNull} naming {@code part}, or {@code
     *     usage.identityRequired} for {@link Part#IDENTITY}, which every record has
     */
    public Builder clear(Part part) {
      switch (Check.notNull("part", part)) {
        case IDENTITY -> throw new InvalidInputException("part", "usage.identityRequired", part);
        case CONTACTS -> contacts.clear();
        case STATUS -> status = null;
        case PURPOSE -> purpose = null;
        case SYSTEM -> system = null;
        case DECISION -> decision = null;
        case AI_ACT -> aiAct = null;
        case DATA_USE -> dataUse = null;
        case RISKS -> risks.clear();
        case IMPACTS -> impacts = null;
        case FOOTPRINT -> footprint = null;
        case BENEFITS -> benefits.clear();
        case GOVERNANCE -> governance = null;
        case TRANSPARENCY -> transparency = null;
        case FUNDING -> funding = null;
      }
      return this;
    }

    /**
     * Sets the metadata (revision, language, tags), replacing the earlier one. Every record has
     * metadata: it cannot be cleared, and {@link Metadata#INITIAL} is the metadata of a new record.
     *
     * @param value the metadata, not null
     * @return this builder
     * @throws InvalidInputException {@code usage.metadataNull} naming {@code metadata} when the
     *     value is null (a {@code (Metadata) null} cast; a plain {@code metadata(null)} does not
     *     compile)
     */
    public Builder metadata(Metadata value) {
      this.metadata = given("metadata", null, value);
      return this;
    }

    /** Edits the metadata in place; {@code edit} is not null. */
    public Builder metadata(Consumer<Metadata.Builder> edit) {
      Metadata.Builder b = metadata.toBuilder();
      this.metadata = edit("metadata", null, edit, b, b::build);
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     * @throws InvalidInputException when the name or the authority is missing
     */
    public AiUsage build() {
      Check.notNull("authority", authority);
      return new AiUsage(
          id,
          name,
          summary,
          description,
          authority,
          partners,
          team,
          contacts,
          links,
          status,
          purpose,
          system,
          decision,
          aiAct,
          dataUse,
          risks,
          impacts,
          footprint,
          benefits,
          governance,
          transparency,
          funding,
          metadata);
    }

    /**
     * Returns a value given to a setter or an adder, or throws the null rule of its part: {@code
     * usage.partNull} for a part, {@code usage.itemNull} for an item of a list, {@code
     * usage.metadataNull} for the metadata ({@code part} null).
     */
    private static <T> T given(String field, @Nullable Part part, @Nullable T value) {
      if (value != null) {
        return value;
      }
      if (part == null) {
        throw new InvalidInputException(field, "usage.metadataNull");
      }
      throw new InvalidInputException(
          field,
          part == Part.RISKS || part == Part.BENEFITS ? "usage.itemNull" : "usage.partNull",
          part);
    }

    private static <B, T> T edit(
        String path,
        @Nullable Part part,
        Consumer<B> edit,
        B builder,
        java.util.function.Supplier<T> build) {
      given(path, part, edit);
      try {
        edit.accept(builder);
        return build.get();
      } catch (InvalidInputException e) {
        throw e.under(path);
      }
    }
  }
}
