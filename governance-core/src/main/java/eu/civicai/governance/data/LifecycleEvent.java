package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.InputRules;
import eu.civicai.governance.internal.Messages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a dataset: it was collected, derived, used by an AI usage, shared,
 * anonymised, deleted, held… The {@link Ledger} appends events in order and chains them.
 *
 * <p>Each event names the dataset, the kind, the role of the actor (a role such as "service de
 * l'eau", not a person's name), an optional free note, and the details its kind requires:
 *
 * <table>
 *   <caption>Details required by kind</caption>
 *   <tr><th>kind</th><th>required</th></tr>
 *   <tr><td>DERIVED</td><td>sources</td></tr>
 *   <tr><td>USED_FOR_TRAINING, USED_FOR_INFERENCE</td><td>usage, purpose</td></tr>
 *   <tr><td>SHARED</td><td>recipient, recipientRegion</td></tr>
 *   <tr><td>DELETED</td><td>method</td></tr>
 *   <tr><td>RETENTION_EXTENDED</td><td>extension, reason</td></tr>
 *   <tr><td>LEGAL_HOLD_PLACED, LEGAL_HOLD_LIFTED</td><td>holdReference</td></tr>
 * </table>
 *
 * <p>Details a kind does not use must be absent, so that an event means one thing. Immutable and
 * thread-safe.
 *
 * @param at when it happened; may be null in an event not yet appended (the ledger then stamps its
 *     clock's instant); years 0 to 9999
 * @param dataset the dataset
 * @param kind what happened
 * @param actorRole the role of who did it, not blank
 * @param note a free note
 * @param sources for DERIVED, the datasets derived from (never null; empty otherwise)
 * @param usage for uses, the AI usage; null otherwise
 * @param purpose for uses (and optionally sharing and publication), the purpose
 * @param recipient for SHARED, who received the data; null otherwise
 * @param recipientRegion for SHARED, where the recipient is; null otherwise
 * @param method for DELETED, how (secure erase, destruction of media…); null otherwise
 * @param extension for RETENTION_EXTENDED, the period added; null otherwise
 * @param reason for RETENTION_EXTENDED (and optionally others), why
 * @param holdReference for legal holds, the hold's reference; null otherwise
 */
public record LifecycleEvent(
    @Nullable Instant at,
    DatasetId dataset,
    EventKind kind,
    @NotBlank @Size(max = 200) String actorRole,
    @Size(max = 2000) @Nullable String note,
    List<DatasetId> sources,
    @Nullable UsageId usage,
    @Size(max = 200) @Nullable String purpose,
    @Size(max = 200) @Nullable String recipient,
    @Nullable HostingRegion recipientRegion,
    @Size(max = 200) @Nullable String method,
    @Nullable Period extension,
    @Size(max = 2000) @Nullable String reason,
    @Size(max = 200) @Nullable String holdReference) {

  private static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** Checks the fields and the details the kind requires. */
  public LifecycleEvent {
    Check.notNull("dataset", dataset);
    Check.notNull("kind", kind);
    sources = Check.listOrEmpty("sources", sources);
    Constraints.checkRecord(
        LifecycleEvent.class,
        at,
        dataset,
        kind,
        actorRole,
        note,
        sources,
        usage,
        purpose,
        recipient,
        recipientRegion,
        method,
        extension,
        reason,
        holdReference);
    if (at != null && (at.isBefore(MIN) || at.isAfter(MAX))) {
      throw new InvalidInputException("at", "event.instantRange", Messages.raw(at));
    }
    for (String text :
        new String[] {actorRole, note, purpose, recipient, method, reason, holdReference}) {
      requireWellFormed(text);
    }
    boolean derived = kind == EventKind.DERIVED;
    boolean use = kind == EventKind.USED_FOR_TRAINING || kind == EventKind.USED_FOR_INFERENCE;
    boolean shared = kind == EventKind.SHARED;
    boolean hold = kind == EventKind.LEGAL_HOLD_PLACED || kind == EventKind.LEGAL_HOLD_LIFTED;
    detail("sources", derived, !sources.isEmpty(), kind);
    detail("usage", use, usage != null, kind);
    if (use && (purpose == null || purpose.isBlank())) {
      throw new InvalidInputException("purpose", "event.required", Messages.raw(kind.name()));
    }
    detail("recipient", shared, recipient != null, kind);
    detail("recipientRegion", shared, recipientRegion != null, kind);
    detail("method", kind == EventKind.DELETED, method != null, kind);
    detail("extension", kind == EventKind.RETENTION_EXTENDED, extension != null, kind);
    if (kind == EventKind.RETENTION_EXTENDED && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "event.required", Messages.raw(kind.name()));
    }
    detail("holdReference", hold, holdReference != null, kind);
    InputRules.period("extension", extension);
    if (extension != null && (extension.isNegative() || extension.isZero())) {
      throw new InvalidInputException("extension", "retention.duration", extension.toString());
    }
    if (sources.contains(dataset)) {
      throw new InvalidInputException(
          "sources", "register.derivationCycle", Messages.raw(dataset), Messages.raw(dataset));
    }
    if (sources.size() != sources.stream().distinct().count()) {
      throw new InvalidInputException("sources", "event.duplicateSource", Messages.raw(sources));
    }
  }

  /** Returns a builder for an event of {@code kind} on {@code dataset}. */
  public static Builder of(EventKind kind, DatasetId dataset) {
    return new Builder(Check.notNull("kind", kind), Check.notNull("dataset", dataset));
  }

  /** The data was collected. */
  public static Builder collected(DatasetId dataset) {
    return of(EventKind.COLLECTED, dataset);
  }

  /** The data was imported from elsewhere. */
  public static Builder imported(DatasetId dataset) {
    return of(EventKind.IMPORTED, dataset);
  }

  /** The dataset was produced from {@code sources}. */
  public static Builder derived(DatasetId dataset, DatasetId... sources) {
    return of(EventKind.DERIVED, dataset).sources(sources);
  }

  /** The dataset trained the AI usage's model, for {@code purpose}. */
  public static Builder usedForTraining(DatasetId dataset, UsageId usage, String purpose) {
    return of(EventKind.USED_FOR_TRAINING, dataset).usage(usage).purpose(purpose);
  }

  /** The dataset was an input of the AI usage in service, for {@code purpose}. */
  public static Builder usedForInference(DatasetId dataset, UsageId usage, String purpose) {
    return of(EventKind.USED_FOR_INFERENCE, dataset).usage(usage).purpose(purpose);
  }

  /** The dataset was shared with {@code recipient}, located in {@code region}. */
  public static Builder shared(DatasetId dataset, String recipient, HostingRegion region) {
    return of(EventKind.SHARED, dataset).recipient(recipient).recipientRegion(region);
  }

  /** The dataset was deleted, by {@code method}. */
  public static Builder deleted(DatasetId dataset, String method) {
    return of(EventKind.DELETED, dataset).method(method);
  }

  /** The retention period was extended by {@code extension}, for {@code reason}. */
  public static Builder retentionExtended(DatasetId dataset, Period extension, String reason) {
    return of(EventKind.RETENTION_EXTENDED, dataset).extension(extension).reason(reason);
  }

  /** A legal hold was placed. */
  public static Builder holdPlaced(DatasetId dataset, String holdReference) {
    return of(EventKind.LEGAL_HOLD_PLACED, dataset).holdReference(holdReference);
  }

  /** A legal hold was lifted. */
  public static Builder holdLifted(DatasetId dataset, String holdReference) {
    return of(EventKind.LEGAL_HOLD_LIFTED, dataset).holdReference(holdReference);
  }

  /** Returns a copy at another instant (used by the ledger to stamp its clock's instant). */
  public LifecycleEvent withAt(Instant instant) {
    return new LifecycleEvent(
        instant,
        dataset,
        kind,
        actorRole,
        note,
        sources,
        usage,
        purpose,
        recipient,
        recipientRegion,
        method,
        extension,
        reason,
        holdReference);
  }

  private static void detail(String field, boolean required, boolean present, EventKind kind) {
    if (required && !present) {
      throw new InvalidInputException(field, "event.required", Messages.raw(kind.name()));
    }
    if (!required && present) {
      throw new InvalidInputException(field, "event.notApplicable", Messages.raw(kind.name()));
    }
  }

  private static void requireWellFormed(String text) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // Lone surrogates have no UTF-8 encoding: two different texts would hash the same.
        throw new InvalidInputException("text", "text.malformed", Messages.raw(i));
      }
    }
  }

  /**
   * Builds {@link LifecycleEvent}s. The kind and dataset are set by the factory that created the
   * builder; {@link #by(String)} sets the actor role. Not thread-safe.
   */
  public static final class Builder {
    private final EventKind kind;
    private final DatasetId dataset;
    private Instant at;
    private String actorRole;
    private String note;
    private List<DatasetId> sources = List.of();
    private UsageId usage;
    private String purpose;
    private String recipient;
    private HostingRegion recipientRegion;
    private String method;
    private Period extension;
    private String reason;
    private String holdReference;

    private Builder(EventKind kind, DatasetId dataset) {
      this.kind = kind;
      this.dataset = dataset;
    }

    /** Sets when it happened; without it the ledger stamps its clock's instant. */
    public Builder at(Instant value) {
      this.at = value;
      return this;
    }

    /** Sets the role of who did it (required): a role, not a person's name. */
    public Builder by(String value) {
      Constraints.checkValue(LifecycleEvent.class, "actorRole", value);
      this.actorRole = value;
      return this;
    }

    /** Sets a free note. */
    public Builder note(String value) {
      Constraints.checkValue(LifecycleEvent.class, "note", value);
      this.note = value;
      return this;
    }

    /** Sets the datasets derived from. */
    public Builder sources(DatasetId... values) {
      this.sources = Check.list("sources", Arrays.asList(Check.notNull("sources", values)));
      return this;
    }

    /** Sets the AI usage. */
    public Builder usage(UsageId value) {
      this.usage = value;
      return this;
    }

    /** Sets the purpose. */
    public Builder purpose(String value) {
      Constraints.checkValue(LifecycleEvent.class, "purpose", value);
      this.purpose = value;
      return this;
    }

    /** Sets the recipient. */
    public Builder recipient(String value) {
      Constraints.checkValue(LifecycleEvent.class, "recipient", value);
      this.recipient = value;
      return this;
    }

    /** Sets where the recipient is. */
    public Builder recipientRegion(HostingRegion value) {
      this.recipientRegion = value;
      return this;
    }

    /** Sets how the data was deleted. */
    public Builder method(String value) {
      Constraints.checkValue(LifecycleEvent.class, "method", value);
      this.method = value;
      return this;
    }

    /** Sets the period by which retention is extended. */
    public Builder extension(Period value) {
      InputRules.period("extension", value);
      this.extension = value;
      return this;
    }

    /** Sets the reason. */
    public Builder reason(String value) {
      Constraints.checkValue(LifecycleEvent.class, "reason", value);
      this.reason = value;
      return this;
    }

    /** Sets the legal hold's reference. */
    public Builder holdReference(String value) {
      Constraints.checkValue(LifecycleEvent.class, "holdReference", value);
      this.holdReference = value;
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws InvalidInputException when the actor role or a detail the kind requires is missing
     */
    public LifecycleEvent build() {
      return new LifecycleEvent(
          at,
          dataset,
          kind,
          actorRole,
          note,
          sources,
          usage,
          purpose,
          recipient,
          recipientRegion,
          method,
          extension,
          reason,
          holdReference);
    }
  }
}
