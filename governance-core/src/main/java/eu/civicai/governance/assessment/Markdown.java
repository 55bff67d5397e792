package eu.civicai.governance.assessment;

/** Escapes text taken from a record so that Markdown shows it as written. */
final class Markdown {
  private Markdown() {}

  /**
   * Escapes the characters Markdown gives a meaning to, keeping line breaks as paragraph-internal
   * line breaks so that a text from the record never opens a heading or a list.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~' -> out.append('\\').append(c);
        case '-', '+' -> {
          if (lineStart) {
            out.append('\\');
          }
          out.append(c);
        }
        case '\r' -> {}
        case '\n' -> out.append("  \n");
        default -> out.append(c);
      }
      lineStart = c == '\n' || (lineStart && c == ' ');
    }
    return out.toString();
  }
}
