package eu.civicai.governance.aiact;

import java.util.List;

/** Why the classifier concluded what it did, each with the articles behind it. */
public enum ReasonCode {
  /** The usage does a practice Art. 5(1) prohibits. */
  PROHIBITED_PRACTICE("Art. 5(1)"),
  /** Every Art. 5(1) screening question was answered no. */
  SCREENING_CLEAR("Art. 5(1)"),
  /** The usage falls in an Annex III area. */
  ANNEX_III_AREA("Art. 6(2)", "Annex III"),
  /** It profiles natural persons, so no Art. 6(3) exemption applies. */
  PROFILING_OVERRIDE("Art. 6(3)"),
  /** An Art. 6(3) condition is claimed and it does not profile: not high-risk. */
  EXEMPTION_CLAIMED("Art. 6(3)"),
  /** It falls in no Annex III area. */
  OUTSIDE_ANNEX_III("Art. 6(2)"),
  /** People interact with it directly. */
  INTERACTS_WITH_PEOPLE("Art. 50(1)"),
  /** It generates synthetic text, images, audio or video. */
  GENERATES_CONTENT("Art. 50(2)", "Art. 50(4)"),
  /** It exposes people to biometric categorisation or emotion recognition. */
  BIOMETRIC_EXPOSURE("Art. 50(3)"),
  /** No Art. 50 situation applies. */
  NO_TRANSPARENCY_TRIGGER("Art. 50");

  private final List<String> articles;

  ReasonCode(String... articles) {
    this.articles = List.of(articles);
  }

  /** Returns the articles behind this reason. */
  public List<String> articles() {
    return articles;
  }
}
