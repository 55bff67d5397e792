package eu.civicai.governance.json;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.assessment.ImpactQuestionnaire;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document of the JSON format, each named in the {@code type} field of a document and
 * described by a JSON Schema shipped in the jar ({@link #schemaResource()}).
 *
 * @param <T> the Java type of the document's content
 */
public final class DocumentType<T> {
  /** An AI usage record. */
  public static final DocumentType<AiUsage> USAGE = new DocumentType<>("usage", AiUsage.class);

  /** A dataset. */
  public static final DocumentType<Dataset> DATASET = new DocumentType<>("dataset", Dataset.class);

  /** A register: usages and datasets; may be streamed. */
  public static final DocumentType<RegisterDocument> REGISTER =
      new DocumentType<>("register", RegisterDocument.class);

  /** A lifecycle event. */
  public static final DocumentType<LifecycleEvent> LIFECYCLE_EVENT =
      new DocumentType<>("lifecycleEvent", LifecycleEvent.class);

  /** One entry of a ledger: a line of a ledger file after its header line. */
  public static final DocumentType<LedgerEntry> LEDGER_ENTRY =
      new DocumentType<>("ledgerEntry", LedgerEntry.class);

  /** A ledger checkpoint. */
  public static final DocumentType<Checkpoint> CHECKPOINT =
      new DocumentType<>("checkpoint", Checkpoint.class);

  /** A charter, with its conditions as data. */
  public static final DocumentType<Charter> CHARTER = new DocumentType<>("charter", Charter.class);

  /** A waiver. */
  public static final DocumentType<Waiver> WAIVER = new DocumentType<>("waiver", Waiver.class);

  /** An evaluation report. */
  public static final DocumentType<EvaluationReport> EVALUATION_REPORT =
      new DocumentType<>("evaluationReport", EvaluationReport.class);

  /** An AI Act classification. */
  public static final DocumentType<AiActClassification> AI_ACT_CLASSIFICATION =
      new DocumentType<>("aiActClassification", AiActClassification.class);

  /** A list of waivers, as a committee keeps them. */
  public static final DocumentType<WaiverList> WAIVERS =
      new DocumentType<>("waivers", WaiverList.class);

  /** The evaluation of a whole register: reports, classifications and a summary. */
  public static final DocumentType<PortfolioReport> PORTFOLIO_REPORT =
      new DocumentType<>("portfolioReport", PortfolioReport.class);

  /** An authority's AI strategy: roadmap, acculturation, work effects, watch committee. */
  public static final DocumentType<Strategy> STRATEGY =
      new DocumentType<>("strategy", Strategy.class);

  /**
   * An impact questionnaire: questions as data, in the manner of Canada's Algorithmic Impact
   * Assessment (issue 23).
   */
  public static final DocumentType<ImpactQuestionnaire> IMPACT_QUESTIONNAIRE =
      new DocumentType<>("impactQuestionnaire", ImpactQuestionnaire.class);

  private static final List<DocumentType<?>> ALL =
      List.of(
          USAGE,
          DATASET,
          REGISTER,
          LIFECYCLE_EVENT,
          LEDGER_ENTRY,
          CHECKPOINT,
          CHARTER,
          WAIVER,
          WAIVERS,
          EVALUATION_REPORT,
          PORTFOLIO_REPORT,
          AI_ACT_CLASSIFICATION,
          STRATEGY,
          IMPACT_QUESTIONNAIRE);

  private final String name;
  private final Class<T> javaType;

  private DocumentType(String name, Class<T> javaType) {
    this.name = name;
    this.javaType = javaType;
  }

  /** Returns every document type. */
  public static List<DocumentType<?>> all() {
    return ALL;
  }

  /** Returns the document type with this name, if any. */
  public static Optional<DocumentType<?>> named(String name) {
    return ALL.stream().filter(t -> t.name.equals(name)).findFirst();
  }

  /** Returns the name written in the {@code type} field. */
  public String name() {
    return name;
  }

  /** Returns the Java type of the content. */
  public Class<T> javaType() {
    return javaType;
  }

  /** Returns the class-path resource of the document's JSON Schema (draft 2020-12). */
  public String schemaResource() {
    return "/eu/civicai/governance/json/schema/" + name + ".schema.json";
  }

  @Override
  public String toString() {
    return name;
  }
}
