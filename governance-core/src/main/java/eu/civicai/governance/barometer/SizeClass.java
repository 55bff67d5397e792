package eu.civicai.governance.barometer;

import eu.civicai.governance.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The two sides of the 50,000-inhabitant boundary, below which communes lag behind (Interconnectés
 * barometer). Authorities whose population is unknown are on neither side.
 */
public enum SizeClass implements Labelled {
  /** Fewer than 50,000 inhabitants: the first three population bands. */
  UNDER_50000("Moins de 50 000 habitants", "Under 50,000 inhabitants"),
  /** 50,000 inhabitants and more: the last two population bands. */
  FROM_50000("50 000 habitants et plus", "50,000 inhabitants and more");

  private final String labelFr;
  private final String labelEn;

  SizeClass(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /**
   * Returns the side of the boundary a band lies on.
   *
   * @param band the band, not null
   * @return its side, or null for {@link PopulationBand#UNKNOWN}
   */
  public static @Nullable SizeClass of(PopulationBand band) {
    Boolean under = eu.civicai.governance.internal.Check.notNull("band", band).under50000();
    return under == null ? null : under ? UNDER_50000 : FROM_50000;
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
