package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a condition tree against the fact vocabulary and turns it into a tree of small evaluators:
 * fact lookups, type checks and enum-name resolution happen once, here, so that evaluating a usage
 * is plain method calls.
 */
final class ConditionCompiler {
  private static final Set<Operator> ORDERING =
      EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE);
  private static final Set<Operator> EQUALITY = EnumSet.of(Operator.EQ, Operator.NE);
  private static final Set<Operator> MEMBERSHIP =
      EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN);

  private final String criterion;

  private ConditionCompiler(String criterion) {
    this.criterion = criterion;
  }

  /**
   * A compiled criterion: its applicability, its requirement, and its finding messages rendered
   * once per language and outcome (they depend on nothing else).
   */
  record CompiledCriterion(
      Criterion criterion,
      Compiled appliesWhen,
      Compiled requirement,
      String[] english,
      String[] french) {

    CompiledCriterion(Criterion criterion, Compiled appliesWhen, Compiled requirement) {
      this(
          criterion,
          appliesWhen,
          requirement,
          messages(criterion, Locale.ENGLISH),
          messages(criterion, Locale.FRENCH));
    }

    /** Whether the criterion applies to every usage, so that its applicability need not run. */
    boolean appliesAlways() {
      return criterion.appliesWhen() instanceof Condition.Always;
    }

    /** The finding message for an outcome, in French for {@code fr}, in English otherwise. */
    String message(Outcome outcome, boolean inFrench) {
      return (inFrench ? french : english)[outcome.ordinal()];
    }

    private static String[] messages(Criterion criterion, Locale locale) {
      String[] messages = new String[Outcome.values().length];
      for (Outcome outcome : Outcome.values()) {
        messages[outcome.ordinal()] =
            Messages.format(
                locale,
                "finding." + outcome.name(),
                criterion.id(),
                List.of(criterion.title().in(locale)));
      }
      return messages;
    }
  }

  /**
   * Evaluates a compiled condition over a subject of its scope. An abstract class, not an
   * interface: the calls from node to node are megamorphic, and a virtual call costs less than an
   * interface call there (the interface stubs were a tenth of evaluation time in profiles).
   */
  abstract static class Compiled {
    abstract Truth eval(Object subject, Env env);
  }

  /** What an evaluation carries: the date for relative dates, and the evidence read. */
  static final class Env {
    final LocalDate evaluationDate;
    // Most criteria read one or two facts: those stay in fields and become List.of(a, b), which
    // the finding keeps without a copy; a list is made only for a third.
    private Evidence first;
    private Evidence second;
    private List<Evidence> more;
    final java.util.function.BiFunction<Fact, Object, Object> reader;
    final boolean recording;
    String prefix = "";

    Env(LocalDate evaluationDate) {
      this(evaluationDate, Fact::read, true);
    }

    /** An environment that reads facts another way (tests read them from maps). */
    Env(LocalDate evaluationDate, java.util.function.BiFunction<Fact, Object, Object> reader) {
      this(evaluationDate, reader, true);
    }

    /** An environment that records no evidence, for outcomes only. */
    static Env outcomesOnly(LocalDate evaluationDate) {
      return new Env(evaluationDate, Fact::read, false);
    }

    private Env(
        LocalDate evaluationDate,
        java.util.function.BiFunction<Fact, Object, Object> reader,
        boolean recording) {
      this.evaluationDate = evaluationDate;
      this.reader = reader;
      this.recording = recording;
    }

    /** Reads a fact from a subject and records it as evidence. */
    Object read(Fact fact, Object subject) {
      Object value = reader.apply(fact, subject);
      if (!recording) {
        return value;
      }
      String name = prefix.isEmpty() ? fact.name() : prefix + fact.suffix();
      if (recorded(name)) {
        return value; // read twice (applicability and requirement): one piece of evidence
      }
      Evidence e = new Evidence(name, render(value));
      if (first == null) {
        first = e;
      } else if (second == null) {
        second = e;
      } else {
        if (more == null) {
          more = new ArrayList<>();
          more.add(first);
          more.add(second);
        }
        more.add(e);
      }
      return value;
    }

    private boolean recorded(String name) {
      if (more != null) {
        for (Evidence e : more) {
          if (e.fact().equals(name)) {
            return true;
          }
        }
        return false;
      }
      return first != null && first.fact().equals(name)
          || second != null && second.fact().equals(name);
    }

    /** The evidence recorded, in reading order. */
    List<Evidence> evidence() {
      if (more != null) {
        return List.copyOf(more);
      }
      if (second != null) {
        return List.of(first, second);
      }
      return first == null ? List.of() : List.of(first);
    }
  }

  static CompiledCriterion compile(Criterion criterion) {
    ConditionCompiler compiler = new ConditionCompiler(criterion.id());
    return new CompiledCriterion(
        criterion,
        compiler.compile(criterion.appliesWhen(), Scope.USAGE),
        compiler.compile(criterion.requirement(), Scope.USAGE));
  }

  private Compiled compile(Condition condition, Scope scope) {
    // Java 17 has no pattern matching for switch; the hierarchy is sealed, so this is complete.
    if (condition instanceof Condition.Always) {
      return new Compiled() {
        @Override
        Truth eval(Object s, Env e) {
          return Truth.TRUE;
        }
      };
    }
    if (condition instanceof Condition.Known k) {
      return known(k, scope);
    }
    if (condition instanceof Condition.Stated st) {
      Fact fact = fact(st.fact(), scope);
      return new Compiled() {
        @Override
        Truth eval(Object s, Env e) {
          return e.read(fact, s) == null ? Truth.UNKNOWN : Truth.TRUE;
        }
      };
    }
    if (condition instanceof Condition.Compare c) {
      return compare(c, scope);
    }
    if (condition instanceof Condition.Count c) {
      return count(c, scope);
    }
    if (condition instanceof Condition.Quantified q) {
      return quantified(q, scope);
    }
    if (condition instanceof Condition.And and) {
      return fold(and.operands(), scope, true);
    }
    if (condition instanceof Condition.Or or) {
      return fold(or.operands(), scope, false);
    }
    Compiled operand = compile(((Condition.Not) condition).operand(), scope);
    return new Compiled() {
      @Override
      Truth eval(Object s, Env e) {
        return operand.eval(s, e).not();
      }
    };
  }

  private Compiled known(Condition.Known k, Scope scope) {
    Fact fact = fact(k.fact(), scope);
    return new Compiled() {
      @Override
      Truth eval(Object s, Env e) {
        return Truth.of(e.read(fact, s) != null);
      }
    };
  }

  private Compiled fold(List<Condition> operands, Scope scope, boolean conjunction) {
    if (operands.isEmpty()) {
      throw error("charter.emptyOperands", Messages.raw(conjunction ? "and" : "or"));
    }
    Compiled[] compiled = operands.stream().map(o -> compile(o, scope)).toArray(Compiled[]::new);
    return new Compiled() {
      @Override
      Truth eval(Object s, Env e) {
        Truth result = conjunction ? Truth.TRUE : Truth.FALSE;
        for (Compiled c : compiled) {
          Truth t = c.eval(s, e);
          result = conjunction ? result.and(t) : result.or(t);
        }
        return result;
      }
    };
  }

  private Compiled count(Condition.Count c, Scope scope) {
    ListFact fact = list(c.fact(), scope);
    if (!ORDERING.contains(c.operator())) {
      throw mismatch(fact, c.operator(), c.value());
    }
    BigDecimal n = BigDecimal.valueOf(c.value());
    Operator op = c.operator();
    return new Compiled() {
      @Override
      Truth eval(Object s, Env e) {
        List<?> values = (List<?>) e.read(fact, s);
        return values == null
            ? Truth.UNKNOWN
            : Truth.of(order(op, BigDecimal.valueOf(values.size()).compareTo(n)));
      }
    };
  }

  private Compiled quantified(Condition.Quantified q, Scope scope) {
    ListFact fact = list(q.fact(), scope);
    Compiled element = compile(q.element(), fact.elementScope());
    Quantifier quantifier = q.quantifier();
    Fact completeness = fact.completeness() == null ? null : fact(fact.completeness(), scope);
    // Evidence names of the first elements, made once: "risks[0]." and so on.
    String[] prefixes = new String[16];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = fact.name() + "[" + i + "].";
    }
    return new Compiled() {
      @Override
      Truth eval(Object s, Env e) {
        List<?> values = (List<?>) e.read(fact, s);
        if (values == null) {
          return Truth.UNKNOWN;
        }
        Truth any = Truth.FALSE;
        Truth all = Truth.TRUE;
        String outer = e.prefix;
        for (int i = 0; i < values.size(); i++) {
          if (e.recording) {
            e.prefix = i < prefixes.length ? prefixes[i] : fact.name() + "[" + i + "].";
          }
          Truth t = element.eval(values.get(i), e);
          any = any.or(t);
          all = all.and(t);
        }
        e.prefix = outer;
        boolean decided = quantifier == Quantifier.ALL ? all == Truth.FALSE : any == Truth.TRUE;
        if (completeness != null && !decided && Boolean.FALSE.equals(e.read(completeness, s))) {
          any = any.or(Truth.UNKNOWN); // elements the record does not show: one more, unknown
          all = all.and(Truth.UNKNOWN);
        }
        return switch (quantifier) {
          case ALL -> all;
          case ANY -> any;
          case NONE -> any.not();
        };
      }
    };
  }

  /**
   * Each leaf is written out for its type rather than sharing a test passed as a function: one
   * megamorphic call less per fact compared, in the innermost loop of evaluation.
   */
  private Compiled compare(Condition.Compare c, Scope scope) {
    Fact fact = fact(c.fact(), scope);
    Operator op = c.operator();
    Object value = c.value();
    switch (fact.type()) {
      case BOOLEAN -> {
        if (!EQUALITY.contains(op) || !(value instanceof Boolean expected)) {
          throw mismatch(fact, op, value);
        }
        boolean wanted = (op == Operator.EQ) == expected;
        return new Compiled() {
          @Override
          Truth eval(Object s, Env e) {
            Object v = e.read(fact, s);
            return v == null ? Truth.UNKNOWN : Truth.of((Boolean) v == wanted);
          }
        };
      }
      case NUMBER -> {
        if (!ORDERING.contains(op) || !(value instanceof Number number)) {
          throw mismatch(fact, op, value);
        }
        BigDecimal expected =
            number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        return new Compiled() {
          @Override
          Truth eval(Object s, Env e) {
            Object v = e.read(fact, s);
            return v == null
                ? Truth.UNKNOWN
                : Truth.of(order(op, ((BigDecimal) v).compareTo(expected)));
          }
        };
      }
      case TEXT -> {
        if (MEMBERSHIP.contains(op) && (value instanceof String || value instanceof List<?>)) {
          List<?> expected = value instanceof List<?> l ? l : List.of(value);
          boolean in = op == Operator.EQ || op == Operator.IN;
          return new Compiled() {
            @Override
            Truth eval(Object s, Env e) {
              Object v = e.read(fact, s);
              return v == null ? Truth.UNKNOWN : Truth.of(expected.contains(v) == in);
            }
          };
        }
        throw mismatch(fact, op, value);
      }
      case DATE -> {
        if (!ORDERING.contains(op)
            || !(value instanceof LocalDate || value instanceof RelativeDate)) {
          throw mismatch(fact, op, value);
        }
        return new Compiled() {
          @Override
          Truth eval(Object s, Env e) {
            Object v = e.read(fact, s);
            if (v == null) {
              return Truth.UNKNOWN;
            }
            LocalDate expected =
                value instanceof RelativeDate r ? r.resolve(e.evaluationDate) : (LocalDate) value;
            return Truth.of(order(op, ((LocalDate) v).compareTo(expected)));
          }
        };
      }
      case ENUM -> {
        if (!MEMBERSHIP.contains(op)) {
          throw mismatch(fact, op, value);
        }
        Set<Enum<?>> expected = constants(fact, value);
        boolean in = op == Operator.EQ || op == Operator.IN;
        if ((op == Operator.EQ || op == Operator.NE) && expected.size() != 1) {
          throw mismatch(fact, op, value);
        }
        // Membership by ordinal: an array read instead of hashing the constant.
        boolean[] member = new boolean[fact.enumType().getEnumConstants().length];
        expected.forEach(constant -> member[constant.ordinal()] = true);
        return new Compiled() {
          @Override
          Truth eval(Object s, Env e) {
            Object v = e.read(fact, s);
            return v == null ? Truth.UNKNOWN : Truth.of(member[((Enum<?>) v).ordinal()] == in);
          }
        };
      }
      case ENUM_SET -> {
        if (op != Operator.CONTAINS || !(value instanceof String)) {
          throw mismatch(fact, op, value);
        }
        Enum<?> expected = constants(fact, value).iterator().next();
        return new Compiled() {
          @Override
          Truth eval(Object s, Env e) {
            Object v = e.read(fact, s);
            return v == null ? Truth.UNKNOWN : Truth.of(((Collection<?>) v).contains(expected));
          }
        };
      }
      default -> throw mismatch(fact, op, value);
    }
  }

  private static boolean order(Operator op, int comparison) {
    return switch (op) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
      default -> throw new IllegalStateException(op.name());
    };
  }

  private Set<Enum<?>> constants(Fact fact, Object value) {
    List<?> names = value instanceof List<?> l ? l : List.of(value);
    Set<Enum<?>> resolved = new java.util.LinkedHashSet<>();
    Enum<?>[] all = fact.enumType().getEnumConstants();
    for (Object name : names) {
      Enum<?> match =
          Arrays.stream(all).filter(c -> c.name().equals(name)).findFirst().orElse(null);
      if (match == null) {
        throw error(
            "charter.unknownEnumValue",
            String.valueOf(name),
            Messages.raw(fact.name()),
            Messages.raw(Arrays.stream(all).map(Enum::name).toList()));
      }
      resolved.add(match);
    }
    if (resolved.isEmpty()) {
      throw mismatch(fact, Operator.IN, value);
    }
    return resolved;
  }

  private Fact fact(String name, Scope scope) {
    Fact fact = Facts.find(name).orElseThrow(() -> error("charter.unknownFact", name));
    if (fact.scope() != scope) {
      throw error(
          "charter.scope", Messages.raw(name), Messages.raw(fact.scope()), Messages.raw(scope));
    }
    return fact;
  }

  private ListFact list(String name, Scope scope) {
    Fact fact = fact(name, scope);
    if (!(fact instanceof ListFact list)) {
      throw error("charter.notAList", Messages.raw(name), Messages.raw(fact.type()));
    }
    return list;
  }

  private InvalidDefinitionException mismatch(Fact fact, Operator op, Object value) {
    return error(
        "charter.typeMismatch",
        Messages.raw(fact.name()),
        Messages.raw(fact.type()),
        Messages.raw(op),
        Messages.raw(value.getClass().getSimpleName() + " " + value)); // never null (Compare)
  }

  private InvalidDefinitionException error(String rule, Object... arguments) {
    return new InvalidDefinitionException(criterion, rule, arguments);
  }

  private static final String[] SMALL = new String[256];
  private static final BigDecimal SMALL_LIMIT = BigDecimal.valueOf(SMALL.length);

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i);
    }
  }

  /** The longest text shown as evidence: a 20,000-character description is cited, not copied. */
  static final int MAX_EVIDENCE_TEXT = 200;

  private static String bounded(String text) {
    if (text == null || text.length() <= MAX_EVIDENCE_TEXT) {
      return text;
    }
    int end = MAX_EVIDENCE_TEXT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never half a pair
    }
    return text.substring(0, end) + "…";
  }

  static String render(Object value) {
    // Final and abstract classes first: interface checks (List, Collection) are slower on Java 17.
    if (value == null || value instanceof String) {
      return bounded((String) value);
    }
    if (value instanceof Boolean || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof BigDecimal d) {
      // Counts are the usual numbers: small integers come from a table, not from formatting.
      if (d.scale() == 0 && d.signum() >= 0 && d.compareTo(SMALL_LIMIT) < 0) {
        return SMALL[d.intValue()];
      }
      return Messages.decimal(d.stripTrailingZeros());
    }
    if (value instanceof List<?> list && (list.isEmpty() || !(list.get(0) instanceof Enum<?>))) {
      // A list fact: its size is the evidence.
      return list.size() < SMALL.length ? SMALL[list.size()] : Integer.toString(list.size());
    }
    if (value instanceof Collection<?> c) {
      // A set of constants, sorted by name: [A, B].
      String[] names = new String[c.size()];
      int i = 0;
      for (Object element : c) {
        names[i++] = render(element);
      }
      Arrays.sort(names);
      return Arrays.toString(names);
    }
    return value.toString();
  }
}
