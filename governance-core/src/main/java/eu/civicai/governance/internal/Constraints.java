package eu.civicai.governance.internal;

import eu.civicai.governance.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Jakarta constraints declared on the library's records with Hibernate Validator, and
 * turns the first violation into an {@link InvalidInputException} naming the field, the rule and
 * the value.
 *
 * <p>The constraints are declared once, on the record components: they propagate to the canonical
 * constructor's parameters (checked whenever a value is created) and to the fields (checked by a
 * builder the moment a value is set). Hibernate Validator is bootstrapped with the {@link
 * ParameterMessageInterpolator}, so no Expression Language is needed; its messages are not used,
 * the library renders its own from the rule and the constraint's attributes.
 *
 * <p>After the declared constraints, every text and address component follows the rules of {@link
 * InputRules}: a text declared at most {@value InputRules#SINGLE_LINE_MAX} characters long is
 * single-line, a longer one multi-line, and an address is http or https.
 */
public final class Constraints {
  // Hibernate Validator announces its version at INFO the first time it starts ("HV000001: …"),
  // through java.util.logging unless the application routes JBoss Logging elsewhere. A library
  // must print nothing unasked: that one logger is set to WARNING, only when the application has
  // not set its level itself. Kept in a field because java.util.logging holds loggers weakly.
  private static final java.util.logging.Logger VERSION_BANNER = quietVersionBanner();
  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();
  private static final ExecutableValidator EXECUTABLES = VALIDATOR.forExecutables();
  private static final Map<Class<?>, Constructor<?>> CANONICAL = new ConcurrentHashMap<>();

  private Constraints() {}

  private static java.util.logging.Logger quietVersionBanner() {
    java.util.logging.Logger logger =
        java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (logger.getLevel() == null) {
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  /** Returns the shared, thread-safe validator (for tests and for the JSON reader). */
  public static Validator validator() {
    return VALIDATOR;
  }

  /**
   * Checks the arguments of a record's canonical constructor against the constraints of its
   * components.
   *
   * @param type the record type
   * @param arguments the constructor's arguments, in component order
   * @throws InvalidInputException naming the first component (in declaration order) that breaks a
   *     constraint
   */
  public static <T extends Record> void checkRecord(Class<T> type, Object... arguments) {
    @SuppressWarnings("unchecked")
    Constructor<T> constructor =
        (Constructor<T>) CANONICAL.computeIfAbsent(type, Constraints::canonicalConstructor);
    Set<ConstraintViolation<T>> violations =
        EXECUTABLES.validateConstructorParameters(constructor, arguments);
    if (!violations.isEmpty()) {
      throw toException(first(violations));
    }
    TextShapes.checkRecord(type, arguments);
  }

  /**
   * Checks one value against the constraints of a record component, as a builder does when the
   * value is set.
   *
   * @param type the record type
   * @param component the component's name
   * @param value the value to check, may be null
   * @throws InvalidInputException naming the component when the value breaks a constraint
   */
  public static <T extends Record> void checkValue(Class<T> type, String component, Object value) {
    Set<ConstraintViolation<T>> violations = VALIDATOR.validateValue(type, component, value);
    if (!violations.isEmpty()) {
      throw toException(first(violations));
    }
    TextShapes.checkValue(type, component, value);
  }

  private static <T> ConstraintViolation<T> first(Set<ConstraintViolation<T>> violations) {
    // Sets from the validator have no order; choose one so that messages are reproducible.
    return violations.stream()
        .min(
            Comparator.comparing((ConstraintViolation<T> v) -> fieldPath(v.getPropertyPath()))
                .thenComparing(v -> rule(v)))
        .orElseThrow();
  }

  private static InvalidInputException toException(ConstraintViolation<?> violation) {
    String field = fieldPath(violation.getPropertyPath());
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    Object value = violation.getInvalidValue();
    String rule = rule(violation);
    return switch (rule) {
      case "size" ->
          new InvalidInputException(
              field,
              rule,
              value,
              Messages.raw(attributes.get("max")),
              Messages.raw(value instanceof CharSequence s ? s.length() : 0));
      case "min", "max" ->
          new InvalidInputException(field, rule, value, Messages.raw(attributes.get("value")));
      default -> new InvalidInputException(field, rule, value);
    };
  }

  private static String rule(ConstraintViolation<?> violation) {
    String message = violation.getMessageTemplate();
    // A constraint may carry its own rule key in its message, written {rule.key}.
    if (!message.startsWith("{jakarta.") && message.startsWith("{") && message.endsWith("}")) {
      return message.substring(1, message.length() - 1);
    }
    String name =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (name) {
      case "NotBlank" -> "notBlank";
      case "NotNull" -> "notNull";
      case "Size" -> "size";
      case "Min" -> "min";
      case "Max" -> "max";
      case "PositiveOrZero" -> "notNegative";
      case "Positive" -> "positive";
      case "Email" -> "email";
      default -> name;
    };
  }

  private static String fieldPath(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.BEAN) {
        continue;
      }
      if (node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        out.append('[').append(node.getKey()).append(']');
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(node.getName());
      }
    }
    return out.toString();
  }

  private static Constructor<?> canonicalConstructor(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      return type.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("not a record: " + type.getName(), e);
    }
  }
}
