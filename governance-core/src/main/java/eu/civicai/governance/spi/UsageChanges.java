package eu.civicai.governance.spi;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Says which top-level fields of a usage changed between two revisions, as stores record it in a
 * revision's history. The bookkeeping of revisions (revision number, update instant) is not a
 * change. Stateless and thread-safe.
 */
public final class UsageChanges {
  private static final RecordComponent[] COMPONENTS = AiUsage.class.getRecordComponents();

  private UsageChanges() {}

  /**
   * Returns the names of the components that differ, in the record's order.
   *
   * @param before the earlier revision; null for a first revision, when every component set counts
   *     as changed
   * @param after the later revision
   * @return the names, such as {@code [name, status]}
   */
  public static List<String> between(@Nullable AiUsage before, AiUsage after) {
    Check.notNull("after", after);
    List<String> changed = new ArrayList<>();
    for (RecordComponent c : COMPONENTS) {
      Object now = value(c, after);
      if (c.getName().equals("metadata")) {
        boolean same =
            before != null
                && before
                    .metadata()
                    .withRevision(1, null)
                    .equals(after.metadata().withRevision(1, null));
        if (!same) {
          changed.add(c.getName());
        }
      } else if (before == null ? isSet(now) : !Objects.equals(value(c, before), now)) {
        changed.add(c.getName());
      }
    }
    return List.copyOf(changed);
  }

  private static boolean isSet(Object value) {
    return value != null && !(value instanceof java.util.Collection<?> c && c.isEmpty());
  }

  private static Object value(RecordComponent component, AiUsage usage) {
    try {
      return component.getAccessor().invoke(usage);
    } catch (IllegalAccessException | InvocationTargetException e) {
      // The accessors of a public record of this module are public and do not throw.
      throw new IllegalStateException(e);
    }
  }
}
