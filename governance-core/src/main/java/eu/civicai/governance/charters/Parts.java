package eu.civicai.governance.charters;

import eu.civicai.governance.charter.BooleanFact;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.Fact;

/** Conditions shared by the built-in charters. */
final class Parts {
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
