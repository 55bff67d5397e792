package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;

/** A question the record must answer before the classification can conclude. */
public enum Question {
  /** Answer each Art. 5(1) screening question. */
  ART_5_SCREENING("aiAct.prohibitedPractices"),
  /** Say which Annex III area the usage falls in, or none. */
  ANNEX_III_AREA("aiAct.annexIiiArea"),
  /** Say whether the system profiles natural persons. */
  PROFILING("decision.profiling"),
  /** Say whether people interact with the system directly. */
  INTERACTS_WITH_PUBLIC("decision.interactsWithPublic"),
  /** Say whether the system generates content. */
  GENERATES_CONTENT("decision.generatesContent");

  private final String field;

  Question(String field) {
    this.field = field;
  }

  /** Returns the field of the usage record that answers it. */
  public String field() {
    return field;
  }

  /** Returns the question in French or English. */
  public String ask(Locale locale) {
    return Messages.format(locale, "aiact.question." + name(), field, List.of());
  }
}
