package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;

/** What a public deployer must do, by article of the EU AI Act. */
public enum Obligation {
  STOP_PROHIBITED_PRACTICE("Art. 5"),
  AI_LITERACY("Art. 4"),
  USE_PER_INSTRUCTIONS("Art. 26(1)"),
  HUMAN_OVERSIGHT("Art. 26(2)", "Art. 14"),
  INPUT_DATA_RELEVANCE("Art. 26(4)"),
  MONITORING("Art. 26(5)"),
  KEEP_LOGS("Art. 26(6)"),
  INFORM_WORKERS("Art. 26(7)"),
  INFORM_AFFECTED_PERSONS("Art. 26(11)"),
  FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT("Art. 27"),
  REGISTRATION("Art. 49(3)", "Annex VIII, Section C"),
  EXPLANATION_ON_REQUEST("Art. 86"),
  DISCLOSE_AI_INTERACTION("Art. 50(1)"),
  MARK_SYNTHETIC_CONTENT("Art. 50(2)", "Art. 50(4)"),
  INFORM_BIOMETRIC_EXPOSURE("Art. 50(3)");

  private final List<String> articles;

  Obligation(String... articles) {
    this.articles = List.of(articles);
  }

  /** Returns the articles the obligation comes from. */
  public List<String> articles() {
    return articles;
  }

  /** Returns what the obligation asks, in French or English. */
  public String describe(Locale locale) {
    return Messages.format(locale, "aiact.obligation." + name(), "", List.of());
  }
}
