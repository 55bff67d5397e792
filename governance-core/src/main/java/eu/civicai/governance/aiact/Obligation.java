package eu.civicai.governance.aiact;

import eu.civicai.governance.usage.AiActRole;
import java.util.List;
import java.util.Locale;

/**
 * What the EU AI Act asks of a provider or a deployer, by article. Which of them apply to a usage,
 * from which date, is in {@link AiActClassification#duties()}.
 */
public enum Obligation {
  /** Art. 5: the practice may not be placed on the market, put into service or used. */
  STOP_PROHIBITED_PRACTICE(AiActRole.PROVIDER_AND_DEPLOYER, "Art. 5(1)"),
  /** Art. 4, as replaced in 2026: measures to support the AI literacy of staff. */
  AI_LITERACY(AiActRole.PROVIDER_AND_DEPLOYER, "Art. 4"),
  /** Art. 5(2) to (5): conditions of the exceptions of Art. 5(1)(h). */
  REAL_TIME_BIOMETRIC_AUTHORISATION(
      AiActRole.DEPLOYER, "Art. 5(2)", "Art. 5(3)", "Art. 5(4)", "Art. 5(5)"),
  /** Art. 16: the obligations of providers of high-risk systems (requirements of Art. 8–15). */
  PROVIDER_OBLIGATIONS(AiActRole.PROVIDER, "Art. 16", "Art. 8–15"),
  QUALITY_MANAGEMENT_SYSTEM(AiActRole.PROVIDER, "Art. 17"),
  DOCUMENTATION_KEEPING(AiActRole.PROVIDER, "Art. 18"),
  PROVIDER_LOGS(AiActRole.PROVIDER, "Art. 19"),
  CORRECTIVE_ACTIONS(AiActRole.PROVIDER, "Art. 20"),
  CONFORMITY_ASSESSMENT(AiActRole.PROVIDER, "Art. 43"),
  EU_DECLARATION_OF_CONFORMITY(AiActRole.PROVIDER, "Art. 47"),
  PROVIDER_REGISTRATION(AiActRole.PROVIDER, "Art. 49(1)"),
  /** Art. 6(4): a provider relying on Art. 6(3) documents its assessment and registers. */
  DOCUMENT_NOT_HIGH_RISK_ASSESSMENT(AiActRole.PROVIDER, "Art. 6(4)", "Art. 49(2)"),
  USE_PER_INSTRUCTIONS(AiActRole.DEPLOYER, "Art. 26(1)"),
  HUMAN_OVERSIGHT(AiActRole.DEPLOYER, "Art. 26(2)"),
  INPUT_DATA_RELEVANCE(AiActRole.DEPLOYER, "Art. 26(4)"),
  MONITORING(AiActRole.DEPLOYER, "Art. 26(5)"),
  KEEP_LOGS(AiActRole.DEPLOYER, "Art. 26(6)"),
  INFORM_WORKERS(AiActRole.DEPLOYER, "Art. 26(7)"),
  CHECK_EU_DATABASE_REGISTRATION(AiActRole.DEPLOYER, "Art. 26(8)"),
  POST_REMOTE_BIOMETRIC_AUTHORISATION(AiActRole.DEPLOYER, "Art. 26(10)"),
  INFORM_AFFECTED_PERSONS(AiActRole.DEPLOYER, "Art. 26(11)"),
  FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT(AiActRole.DEPLOYER, "Art. 27"),
  REGISTRATION(AiActRole.DEPLOYER, "Art. 49(3)"),
  EXPLANATION_ON_REQUEST(AiActRole.DEPLOYER, "Art. 86"),
  DISCLOSE_AI_INTERACTION(AiActRole.PROVIDER, "Art. 50(1)"),
  MARK_SYNTHETIC_CONTENT(AiActRole.PROVIDER, "Art. 50(2)"),
  INFORM_BIOMETRIC_EXPOSURE(AiActRole.DEPLOYER, "Art. 50(3)"),
  DISCLOSE_DEEP_FAKE(AiActRole.DEPLOYER, "Art. 50(4)"),
  DISCLOSE_GENERATED_TEXT(AiActRole.DEPLOYER, "Art. 50(4)"),
  /** Chapter V: the authority itself provides a general-purpose AI model. */
  GENERAL_PURPOSE_MODEL_PROVIDER(AiActRole.PROVIDER, "Art. 53");

  private final AiActRole bearer;
  private final List<String> articles;

  Obligation(AiActRole bearer, String... articles) {
    this.bearer = bearer;
    this.articles = List.of(articles);
  }

  /** Returns who bears the obligation: PROVIDER, DEPLOYER or PROVIDER_AND_DEPLOYER (both). */
  public AiActRole bearer() {
    return bearer;
  }

  /** Returns the articles the obligation comes from, in the canonical form ("Art. 26(6)"). */
  public List<String> articles() {
    return articles;
  }

  /**
   * Returns what the obligation asks, in French or English.
   *
   * @param locale the locale; French for {@code fr}, English otherwise
   * @return the text
   */
  public String describe(Locale locale) {
    return Texts.get(locale, "obligation." + name());
  }
}
