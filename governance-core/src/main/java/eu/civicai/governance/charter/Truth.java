package eu.civicai.governance.charter;

/**
 * Three-valued truth, combined by Kleene's strong logic: an unknown operand leaves the result
 * unknown unless the other operand decides it ({@code FALSE and UNKNOWN} is {@code FALSE}).
 * Internal to evaluation: users see {@link Outcome}.
 */
enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  /** Returns {@code TRUE} or {@code FALSE}. */
  static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** Kleene conjunction. */
  Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
  }

  /** Kleene disjunction. */
  Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
  }

  /** Kleene negation: unknown stays unknown. */
  Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
