package eu.civicai.governance.store;

import eu.civicai.governance.spi.TenantId;

/** Valid SIRENs for tests: eight digits from a seed and the Luhn check digit. */
final class Tenants {
  private Tenants() {}

  static TenantId tenant(int seed) {
    String body = String.format(java.util.Locale.ROOT, "%08d", seed);
    for (int check = 0; check <= 9; check++) {
      String candidate = body + check;
      if (luhn(candidate)) {
        return TenantId.of(candidate);
      }
    }
    throw new AssertionError("no check digit for " + body);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
