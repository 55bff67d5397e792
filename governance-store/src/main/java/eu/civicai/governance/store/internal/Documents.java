package eu.civicai.governance.store.internal;

import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;

/** The stored form of records: the library's versioned JSON documents. Thread-safe. */
public final class Documents {
  private final GovernanceJson json = GovernanceJson.create();

  /** Writes a usage. */
  public String write(AiUsage usage) {
    return json.write(DocumentType.USAGE, usage);
  }

  /** Reads a usage. */
  public AiUsage usage(String document) {
    return json.read(DocumentType.USAGE, document);
  }

  /** Writes a dataset. */
  public String write(Dataset dataset) {
    return json.write(DocumentType.DATASET, dataset);
  }

  /** Reads a dataset. */
  public Dataset dataset(String document) {
    return json.read(DocumentType.DATASET, document);
  }

  /** Writes a waiver. */
  public String write(Waiver waiver) {
    return json.write(DocumentType.WAIVER, waiver);
  }

  /** Reads a waiver. */
  public Waiver waiver(String document) {
    return json.read(DocumentType.WAIVER, document);
  }

  /** Writes an evaluation report. */
  public String write(EvaluationReport report) {
    return json.write(DocumentType.EVALUATION_REPORT, report);
  }

  /** Reads an evaluation report. */
  public EvaluationReport report(String document) {
    return json.read(DocumentType.EVALUATION_REPORT, document);
  }

  /** Writes an authority's strategy. */
  public String write(Strategy strategy) {
    return json.write(DocumentType.STRATEGY, strategy);
  }

  /** Reads an authority's strategy. */
  public Strategy strategy(String document) {
    return json.read(DocumentType.STRATEGY, document);
  }

  /** Writes a ledger entry as one JSON line, the ledger file's format. */
  public String write(LedgerEntry entry) {
    return json.writeLedgerEntry(entry);
  }

  /** Reads a ledger entry. */
  public LedgerEntry entry(String line, long sequence) {
    return json.readLedgerEntry(line, sequence);
  }
}
