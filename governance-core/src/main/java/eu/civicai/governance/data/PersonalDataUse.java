package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import java.time.Instant;

/**
 * A use of personal data by an AI usage, from the ledger.
 *
 * @param usage the AI usage
 * @param dataset the dataset
 * @param level the personal data level
 * @param kind training or inference
 * @param purpose the purpose
 * @param sequence the entry
 * @param at when
 */
public record PersonalDataUse(
    UsageId usage,
    DatasetId dataset,
    PersonalDataLevel level,
    EventKind kind,
    String purpose,
    long sequence,
    Instant at) {

  /** Checks the components; see the class description for the rules. */
  public PersonalDataUse {
    Check.notNull("usage", usage);
    Check.notNull("dataset", dataset);
    Check.notNull("level", level);
    Check.notNull("kind", kind);
    Check.notNull("purpose", purpose);
    Check.notNull("at", at);
  }
}
