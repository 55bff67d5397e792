package eu.civicai.governance.org;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;

/**
 * A SIREN, the 9-digit identifier of a legal entity in the French business register (INSEE), whose
 * last digit is a Luhn check digit.
 *
 * @param value nine digits, without spaces
 */
public record Siren(String value) {

  /**
   * Checks the digits and the check digit.
   *
   * @throws InvalidInputException {@code siren.format} when not 9 digits, {@code siren.luhn} when
   *     the check digit is wrong
   */
  public Siren {
    Check.notNull("siren", value);
    if (!Luhn.allDigits(value, 9)) {
      throw new InvalidInputException("siren", "siren.format", value);
    }
    if (!Luhn.valid(value)) {
      throw new InvalidInputException("siren", "siren.luhn", value);
    }
  }

  /**
   * Parses a SIREN, ignoring spaces between digit groups ({@code "243 100 633"}).
   *
   * @param text the SIREN
   * @return the SIREN
   */
  public static Siren of(String text) {
    Check.notNull("siren", text);
    return new Siren(text.replace(" ", "").replace("\u00a0", ""));
  }

  @Override
  public String toString() {
    return value;
  }
}
