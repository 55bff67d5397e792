package eu.civicai.governance.json;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Thrown when a JSON document cannot be read: its syntax, its shape, a limit, or a value that
 * breaks a rule of the record it describes. {@link #field()} is the JSON Pointer of the bad value
 * ({@code /content/status/endDate}, {@code ""} for the whole document); {@link #rule()} the rule
 * broken. The message never quotes the document's content, so that logging it leaks nothing.
 *
 * <p>Where the reader knows it, {@link #line()} and {@link #column()} say where in the text the
 * problem was found (from 1); a syntax error says them in its message, in the reader's words ("line
 * 3, column 7"), since a pointer cannot name a place the document's structure does not reach.
 */
public final class JsonReadException extends InvalidInputException {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "eu.civicai.governance.json.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /**
   * Creates an exception.
   *
   * @param pointer the JSON Pointer of the bad value
   * @param rule the rule broken
   * @param arguments message arguments from <code>{1}</code> on, never taken from the input
   */
  public JsonReadException(String pointer, String rule, Object... arguments) {
    super(safe(pointer), rule, arguments);
  }

  /**
   * Creates an exception caused by another (a record's rule, an I/O error).
   *
   * @param cause the cause
   * @param pointer the JSON Pointer of the bad value
   * @param rule the rule broken
   * @param arguments message arguments from <code>{1}</code> on, never taken from the input
   */
  public JsonReadException(Throwable cause, String pointer, String rule, Object... arguments) {
    super(cause, safe(pointer), rule, arguments);
  }

  private static final int MAX_SEGMENT = 64;

  private long line = -1;
  private long column = -1;

  /**
   * Returns the same error located at a line and a column of the text (from 1); a value under 1
   * leaves the position unknown.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return a new exception with the same pointer, rule and arguments
   */
  public JsonReadException at(long line, long column) {
    JsonReadException located = new JsonReadException(getCause(), field(), rule(), arguments());
    located.line = line < 1 ? -1 : line;
    located.column = line < 1 || column < 1 ? -1 : column;
    located.setStackTrace(getStackTrace());
    return located;
  }

  /** Returns the line of the text where the problem was found, from 1, or -1 when unknown. */
  public long line() {
    return line;
  }

  /** Returns the column of the text where the problem was found, from 1, or -1 when unknown. */
  public long column() {
    return column;
  }

  /** The rules whose message says the line and column: the text, not a value, is wrong. */
  private boolean positioned() {
    return line > 0
        && (rule().equals("json.syntax")
            || rule().equals("json.duplicateKey")
            || rule().startsWith("yaml."));
  }

  /**
   * A pointer names properties of the input, which may hold anything: control characters and lone
   * surrogates are written as {@code \u001b}, and a segment longer than 64 characters is cut and
   * marked with "…", so that a pointer is safe to print and short.
   */
  static String safe(String pointer) {
    if (pointer == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(pointer.length());
    int segment = 0;
    for (int i = 0; i < pointer.length(); i++) {
      char c = pointer.charAt(i);
      segment = c == '/' ? 0 : segment + 1;
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < pointer.length()
              && Character.isLowSurrogate(pointer.charAt(i + 1));
      if (segment > MAX_SEGMENT) {
        if (segment == MAX_SEGMENT + 1) {
          out.append('…');
        }
      } else if (pair) {
        out.append(c).append(pointer.charAt(i + 1));
      } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028') {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
      if (pair) {
        i++;
      }
    }
    return out.length() == pointer.length() && out.toString().equals(pointer)
        ? pointer
        : out.toString();
  }

  /** Returns the JSON Pointer of the bad value; the same as {@link #field()}. */
  public String pointer() {
    return field();
  }

  @Override
  public String message(Locale locale) {
    if (locale == null) {
      throw new InvalidInputException("locale", "notNull");
    }
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT, NO_FALLBACK);
    String pointer = field().isEmpty() ? "/" : field();
    // A rule of the model with a message of its own here (text.singleLine, uri.scheme…) is said
    // in words that quote nothing of the input; other rules are named.
    boolean own = rule().startsWith("json.") || bundle.containsKey(rule());
    String message =
        Messages.format(
            bundle,
            own ? rule() : "json.constraint",
            pointer,
            own ? renderedArguments() : withRule());
    if (!positioned()) {
      return message;
    }
    return message
        + Messages.format(
            bundle,
            column > 0 ? "json.position" : "json.line",
            "",
            java.util.List.of(line, column));
  }

  private java.util.List<Object> withRule() {
    return java.util.List.of(rule());
  }
}
