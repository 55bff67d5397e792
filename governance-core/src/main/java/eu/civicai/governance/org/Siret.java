package eu.civicai.governance.org;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;

/**
 * A SIRET, the 14-digit identifier of an establishment: its {@link Siren} (9 digits) followed by a
 * 5-digit NIC. The whole number carries a Luhn check digit; the establishments of La Poste (SIREN
 * 356000000) may instead have digits that sum to a multiple of 5, as INSEE specifies.
 *
 * @param value fourteen digits, without spaces
 */
public record Siret(String value) {
  private static final String LA_POSTE = "356000000";

  /**
   * Checks the digits, the check digit and the SIREN it starts with.
   *
   * @throws InvalidInputException {@code siret.format} when not 14 digits, {@code siret.luhn} when
   *     the check digit is wrong
   */
  public Siret {
    Check.notNull("siret", value);
    if (!Luhn.allDigits(value, 14)) {
      throw new InvalidInputException("siret", "siret.format", value);
    }
    if (!Luhn.valid(value) && !(value.startsWith(LA_POSTE) && digitSum(value) % 5 == 0)) {
      throw new InvalidInputException("siret", "siret.luhn", value);
    }
  }

  /**
   * Parses a SIRET, ignoring spaces between digit groups ({@code "243 100 633 00019"}).
   *
   * @param text the SIRET
   * @return the SIRET
   */
  public static Siret of(String text) {
    Check.notNull("siret", text);
    return new Siret(text.replace(" ", "").replace("\u00a0", ""));
  }

  /** Returns the SIREN of the legal entity this establishment belongs to. */
  public Siren siren() {
    String siren = value.substring(0, 9);
    return siren.equals(LA_POSTE) || Luhn.valid(siren) ? new Siren(siren) : null;
  }

  /** Returns the first nine digits, the SIREN, as text (even when they alone fail the check). */
  public String sirenDigits() {
    return value.substring(0, 9);
  }

  @Override
  public String toString() {
    return value;
  }

  private static int digitSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digits.charAt(i) - '0';
    }
    return sum;
  }
}
