package eu.civicai.governance.aiact;

import java.time.LocalDate;

/**
 * The dates from which the provisions of the EU AI Act apply, as Art. 111 and 113 of Regulation
 * (EU) 2024/1689 read after their amendment by Regulation (EU) 2026/1744 (the "Digital Omnibus on
 * AI"). See docs/aiact.md for the sources and for the reading of each date.
 */
public final class AiActDates {
  /** Chapters I and II: AI literacy (Art. 4) and the prohibitions of Art. 5(1)(a) to (h). */
  public static final LocalDate CHAPTERS_I_AND_II = LocalDate.of(2025, 2, 2);

  /** Chapter V: obligations of providers of general-purpose AI models. */
  public static final LocalDate GENERAL_PURPOSE_AI_MODELS = LocalDate.of(2025, 8, 2);

  /** The general date of application, and of the transparency obligations of Art. 50. */
  public static final LocalDate GENERAL = LocalDate.of(2026, 8, 2);

  /**
   * The prohibitions inserted in 2026 (Art. 5(1)(ba) and (bb)), and the end of the grace period of
   * Art. 111(4) for the marking of Art. 50(2) by systems placed on the market before 2 August 2026.
   */
  public static final LocalDate NEW_PROHIBITIONS_AND_MARKING_GRACE = LocalDate.of(2026, 12, 2);

  /** Chapter III, Sections 1 to 3, for the high-risk systems of Annex III (Art. 6(2)). */
  public static final LocalDate HIGH_RISK_ANNEX_III = LocalDate.of(2027, 12, 2);

  /** Chapter III, Sections 1 to 3, for the high-risk systems of Annex I (Art. 6(1)). */
  public static final LocalDate HIGH_RISK_ANNEX_I = LocalDate.of(2028, 8, 2);

  /**
   * Art. 111(2): high-risk systems intended to be used by public authorities and put into service
   * before the high-risk date comply by this date.
   */
  public static final LocalDate PUBLIC_AUTHORITY_LEGACY = LocalDate.of(2030, 8, 2);

  private AiActDates() {}
}
