package eu.civicai.governance.exchange.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lists the paths of a value's filled fields ({@code purpose.goal}, {@code risks[1].severity}), so
 * that an export can say which ones it leaves out. It reads the public accessors of the model's
 * records; a new field of the model is reported without any change here.
 */
public final class FieldWalker {
  private FieldWalker() {}

  /** Stands for a component that cannot be read: reported as a filled field, never dropped. */
  private static final Object UNREADABLE = new Object();

  /** Reads a record component of a value. */
  public static Object value(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return UNREADABLE;
    }
  }

  /** Calls {@code out} with the path of every filled leaf under {@code value}. */
  public static void leaves(String path, Object value, Consumer<String> out) {
    if (value == null
        || path.endsWith("visibility") // what the profile decides, not a value to carry
        || (value instanceof String s && s.isEmpty())
        || (value instanceof Collection<?> c && c.isEmpty())
        || (value instanceof Map<?, ?> m && m.isEmpty())) {
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        leaves(path + "[" + i + "]", list.get(i), out);
      }
    } else if (value instanceof Record record
        && record.getClass().getPackageName().startsWith("eu.civicai.governance")
        && !record.getClass().getPackageName().endsWith(".measure") // a quantity is one value
        && record.getClass().getRecordComponents().length > 1) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        leaves(path + "." + c.getName(), value(c, record), out);
      }
    } else {
      out.accept(path);
    }
  }
}
