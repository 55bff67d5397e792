package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.DataFacts.*;
import static eu.civicai.governance.charter.SystemFacts.*;

import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.charter.BooleanFact;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.Fact;

/** Conditions shared by the built-in charters, so that the same rule reads the same everywhere. */
final class Parts {
  /** Every personal dataset of the usage states its legal basis (GDPR Art. 6). */
  static final Condition LEGAL_BASIS_FOR_PERSONAL_DATA =
      DATASETS.all(DATASET_PERSONAL.isFalse().or(DATASET_LEGAL_BASIS.known()));

  /** No personal dataset is stored outside the EU without a safeguarded transfer (Chapter V). */
  static final Condition NO_UNSAFEGUARDED_TRANSFER =
      DATASETS.none(
          DATASET_PERSONAL
              .isTrue()
              .and(DATASET_STORAGE_REGION.is(HostingRegion.OUTSIDE_EU))
              .and(DATASET_TRANSFERS_SAFEGUARDED.isFalse()));

  /** The system runs in France or elsewhere in the EU. */
  static final Condition HOSTED_IN_EU = HOSTING_REGION.in(HostingRegion.FRANCE, HostingRegion.EU);

  private Parts() {}

  /**
   * Holds when the fact is filled; fails when its part of the record is filled but not the fact; is
   * unknown when the whole part is missing. A record at its first committee lacks whole parts
   * (unknown), a record that documents its purpose but not its goal has a gap (not satisfied).
   */
  static Condition filled(BooleanFact part, Fact fact) {
    return fact.known().or(part.stated().negate());
  }
}
