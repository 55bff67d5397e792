package eu.civicai.governance.charter;

import eu.civicai.governance.internal.ByteSink;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The content hash of an evaluated usage: SHA-256 of a canonical encoding of the usage and its
 * resolved datasets, walked component by component. Each value is a tag byte and its content: a
 * record its components in declaration order, a collection its size then its elements in order, a
 * map its entries in key order (the model sorts them when built), text its UTF-8 bytes with their
 * length, and any other value (numbers, enums, dates, identifiers) its {@code toString()} text.
 * Equal content gives an equal hash on any machine; any change of a component changes the bytes.
 * {@code docs/content-hash.md} publishes the encoding and its test vectors.
 *
 * <p>Replaces hashing the records' {@code toString()}, which on Java 17 goes through {@code
 * String.format} for every record and measured about 30 µs per usage.
 *
 * <p>Not thread-safe: {@link #get()} hands each thread its own instance, reusing one buffer.
 */
final class ContentHasher {
  private static final ThreadLocal<ContentHasher> PER_THREAD =
      ThreadLocal.withInitial(ContentHasher::new);
  private static final byte NULL = 0;
  private static final byte TEXT = 1;
  private static final byte RECORD = 2;
  private static final byte LIST = 3;
  private static final byte MAP = 4;
  private static final byte VALUE = 5;

  // Text and constants never reach a shape: write() encodes them before looking one up.
  private enum Kind {
    RECORD,
    LIST,
    MAP,
    VALUE
  }

  /** How values of a class are written, decided once per class rather than per value. */
  private record Shape(Kind kind, Function<Object, Object>[] accessors) {}

  /**
   * The shape of each class met. Record accessors become functions made with {@code
   * LambdaMetafactory}, which the JIT calls like ordinary methods, where a method handle held in an
   * array is interpreted (measured about 40 ns a call); deciding the kind once avoids repeated
   * interface type checks, which are slow on Java 17.
   */
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            @SuppressWarnings("unchecked")
            Function<Object, Object>[] accessors = new Function[components.length];
            for (int i = 0; i < components.length; i++) {
              accessors[i] = accessor(type, components[i].getAccessor());
            }
            return new Shape(Kind.RECORD, accessors);
          }
          if (Collection.class.isAssignableFrom(type)) {
            return new Shape(Kind.LIST, null);
          }
          return new Shape(Map.class.isAssignableFrom(type) ? Kind.MAP : Kind.VALUE, null);
        }
      };

  @SuppressWarnings("unchecked")
  private static Function<Object, Object> accessor(Class<?> type, Method method) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle target = lookup.unreflect(method);
      Class<?> returned = MethodType.methodType(method.getReturnType()).wrap().returnType();
      return (Function<Object, Object>)
          LambdaMetafactory.metafactory(
                  lookup,
                  "apply",
                  MethodType.methodType(Function.class),
                  MethodType.methodType(Object.class, Object.class),
                  target,
                  MethodType.methodType(returned, type))
              .getTarget()
              .invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read the components of " + type, e);
    }
  }

  private final MessageDigest sha = ByteSink.sha256();
  private final ByteSink out = new ByteSink(4096);

  private ContentHasher() {}

  static ContentHasher get() {
    return PER_THREAD.get();
  }

  /** Returns the lower-case hex content hash of the values, in order. */
  String hash(Object... values) {
    out.reset();
    for (Object value : values) {
      write(value);
    }
    sha.update(out.array(), 0, out.size());
    return ByteSink.hex(sha.digest());
  }

  private void write(Object value) {
    if (value == null) {
      out.put(NULL);
      return;
    }
    // Text and constants, most of the leaves, skip the shape lookup.
    if (value.getClass() == String.class) {
      out.put(TEXT);
      out.utf8((String) value);
      return;
    }
    if (value instanceof Enum<?> e) {
      out.put(VALUE);
      out.utf8(e.name());
      return;
    }
    Shape shape = SHAPES.get(value.getClass());
    switch (shape.kind()) {
      case RECORD -> {
        out.put(RECORD);
        for (Function<Object, Object> accessor : shape.accessors()) {
          write(accessor.apply(value));
        }
      }
      case LIST -> {
        Collection<?> c = (Collection<?>) value;
        out.put(LIST);
        out.int32(c.size());
        if (c instanceof List<?> list && c instanceof RandomAccess) {
          for (int i = 0; i < list.size(); i++) {
            write(list.get(i));
          }
        } else {
          for (Object element : c) {
            write(element);
          }
        }
      }
      case MAP -> {
        Map<?, ?> m = (Map<?, ?>) value;
        out.put(MAP);
        out.int32(m.size());
        // In iteration order: the model's maps are sorted by key when built (Check.map).
        for (Map.Entry<?, ?> entry : m.entrySet()) {
          write(entry.getKey());
          write(entry.getValue());
        }
      }
      case VALUE -> {
        out.put(VALUE);
        out.utf8(value.toString());
      }
    }
  }
}
