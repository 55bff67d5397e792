package eu.civicai.governance.cli;

import java.util.Locale;

/**
 * Makes texts from documents safe where the command line writes them: a terminal never receives a
 * control character from a document (an ESC would let a name repaint the screen or set the window's
 * title), and Markdown never receives a line break or markup that would break a table, start a
 * list, or open HTML.
 *
 * <p>Control characters (C0, DEL, C1), lone surrogates, line and paragraph separators and the
 * bidirectional overrides that reorder what a reader sees are written as visible {@code \\u001b}
 * escapes; tabs and line breaks, allowed in multi-line texts, become a space, so that one value
 * stays on one line.
 */
final class Escape {
  private Escape() {}

  /** The longest diagnostic line written to stderr; longer ones are cut, marked with "…". */
  static final int MAX_DIAGNOSTIC = 2000;

  /** One value on one terminal line: no control character, no line break. */
  static String terminal(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      String replacement = replacement(text, i, c);
      if (replacement == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(replacement);
    }
    return out == null ? text : out.toString();
  }

  /** A diagnostic for stderr: as {@link #terminal}, cut to {@value #MAX_DIAGNOSTIC} characters. */
  static String diagnostic(Object value) {
    String safe = terminal(value);
    return safe.length() <= MAX_DIAGNOSTIC ? safe : safe.substring(0, MAX_DIAGNOSTIC) + "…";
  }

  /**
   * Inline Markdown text, safe in a table cell, a list item or a heading: on one line, with
   * Markdown's punctuation escaped with backslashes and {@code & < >} as entities, so that nothing
   * in it is read as markup or HTML.
   */
  static String markdown(Object value) {
    String text = terminal(value);
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' -> out.append('\\').append(c);
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String replacement(String text, int i, char c) {
    if (c >= ' ' && c < 0x7f) {
      return null;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      // A CR LF pair is one break: one space.
      return c == '\n' && i > 0 && text.charAt(i - 1) == '\r' ? "" : " ";
    }
    if (Character.isSurrogate(c) // unpaired: pairs are kept by the caller
        || Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')) {
      return visible(c);
    }
    return null;
  }

  private static String visible(char c) {
    return String.format(Locale.ROOT, "\\u%04x", (int) c);
  }
}
