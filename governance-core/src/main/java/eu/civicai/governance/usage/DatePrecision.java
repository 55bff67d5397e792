package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * How exact a date is. A date known to the month only ("01/2024" in the Interconnectés library) is
 * held as the first day of that month with the precision {@link #MONTH}, so that it is written back
 * as a month and never read as the first of January.
 */
public enum DatePrecision implements Labelled {
  /** Exact to the day (what a date without a stated precision means). */
  DAY("au jour près", "to the day"),
  /** Known to the month only; the date is the first day of that month. */
  MONTH("au mois près", "to the month");

  private final String labelFr;
  private final String labelEn;

  DatePrecision(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
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
