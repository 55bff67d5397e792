package eu.civicai.governance.aiact;

import java.util.List;

/** Why the classifier concluded what it did, each with the articles usually behind it. */
public enum ReasonCode {
  /** The authority's role, as declared. */
  ROLE("Art. 3(3)", "Art. 3(4)"),
  /** Declared an AI system. */
  AI_SYSTEM("Art. 3(1)"),
  /** An AI system by its declared techniques (machine learning, neural networks, generative). */
  AI_SYSTEM_BY_TECHNIQUE("Art. 3(1)"),
  /** Not an AI system: the Act does not apply. */
  NOT_AN_AI_SYSTEM("Art. 3(1)"),
  /** An exclusion of Art. 2 applies: the Act does not apply. */
  OUTSIDE_SCOPE("Art. 2"),
  /** The usage does a practice Art. 5(1) prohibits. */
  PROHIBITED_PRACTICE("Art. 5(1)"),
  /** It does a practice whose prohibition does not apply yet on the day of the classification. */
  PROHIBITION_NOT_YET_APPLICABLE("Art. 5(1)", "Art. 113"),
  /** Every Art. 5(1) screening question was answered no. */
  SCREENING_CLEAR("Art. 5(1)"),
  /** Real-time remote biometric identification claimed under an exception of Art. 5(1)(h). */
  REAL_TIME_BIOMETRIC_EXCEPTION("Art. 5(1)(h)", "Art. 5(2)", "Art. 5(3)", "Art. 5(5)"),
  /** A product, or the safety component of a product, under Annex I. */
  ANNEX_I_PRODUCT("Art. 6(1)", "Annex I"),
  /** The usage falls under a point of Annex III. */
  ANNEX_III_AREA("Art. 6(2)", "Annex III"),
  /** Annex III, point 2 covers safety components only, which this is not. */
  NOT_A_SAFETY_COMPONENT("Annex III, point 2", "Art. 3(14)"),
  /** It profiles natural persons, so no Art. 6(3) exemption applies. */
  PROFILING_OVERRIDE("Art. 6(3)"),
  /** An Art. 6(3) condition is claimed and it does not profile: not high-risk. */
  EXEMPTION_CLAIMED("Art. 6(3)"),
  /** It falls under no point of Annex III. */
  OUTSIDE_ANNEX_III("Art. 6(2)", "Annex III"),
  /** Systems in use before the high-risk date comply by 2 August 2030 (public authorities). */
  PUBLIC_AUTHORITY_TRANSITION("Art. 111(2)"),
  /** People interact with it directly: the provider designs it to tell them. */
  INTERACTS_WITH_PEOPLE("Art. 50(1)"),
  /** People interact with it; the duty is its provider's, not the deploying authority's. */
  INTERACTION_DISCLOSED_BY_PROVIDER("Art. 50(1)"),
  /** It generates synthetic audio, image, video or text: the provider marks it. */
  GENERATES_CONTENT("Art. 50(2)"),
  /** It generates content; the marking is its provider's duty, not the deployer's. */
  MARKING_BY_PROVIDER("Art. 50(2)"),
  /** Only an assistive function for standard editing: no marking duty. */
  ASSISTIVE_EDITING("Art. 50(2)"),
  /** It exposes people to emotion recognition or biometric categorisation. */
  BIOMETRIC_EXPOSURE("Art. 50(3)"),
  /** It generates or manipulates a deep fake. */
  DEEP_FAKE("Art. 50(4)"),
  /** It generates text published to inform the public on matters of public interest. */
  PUBLIC_INTEREST_TEXT("Art. 50(4)"),
  /** That text is reviewed under someone's editorial responsibility: no disclosure duty. */
  EDITORIAL_EXCEPTION("Art. 50(4)"),
  /** Generated text is not published to inform the public: Art. 50(4) does not apply to it. */
  TEXT_NOT_PUBLISHED("Art. 50(4)"),
  /** Built on a general-purpose AI model: Chapter V duties are the model provider's. */
  GENERAL_PURPOSE_MODEL("Art. 53", "Art. 55"),
  /** No Art. 50 situation binds the authority in its role. */
  NO_TRANSPARENCY_TRIGGER("Art. 50");

  private final List<String> articles;

  ReasonCode(String... articles) {
    this.articles = List.of(articles);
  }

  /** Returns the articles usually behind this reason, in the canonical form. */
  public List<String> articles() {
    return articles;
  }
}
