package eu.civicai.governance.aiact;

import java.util.List;
import java.util.Locale;

/**
 * A question the record must answer before the classification can conclude, with the field that
 * answers it and the articles or annex points that ask it.
 */
public enum Question {
  /** Art. 3(1): is it an AI system at all? */
  AI_SYSTEM("aiAct.aiSystem", "Art. 3(1)"),
  /** Art. 2: does an exclusion put it outside the Act? */
  SCOPE("aiAct.article2Exclusion", "Art. 2"),
  /** Art. 3(3), 3(4) and 25: is the authority the provider, the deployer, or both? */
  ROLE("aiAct.role", "Art. 3(3)", "Art. 3(4)", "Art. 25"),
  /** Art. 5(1): answer each screening question. */
  ART_5_SCREENING("aiAct.prohibitedPractices", "Art. 5(1)"),
  /** Art. 5(1)(h): which objective, if any, the real-time identification is necessary for. */
  ART_5_1_H_EXCEPTION(
      "aiAct.realTimeBiometricException",
      "Art. 5(1)(h)(i)",
      "Art. 5(1)(h)(ii)",
      "Art. 5(1)(h)(iii)"),
  /** Art. 6(1) and Annex I: safety component of a product, or a product, under Annex I? */
  ANNEX_I_SAFETY_COMPONENT("aiAct.annexIProductSafetyComponent", "Art. 6(1)", "Annex I"),
  /** Art. 6(2) and Annex III: which point and letter, if any? */
  ANNEX_III_POINT("aiAct.annexIiiPoint", "Art. 6(2)", "Annex III"),
  /** Annex III, point 1: which letter? */
  BIOMETRIC_POINT(
      "aiAct.annexIiiPoint",
      "Annex III, point 1(a)",
      "Annex III, point 1(b)",
      "Annex III, point 1(c)"),
  /** Annex III, point 2: a safety component of critical infrastructure? */
  CRITICAL_INFRASTRUCTURE_SAFETY_COMPONENT(
      "aiAct.criticalInfrastructureSafetyComponent", "Annex III, point 2", "Art. 3(14)"),
  /** Art. 6(3): does it profile natural persons? */
  PROFILING("decision.profiling", "Art. 6(3)"),
  /** Art. 26(11) and 86: does it take or support decisions about natural persons? */
  CONCERNS_INDIVIDUALS("decision.concernsIndividuals", "Art. 26(11)", "Art. 86"),
  /** Art. 50(1): do people interact with it directly? */
  INTERACTS_WITH_PUBLIC("decision.interactsWithPublic", "Art. 50(1)"),
  /** Art. 50(2) and 50(4): does it generate or manipulate content? */
  GENERATES_CONTENT("decision.generatesContent", "Art. 50(2)", "Art. 50(4)"),
  /** Art. 50(2): only an assistive function for standard editing? */
  ASSISTIVE_EDITING("aiAct.assistiveEditingOnly", "Art. 50(2)"),
  /** Art. 50(3): emotion recognition or biometric categorisation of the persons exposed? */
  EMOTION_OR_BIOMETRIC_CATEGORISATION(
      "aiAct.emotionRecognitionOrBiometricCategorisation", "Art. 50(3)"),
  /** Art. 50(4): a deep fake? */
  DEEP_FAKE("aiAct.deepFake", "Art. 50(4)"),
  /** Art. 50(4): text published to inform the public on matters of public interest? */
  PUBLIC_INTEREST_TEXT("aiAct.publicInterestText", "Art. 50(4)"),
  /** Art. 50(4): human review or editorial control, under someone's editorial responsibility? */
  EDITORIAL_RESPONSIBILITY("aiAct.editorialResponsibility", "Art. 50(4)");

  private final String field;
  private final List<String> articles;

  Question(String field, String... articles) {
    this.field = field;
    this.articles = List.of(articles);
  }

  /** Returns the field of the usage record that answers it. */
  public String field() {
    return field;
  }

  /** Returns the articles and annex points that ask it, in the canonical form. */
  public List<String> articles() {
    return articles;
  }

  /**
   * Returns the question in French or English, naming the articles that ask it.
   *
   * @param locale the locale; French for {@code fr}, English otherwise
   * @return the question
   */
  public String ask(Locale locale) {
    return Texts.format(locale, "question." + name(), Citations.render(articles, locale), field);
  }
}
