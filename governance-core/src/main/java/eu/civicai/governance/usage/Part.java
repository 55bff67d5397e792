package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;
import eu.civicai.governance.Visibility;

/** The parts of a usage record, each published or restricted as a whole. */
public enum Part implements Labelled {
  IDENTITY("Identité", "Identity"),
  CONTACTS("Contacts", "Contacts"),
  STATUS("Statut", "Status"),
  PURPOSE("Finalité", "Purpose"),
  SYSTEM("Système", "System"),
  DECISION("Décision", "Decision"),
  AI_ACT("Règlement IA", "AI Act"),
  DATA_USE("Données", "Data use"),
  RISKS("Risques", "Risks"),
  IMPACTS("Impacts", "Impacts"),
  FOOTPRINT("Empreinte", "Footprint"),
  BENEFITS("Bénéfices", "Benefits"),
  GOVERNANCE("Gouvernance", "Governance"),
  TRANSPARENCY("Transparence", "Transparency"),
  FUNDING("Financement", "Funding");

  private final String labelFr;
  private final String labelEn;

  Part(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /**
   * Returns the visibility of this part when the record does not say: restricted for the parts the
   * Interconnectés library restricts to its members (contacts, system, data use, risks, footprint,
   * funding), public otherwise.
   */
  public Visibility defaultVisibility() {
    return switch (this) {
      case CONTACTS, SYSTEM, DATA_USE, RISKS, FOOTPRINT, FUNDING -> Visibility.RESTRICTED;
      default -> Visibility.PUBLIC;
    };
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
