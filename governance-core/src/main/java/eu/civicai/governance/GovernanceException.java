package eu.civicai.governance;

import eu.civicai.governance.internal.text.MessageText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the library throws on purpose.
 *
 * <p>Each instance names the <em>field</em> it is about (a dotted path such as {@code
 * status.endDate} or {@code risks[2].likelihood}, or a JSON Pointer when it comes from a reader),
 * the <em>rule</em> that was broken (a stable key such as {@code notBlank}, usable by programs) and
 * the arguments of its message. {@link #getMessage()} is in English, whatever the machine's locale;
 * {@link #message(Locale)} renders it in French or English, as the caller chooses.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class GovernanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;
  private final transient List<Object> arguments;

  /**
   * Creates an exception.
   *
   * @param field the path of the field concerned, or {@code ""} when the whole document is
   * @param rule the stable key of the rule broken, also the key of the message in the bundles
   * @param arguments the message's arguments, from <code>{1}</code> on (<code>{0}</code> is the
   *     field)
   */
  protected GovernanceException(String field, String rule, Object... arguments) {
    super(null, null, false, true);
    this.field = Objects.requireNonNullElse(field, "");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.arguments = List.of(MessageText.render(arguments));
  }

  /**
   * Creates an exception caused by another, such as a reader's error caused by a record's rule.
   *
   * @param cause the cause
   * @param field the path of the field concerned
   * @param rule the stable key of the rule broken
   * @param arguments the message's arguments
   */
  protected GovernanceException(
      @Nullable Throwable cause, String field, String rule, Object... arguments) {
    super(null, cause, false, true);
    this.field = Objects.requireNonNullElse(field, "");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.arguments = List.of(MessageText.render(arguments));
  }

  /** Returns the path of the field concerned, or {@code ""} for the whole input. */
  public String field() {
    return field;
  }

  /** Returns the stable key of the broken rule (for example {@code notBlank}). */
  public String rule() {
    return rule;
  }

  /**
   * Returns the message in the given language (French when the locale's language is {@code fr},
   * English otherwise).
   *
   * @param locale the caller's locale, never {@code null}
   * @return the message, never {@code null}
   */
  public String message(Locale locale) {
    return MessageText.format(Objects.requireNonNull(locale, "locale"), rule, field, arguments);
  }

  /** Returns the message in English; use {@link #message(Locale)} for French. */
  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /** Arguments as rendered in messages, in order, for subclasses. */
  protected final List<Object> renderedArguments() {
    return arguments;
  }

  /** Arguments as rendered in messages, for subclasses that re-path an exception. */
  protected final Object[] arguments() {
    return arguments.stream().map(MessageText::raw).toArray();
  }
}
