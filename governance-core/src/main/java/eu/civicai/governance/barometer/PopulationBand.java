package eu.civicai.governance.barometer;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * A band of population (INSEE municipal population) for the barometer, with a boundary at 50,000
 * inhabitants, below which communes lag behind (Interconnectés barometer). Each band includes its
 * lower bound and excludes its upper one: 3,500 is in {@link #FROM_3500_TO_10000}, 50,000 in {@link
 * #FROM_50000_TO_200000}.
 */
public enum PopulationBand implements Labelled {
  /** Fewer than 3,500 inhabitants. */
  UNDER_3500(0, 3_500, "Moins de 3 500 habitants", "Under 3,500 inhabitants"),
  /** From 3,500 to fewer than 10,000. */
  FROM_3500_TO_10000(3_500, 10_000, "3 500 à 10 000 habitants", "3,500 to 10,000 inhabitants"),
  /** From 10,000 to fewer than 50,000. */
  FROM_10000_TO_50000(10_000, 50_000, "10 000 à 50 000 habitants", "10,000 to 50,000 inhabitants"),
  /** From 50,000 to fewer than 200,000. */
  FROM_50000_TO_200000(
      50_000, 200_000, "50 000 à 200 000 habitants", "50,000 to 200,000 inhabitants"),
  /** 200,000 inhabitants and more. */
  FROM_200000(200_000, Long.MAX_VALUE, "200 000 habitants et plus", "200,000 inhabitants and more"),
  /** The population is not known. */
  UNKNOWN(-1, -1, "Population inconnue", "Population unknown");

  private final long from;
  private final long below;
  private final String labelFr;
  private final String labelEn;

  PopulationBand(long from, long below, String labelFr, String labelEn) {
    this.from = from;
    this.below = below;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /**
   * Returns the band of a population.
   *
   * @param population the number of inhabitants, not negative; null when unknown
   * @return the band, {@link #UNKNOWN} for null
   * @throws InvalidInputException {@code min} when the population is negative
   */
  public static PopulationBand of(@Nullable Long population) {
    if (population == null) {
      return UNKNOWN;
    }
    if (population < 0) {
      throw new InvalidInputException("population", "min", population, 0);
    }
    for (PopulationBand band : values()) {
      if (population >= band.from && population < band.below) {
        return band;
      }
    }
    return FROM_200000; // Long.MAX_VALUE itself
  }

  /**
   * Returns whether the band lies below 50,000 inhabitants, or null for {@link #UNKNOWN}.
   *
   * @return true below 50,000, false from 50,000, null when unknown
   */
  public @Nullable Boolean under50000() {
    return this == UNKNOWN ? null : below <= 50_000;
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
