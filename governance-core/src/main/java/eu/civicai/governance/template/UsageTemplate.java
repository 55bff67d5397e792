package eu.civicai.governance.template;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.Text;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A usage template: what usages of one kind have in common, and the questions each commune answers
 * for itself. {@link #instantiate} gives the commune's own usage record.
 *
 * <p>Immutable and thread-safe. Templates come from {@link UsageTemplates}.
 */
public final class UsageTemplate {
  /** Months after instantiation at which the usage's first review is planned. */
  public static final int FIRST_REVIEW_MONTHS = 6;

  /** The tag put on a usage made from a template, followed by the template's id. */
  public static final String TAG_PREFIX = "modèle:";

  // Usages need an authority; the prototype's is replaced at instantiation.
  private static final Authority PLACEHOLDER = Authority.of("Modèle", AuthorityKind.COMMUNE);

  private final String id;
  private final Text title;
  private final Text summary;
  private final String inspiredBy;
  private final List<TypicalDataset> typicalDatasets;
  private final List<OpenQuestion> openQuestions;
  private final AiUsage prototype;
  private final Map<String, Consumer<AiUsage.Builder>> exampleAnswers;

  private UsageTemplate(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.summary = Check.notNull("summary", b.summary);
    this.inspiredBy = Check.notBlank("inspiredBy", b.inspiredBy);
    this.typicalDatasets = List.copyOf(b.datasets);
    this.openQuestions = List.copyOf(b.questions);
    this.exampleAnswers = Collections.unmodifiableMap(new LinkedHashMap<>(b.answers));
    AiUsage.Builder usage =
        AiUsage.builder(b.id).name(b.title.fr()).summary(b.summary.fr()).authority(PLACEHOLDER);
    b.usage.accept(usage);
    this.prototype = usage.build();
  }

  /** Returns the template's id, a slug such as {@code water-leak}. */
  public String id() {
    return id;
  }

  /** Returns the template's title in French and English. */
  public Text title() {
    return title;
  }

  /** Returns the title in the caller's language. */
  public String title(Locale locale) {
    return title.in(Check.notNull("locale", locale));
  }

  /** Returns what the usage does, in French and English. */
  public Text summary() {
    return summary;
  }

  /** Returns the public cases the template is drawn from (Sicoval, Tours Métropole…). */
  public String inspiredBy() {
    return inspiredBy;
  }

  /** Returns the theme of such usages. */
  public Theme theme() {
    return prototype.purpose().theme();
  }

  /** Returns the datasets such usages typically use, for the commune to find in its own. */
  public List<TypicalDataset> typicalDatasets() {
    return typicalDatasets;
  }

  /** Returns the risks such usages raise, with their usual mitigations. */
  public List<Risk> risks() {
    return prototype.risks();
  }

  /** Returns the human oversight such usages need. */
  public Optional<HumanOversight> oversight() {
    return Optional.ofNullable(prototype.decision()).map(d -> d.oversight());
  }

  /** Returns the questions left for the commune to answer, each with the fact it fills. */
  public List<OpenQuestion> openQuestions() {
    return openQuestions;
  }

  /**
   * Returns the commune's usage made from this template: the template's parts, the commune's
   * authority and id, stage {@link Stage#IDEA}, a first review planned {@value
   * #FIRST_REVIEW_MONTHS} months after the clock's day, language {@code fr} and the tag {@code
   * modèle:<id>}. The open questions are left unanswered: the facts they name are unknown.
   *
   * @param authority the commune (or other authority), never {@code null}
   * @param usageId the usage's id, never {@code null}
   * @param clock gives the day of instantiation, never {@code null}
   * @return a new usage record, revision 1
   */
  public AiUsage instantiate(Authority authority, UsageId usageId, Clock clock) {
    Check.notNull("authority", authority);
    Check.notNull("usageId", usageId);
    Check.notNull("clock", clock);
    LocalDate today = LocalDate.now(clock);
    AiUsage p = prototype;
    AiUsage.Builder b =
        AiUsage.builder(usageId).name(p.name()).summary(p.summary()).authority(authority);
    if (p.description() != null) {
      b.description(p.description());
    }
    b.status(s -> s.stage(Stage.IDEA));
    if (p.purpose() != null) {
      b.purpose(p.purpose());
    }
    if (p.system() != null) {
      b.system(p.system());
    }
    if (p.decision() != null) {
      b.decision(p.decision());
    }
    if (p.aiAct() != null) {
      b.aiAct(p.aiAct());
    }
    if (p.dataUse() != null) {
      b.dataUse(p.dataUse());
    }
    b.risks(p.risks());
    if (p.impacts() != null) {
      b.impacts(p.impacts());
    }
    if (p.footprint() != null) {
      b.footprint(p.footprint());
    }
    b.benefits(p.benefits());
    if (p.funding() != null) {
      b.funding(p.funding());
    }
    if (p.transparency() != null) {
      b.transparency(p.transparency());
    }
    b.governance(g -> g.reviewDates(today.plusMonths(FIRST_REVIEW_MONTHS)));
    b.metadata(m -> m.language("fr").tags(TAG_PREFIX + id));
    return b.build();
  }

  /**
   * Returns the commune's usage made from this template; see {@link #instantiate(Authority,
   * UsageId, Clock)}.
   *
   * @param usageId the usage's id, a slug
   * @throws eu.civicai.governance.InvalidInputException naming {@code id} when it is not a slug
   */
  public AiUsage instantiate(Authority authority, String usageId, Clock clock) {
    return instantiate(authority, UsageId.of(Check.notNull("usageId", usageId)), clock);
  }

  /** Example answers to the open questions, by question id: they show how each is answered. */
  Map<String, Consumer<AiUsage.Builder>> exampleAnswers() {
    return exampleAnswers;
  }

  @Override
  public String toString() {
    return "UsageTemplate[" + id + "]";
  }

  static Builder builder(String id, String titleFr, String titleEn) {
    return new Builder(id, titleFr, titleEn);
  }

  /** Builds the catalogue's templates. */
  static final class Builder {
    private final String id;
    private final Text title;
    private Text summary;
    private String inspiredBy;
    private final List<TypicalDataset> datasets = new ArrayList<>();
    private final List<OpenQuestion> questions = new ArrayList<>();
    private final Map<String, Consumer<AiUsage.Builder>> answers = new LinkedHashMap<>();
    private Consumer<AiUsage.Builder> usage = u -> {};

    private Builder(String id, String titleFr, String titleEn) {
      this.id = Check.slug("id", id);
      this.title = Text.of(titleFr, titleEn);
    }

    Builder summary(String fr, String en) {
      this.summary = Text.of(fr, en);
      return this;
    }

    Builder inspiredBy(String value) {
      this.inspiredBy = value;
      return this;
    }

    Builder dataset(TypicalDataset value) {
      datasets.add(value);
      return this;
    }

    /** Adds an open question with an example answer, which shows how the commune answers it. */
    Builder question(OpenQuestion value, Consumer<AiUsage.Builder> exampleAnswer) {
      questions.add(value);
      answers.put(value.id(), exampleAnswer);
      return this;
    }

    Builder usage(Consumer<AiUsage.Builder> value) {
      this.usage = value;
      return this;
    }

    UsageTemplate build() {
      return new UsageTemplate(this);
    }
  }
}
