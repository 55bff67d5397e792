package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** The event a retention period counts from. */
public enum RetentionTrigger implements Labelled {
  /** The first collection, import or derivation recorded in the ledger. */
  COLLECTION("Collecte", "Collection"),
  /**
   * The last use (training, inference, sharing, publication, transformation), or the collection
   * when never used.
   */
  LAST_USE("Dernière utilisation", "Last use"),
  /** The last RETENTION_TRIGGERED event (end of a contract, of a file). */
  END_OF_RELATIONSHIP("Fin de la relation", "End of the relationship"),
  /** The last RETENTION_TRIGGERED event, for the event named by the rule. */
  NAMED_EVENT("Événement nommé", "Named event");

  private final String labelFr;
  private final String labelEn;

  RetentionTrigger(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
