package eu.civicai.governance.assessment;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiSystem;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataUse;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Generates the {@link CrpaNotice} of a usage from its record: the explicit mention of CRPA
 * L311-3-1 and R311-3-1-1, and the four items of R311-3-1-2 communicated on request.
 *
 * <p>What the record says is used as written; what it does not say is never guessed: the piece is
 * replaced by a marker ("[À compléter : finalité du traitement (purpose.goal)]") and the field is
 * listed in {@link NoticePart#missing()}. The parameters applied to one person's situation
 * (R311-3-1-2, 3°) belong to a decision, not to the record: the caller passes them when answering a
 * request, and without them that item is marked missing.
 *
 * <p>Where each piece comes from:
 *
 * <ul>
 *   <li>mention: {@code system.algorithmName} (else the usage's name), the authority's name, {@code
 *       purpose.goal}, {@code decision.contestation} and the contact of the service owner (else of
 *       the AI referent);
 *   <li>1° contribution: {@code decision.outputRole}, {@code decision.oversight} (level,
 *       description, who may override), {@code decision.decisionsPerYear};
 *   <li>2° data: {@code dataUse.datasets} with each dataset's name, source and data categories
 *       (from the datasets passed in), else {@code dataUse.sources};
 *   <li>3° parameters: the {@link AppliedParameter}s passed in;
 *   <li>4° operations: {@code system.description}, techniques, models, self-learning.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class CrpaNotices {
  private CrpaNotices() {}

  /**
   * Generates the notice of a usage in French, with no parameters applied (the item 3° is marked
   * missing): the version to keep with the record.
   *
   * @param usage the usage record
   * @param datasets the datasets the record refers to, for their names and sources; those not given
   *     are marked missing
   * @return the notice
   * @throws eu.civicai.governance.InvalidInputException when an argument is null or holds null
   */
  public static CrpaNotice generate(AiUsage usage, Collection<Dataset> datasets) {
    return generate(usage, datasets, List.of(), Locale.FRENCH);
  }

  /**
   * Generates the notice of a usage, with the parameters applied to one person's situation.
   *
   * @param usage the usage record
   * @param datasets the datasets the record refers to, for their names and sources; those not given
   *     are marked missing
   * @param parameters the parameters applied to the person's situation, with their weighting; empty
   *     marks the item 3° missing
   * @param locale the language of the texts: French when its language is {@code fr}, English
   *     otherwise (the notice owed to the person is the French one; English is for readers)
   * @return the notice
   * @throws eu.civicai.governance.InvalidInputException when an argument is null or holds null
   */
  public static CrpaNotice generate(
      AiUsage usage,
      Collection<Dataset> datasets,
      List<AppliedParameter> parameters,
      Locale locale) {
    Check.notNull("usage", usage);
    List<Dataset> known = Check.list("datasets", datasets);
    List<AppliedParameter> applied = Check.list("parameters", parameters);
    Check.notNull("locale", locale);
    Locale language = Messages.isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
    Map<DatasetId, Dataset> byId = new HashMap<>();
    for (Dataset d : known) {
      byId.putIfAbsent(d.id(), d);
    }
    List<NoticePart> onRequest =
        List.of(
            contribution(usage, language),
            data(usage, byId, language),
            parameters(applied, language),
            operations(usage, language));
    return new CrpaNotice(
        usage.id(),
        usage.revision(),
        language.getLanguage(),
        applicability(usage.decision()),
        mention(usage, language),
        onRequest);
  }

  /** Whether L311-3-1 applies, from what the record says of its decisions. */
  public static CrpaApplicability applicability(DecisionMaking decision) {
    if (decision == null || decision.concernsIndividuals() == null) {
      return decision != null && decision.outputRole() == OutputRole.INFORMATION
          ? CrpaApplicability.DOES_NOT_APPLY
          : CrpaApplicability.UNKNOWN;
    }
    if (!decision.concernsIndividuals() || decision.outputRole() == OutputRole.INFORMATION) {
      return CrpaApplicability.DOES_NOT_APPLY;
    }
    return CrpaApplicability.APPLIES;
  }

  private static NoticePart mention(AiUsage usage, Locale locale) {
    Pieces p = new Pieces(locale);
    AiSystem system = usage.system();
    String name =
        system != null && system.algorithmName() != null ? system.algorithmName() : usage.name();
    String goal = p.fill(usage.purpose() == null ? null : usage.purpose().goal(), "purpose.goal");
    String how = p.fill(howToAsk(usage, locale), "decision.contestation");
    String text = Texts.get(locale, "crpa.mention.text", name, usage.authority().name(), goal, how);
    return p.part("l311-3-1.mention", "crpa.mention.title", text, "crpa.mention.reference");
  }

  private static String howToAsk(AiUsage usage, Locale locale) {
    String contestation = usage.decision() == null ? null : usage.decision().contestation();
    Optional<Contact> contact =
        usage.contact(ContactRole.OWNER).or(() -> usage.contact(ContactRole.AI_REFERENT));
    if (contestation == null) {
      return null;
    }
    if (contact.isEmpty()) {
      return stripFinalStop(contestation);
    }
    Contact c = contact.get();
    String who =
        c.name() == null
            ? c.email()
            : c.email() == null ? c.name() : c.name() + " (" + c.email() + ")";
    return stripFinalStop(contestation) + " ; " + Texts.get(locale, "crpa.mention.contact", who);
  }

  private static NoticePart contribution(AiUsage usage, Locale locale) {
    Pieces p = new Pieces(locale);
    DecisionMaking d = usage.decision();
    OutputRole role = d == null ? null : d.outputRole();
    List<String> sentences = new ArrayList<>();
    sentences.add(
        p.fill(
            role == null ? null : Texts.get(locale, "crpa.contribution." + role.name()),
            "decision.outputRole"));
    HumanOversight oversight = d == null ? null : d.oversight();
    if (oversight == null || oversight.level() == null) {
      sentences.add(p.fill(null, "decision.oversight.level"));
    } else {
      sentences.add(Texts.get(locale, "crpa.oversight.level", oversight.level().label(locale)));
    }
    if (oversight != null && oversight.description() != null) {
      sentences.add(ensureStop(oversight.description()));
    }
    if (oversight != null && !oversight.overrideRoles().isEmpty()) {
      sentences.add(
          Texts.get(
              locale, "crpa.oversight.override", String.join(", ", oversight.overrideRoles())));
    }
    if (d != null && d.decisionsPerYear() != null) {
      sentences.add(Texts.get(locale, "crpa.volume", d.decisionsPerYear()));
    }
    return p.part(
        "r311-3-1-2.contribution",
        "crpa.contribution.title",
        String.join(" ", sentences),
        "crpa.contribution.reference");
  }

  private static NoticePart data(AiUsage usage, Map<DatasetId, Dataset> byId, Locale locale) {
    Pieces p = new Pieces(locale);
    DataUse dataUse = usage.dataUse();
    List<String> lines = new ArrayList<>();
    if (dataUse != null && !dataUse.datasets().isEmpty()) {
      for (int i = 0; i < dataUse.datasets().size(); i++) {
        DatasetUse use = dataUse.datasets().get(i);
        Dataset dataset = byId.get(use.dataset());
        String path = "dataUse.datasets[" + i + "]";
        String name = dataset == null ? use.dataset().value() : dataset.name();
        String source =
            p.fill(
                dataset == null || dataset.source() == null ? null : dataset.source().label(locale),
                dataset == null ? path + " (" + use.dataset().value() + ")" : path + ".source");
        String line = Texts.get(locale, "crpa.data.line", name, use.role().label(locale), source);
        if (dataset != null && !dataset.dataCategories().isEmpty()) {
          line +=
              " ; "
                  + Texts.get(
                      locale, "crpa.data.categories", String.join(", ", dataset.dataCategories()));
        }
        lines.add("• " + line);
      }
    } else if (dataUse != null && !dataUse.sources().isEmpty()) {
      lines.add(
          Texts.get(
              locale,
              "crpa.data.sourcesOnly",
              dataUse.sources().stream()
                  .map(s -> s.label(locale))
                  .collect(Collectors.joining(", "))));
      lines.add(p.fill(null, "dataUse.datasets"));
    } else {
      lines.add(p.fill(null, "dataUse.datasets"));
    }
    return p.part(
        "r311-3-1-2.data", "crpa.data.title", String.join("\n", lines), "crpa.data.reference");
  }

  private static NoticePart parameters(List<AppliedParameter> applied, Locale locale) {
    Pieces p = new Pieces(locale);
    List<String> lines = new ArrayList<>();
    if (applied.isEmpty()) {
      lines.add(p.fill(null, "parameters"));
    }
    for (int i = 0; i < applied.size(); i++) {
      AppliedParameter a = applied.get(i);
      String weighting =
          a.weighting() == null
              ? Texts.get(locale, "crpa.parameters.unweighted")
              : Texts.get(locale, "crpa.parameters.weighting", a.weighting());
      String value = p.fill(a.appliedValue(), "parameters[" + i + "].appliedValue");
      lines.add("• " + Texts.get(locale, "crpa.parameters.line", a.name(), weighting, value));
    }
    return p.part(
        "r311-3-1-2.parameters",
        "crpa.parameters.title",
        String.join("\n", lines),
        "crpa.parameters.reference");
  }

  private static NoticePart operations(AiUsage usage, Locale locale) {
    Pieces p = new Pieces(locale);
    AiSystem s = usage.system();
    List<String> sentences = new ArrayList<>();
    sentences.add(p.fill(s == null ? null : ensureStop(s.description()), "system.description"));
    if (s != null && !s.techniques().isEmpty()) {
      sentences.add(
          Texts.get(
              locale,
              "crpa.operations.techniques",
              s.techniques().stream().map(t -> t.label(locale)).collect(Collectors.joining(", "))));
    }
    if (s != null && !s.models().isEmpty()) {
      sentences.add(
          Texts.get(
              locale,
              "crpa.operations.models",
              s.models().stream().map(CrpaNotices::model).collect(Collectors.joining(", "))));
    }
    if (s != null && s.selfLearning() != null) {
      sentences.add(
          Texts.get(locale, s.selfLearning() ? "crpa.operations.learns" : "crpa.operations.fixed"));
    }
    return p.part(
        "r311-3-1-2.operations",
        "crpa.operations.title",
        String.join(" ", sentences),
        "crpa.operations.reference");
  }

  private static String model(AiModel m) {
    StringBuilder b = new StringBuilder(m.name());
    if (m.version() != null) {
      b.append(' ').append(m.version());
    }
    if (m.provider() != null) {
      b.append(" (").append(m.provider()).append(')');
    }
    return b.toString();
  }

  private static String stripFinalStop(String text) {
    String t = text.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String ensureStop(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }

  /** Collects the missing fields of one part while its text is built. */
  static final class Pieces {
    private final Locale locale;
    private final List<String> missing = new ArrayList<>();

    Pieces(Locale locale) {
      this.locale = locale;
    }

    /** The value, or the marker for a missing field (recorded). */
    String fill(String value, String field) {
      if (value != null && !value.isBlank()) {
        return value;
      }
      missing.add(field);
      return Texts.get(locale, "missing.marker", label(field));
    }

    private String label(String field) {
      String key = "field." + field.replaceAll("\\[\\d+]", "[]").replaceAll(" \\(.*\\)$", "");
      String label =
          Texts.bundle(locale).containsKey(key)
              ? Texts.get(locale, key)
              : Texts.get(locale, "field.other");
      return label + " (" + field + ")";
    }

    NoticePart part(String key, String titleKey, String text, String referenceKey) {
      return new NoticePart(
          key, Texts.get(locale, titleKey), text, Texts.get(locale, referenceKey), missing);
    }
  }
}
