package eu.civicai.governance.usage;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.measure.Dimension;
import eu.civicai.governance.measure.Quantity;

/** Unit checks shared by the parts that hold quantities. */
final class Dimensions {
  private Dimensions() {}

  static void require(String field, Quantity quantity, Dimension dimension) {
    if (quantity != null && quantity.unit().dimension() != dimension) {
      throw new InvalidInputException(
          field, "unit.dimension", Messages.raw(quantity), Messages.raw(dimension.name()));
    }
  }

  static void requireSame(String field, Quantity quantity, String otherField, Quantity other) {
    if (quantity != null && other != null && !quantity.unit().convertibleTo(other.unit())) {
      throw new InvalidInputException(
          field,
          "unit.mismatchField",
          Messages.raw(quantity),
          Messages.raw(otherField),
          Messages.raw(other));
    }
  }
}
