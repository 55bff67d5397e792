package eu.civicai.governance.report.internal;

import java.util.Locale;

/**
 * Makes a text from a record safe to show a reader, before any escaping for HTML or Markdown: no
 * control character and no bidirectional override or isolate (which would make a name display
 * something other than what it holds), written instead as a visible {@code \\u202e}. Line breaks
 * and tabs become spaces when {@link #line} is asked, and are kept by {@link #text}.
 */
public final class Clean {
  private Clean() {}

  /**
   * A message the library wrote (a reason, a question, a finding), on one line, without the field
   * paths it names for programmers between backticks ({@code `aiAct.role`}): a reader gets the
   * words and the articles only.
   */
  public static String message(String text) {
    String t = line(text);
    if (t == null || t.indexOf('`') < 0) {
      return t;
    }
    t = t.replaceAll("\\s*;\\s*`[^`]*`", "");
    t = t.replaceAll("\\s*\\(`[^`]*`\\)", "");
    t = t.replaceAll("`[^`]*`", "");
    return t.replaceAll("\\(\\s*\\)", "").replaceAll("\\s{2,}", " ").strip();
  }

  /** One line of text: line breaks and tabs become spaces; null stays null. */
  public static String line(String text) {
    return clean(text, true);
  }

  /** A text that may span lines: line breaks are kept; null stays null. */
  public static String text(String text) {
    return clean(text, false);
  }

  private static String clean(String text, boolean oneLine) {
    if (text == null) {
      return null;
    }
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
      String replacement = replacement(c, oneLine);
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
    return (out == null ? text : out.toString()).strip();
  }

  private static String replacement(char c, boolean oneLine) {
    if (c >= ' ' && c < 0x7f) {
      return null;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      return oneLine || c != '\n' ? (c == '\r' ? "" : " ") : null;
    }
    if (Character.isSurrogate(c)
        || Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')) {
      return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
    return null;
  }
}
