package eu.civicai.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Samples;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Caffeine's NullPointerTester idea: every public method of the main entry points, given a null for
 * one parameter at a time, either accepts it (optional values) or throws the library's exception
 * naming the parameter — never a NullPointerException.
 */
class NullRejectionTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void publicMethods_neverThrowNullPointerException() throws Exception {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("d").name("D").personalData(PersonalDataLevel.NONE).build());
    register.add(
        AiUsage.builder("u").name("U").authority(Authority.of("C", AuthorityKind.COMMUNE)).build());
    List<Object> targets =
        List.of(
            register,
            Ledger.inMemory(register, CLOCK),
            AiUsage.builder("x"),
            Samples.fullUsage(),
            Quantity.of(1, Unit.EUR),
            Authority.of("C", AuthorityKind.COMMUNE),
            Dataset.builder("d"),
            CharterEvaluator.of(BuiltInCharters.ethics()),
            EvaluationContext.of(CLOCK, Locale.FRENCH),
            eu.civicai.governance.register.UsageQuery.all(),
            eu.civicai.governance.data.LifecycleEvent.collected(DatasetId.of("d")));
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Object target : targets) {
      for (Method m : target.getClass().getMethods()) {
        if (m.getDeclaringClass() == Object.class
            || m.getDeclaringClass().isInterface()
                && m.isDefault()
                && m.getDeclaringClass() == Comparable.class) {
          continue;
        }
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
          if (types[i].isPrimitive()) {
            continue;
          }
          Object[] args = new Object[types.length];
          boolean ok = true;
          for (int j = 0; j < types.length; j++) {
            args[j] = j == i ? null : sample(types[j]);
            ok &= j == i || args[j] != null || !types[j].isPrimitive();
          }
          if (!ok) {
            continue;
          }
          calls++;
          try {
            m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, args);
          } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NullPointerException) {
              failures.add(
                  m.getDeclaringClass().getSimpleName() + "." + m.getName() + " parameter " + i);
            }
          }
        }
      }
    }
    assertThat(calls).isGreaterThan(150);
    assertThat(failures).isEmpty();
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "a";
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == boolean.class || type == Boolean.class) {
      return false;
    }
    if (type == double.class) {
      return 1.0;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Locale.class) {
      return Locale.ENGLISH;
    }
    if (type == Instant.class) {
      return Instant.EPOCH;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2020, 1, 1);
    }
    if (type == Duration.class) {
      return Duration.ofDays(1);
    }
    if (type == Period.class) {
      return Period.ofDays(1);
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type == UsageId.class) {
      return UsageId.of("a");
    }
    if (type == DatasetId.class) {
      return DatasetId.of("d");
    }
    if (type == Clock.class) {
      return CLOCK;
    }
    if (type == List.class || type == Collection.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    return null;
  }
}
