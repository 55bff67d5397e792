package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * Whether the usage falls outside the EU AI Act under one of the exclusions of its Art. 2 that a
 * public authority can meet; {@link #NONE} when none applies. An excluded tool gets no AI Act duty.
 */
public enum Article2Exclusion implements Labelled {
  /** No exclusion applies: the Act applies. */
  NONE("Aucune exclusion", "No exclusion", null),
  MILITARY_DEFENCE_NATIONAL_SECURITY(
      "Fins militaires, de défense ou de sécurité nationale (art. 2, § 3)",
      "Military, defence or national security purposes (Art. 2(3))",
      "Art. 2(3)"),
  THIRD_COUNTRY_PUBLIC_AUTHORITY(
      "Autorité publique d'un pays tiers ou organisation internationale (art. 2, § 4)",
      "Public authority of a third country or international organisation (Art. 2(4))",
      "Art. 2(4)"),
  SCIENTIFIC_RESEARCH(
      "Développé et mis en service aux seules fins de la recherche scientifique (art. 2, § 6)",
      "Developed and put into service for the sole purpose of scientific research (Art. 2(6))",
      "Art. 2(6)"),
  RESEARCH_AND_TESTING_BEFORE_SERVICE(
      "Recherche, essais ou développement avant la mise en service (art. 2, § 8)",
      "Research, testing or development before being put into service (Art. 2(8))",
      "Art. 2(8)"),
  PERSONAL_NON_PROFESSIONAL(
      "Activité purement personnelle et non professionnelle (art. 2, § 10)",
      "Purely personal non-professional activity (Art. 2(10))",
      "Art. 2(10)"),
  /** Asked, not known yet. */
  UNKNOWN("Inconnu", "Unknown", null);

  private final String labelFr;
  private final String labelEn;
  private final String article;

  Article2Exclusion(String labelFr, String labelEn, String article) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.article = article;
  }

  /** Returns the paragraph of Art. 2 that excludes the usage, or null for NONE and UNKNOWN. */
  public @Nullable String article() {
    return article;
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
