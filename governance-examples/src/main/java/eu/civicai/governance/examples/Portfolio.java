package eu.civicai.governance.examples;

import java.util.Locale;

/** The README's main job: runs the territorial examples end to end. */
public final class Portfolio {
  private Portfolio() {}

  /**
   * Runs the examples.
   *
   * @param args unused for now
   */
  public static void main(String[] args) {
    DocumentAUsage.main(args);
    DetectATampering.run(Locale.FRENCH);
  }
}
