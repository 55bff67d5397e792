package eu.civicai.governance.internal;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Applies {@link InputRules} to the text and address components of a record, from what its
 * components declare: a {@code String} (or a list of them) whose {@code @Size(max)} is at most
 * {@value InputRules#SINGLE_LINE_MAX} is single-line, any other text multi-line, a {@code URI} a
 * web address. Decided once per record type.
 */
final class TextShapes {
  private enum Shape {
    NONE,
    SINGLE,
    MULTI,
    SINGLE_LIST,
    MULTI_LIST,
    ADDRESS
  }

  private record Components(String[] names, Shape[] shapes, Map<String, Shape> byName) {}

  private static final ClassValue<Components> SHAPES =
      new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          String[] names = new String[components.length];
          Shape[] shapes = new Shape[components.length];
          Map<String, Shape> byName = new HashMap<>();
          for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            shapes[i] = shape(components[i]);
            byName.put(names[i], shapes[i]);
          }
          return new Components(names, shapes, Map.copyOf(byName));
        }
      };

  private TextShapes() {}

  static void checkRecord(Class<?> type, Object[] arguments) {
    Components c = SHAPES.get(type);
    for (int i = 0; i < c.shapes.length && i < arguments.length; i++) {
      if (c.shapes[i] != Shape.NONE && arguments[i] != null) {
        check(c.names[i], c.shapes[i], arguments[i]);
      }
    }
  }

  static void checkValue(Class<?> type, String component, Object value) {
    Shape shape = SHAPES.get(type).byName.get(component);
    if (shape != null && shape != Shape.NONE && value != null) {
      check(component, shape, value);
    }
  }

  private static void check(String field, Shape shape, Object value) {
    switch (shape) {
      case SINGLE -> InputRules.singleLine(field, (String) value);
      case MULTI -> InputRules.multiLine(field, (String) value);
      case ADDRESS -> InputRules.webAddress(field, (URI) value);
      case SINGLE_LIST, MULTI_LIST -> {
        int i = 0;
        for (Object element : (Collection<?>) value) {
          if (element instanceof String text) {
            String at = field + "[" + i + "]";
            if (shape == Shape.SINGLE_LIST) {
              InputRules.singleLine(at, text);
            } else {
              InputRules.multiLine(at, text);
            }
          }
          i++;
        }
      }
      default -> {}
    }
  }

  private static Shape shape(RecordComponent component) {
    Class<?> type = component.getType();
    if (type == String.class) {
      Size declared = component.getAnnotation(Size.class);
      return (declared != null && declared.max() <= InputRules.SINGLE_LINE_MAX)
              || singleLine(component.getAnnotatedType())
          ? Shape.SINGLE
          : Shape.MULTI;
    }
    if (type == URI.class) {
      return Shape.ADDRESS;
    }
    if (Collection.class.isAssignableFrom(type)
        && component.getAnnotatedType() instanceof AnnotatedParameterizedType p
        && p.getAnnotatedActualTypeArguments().length == 1
        && p.getAnnotatedActualTypeArguments()[0].getType() == String.class) {
      return singleLine(p.getAnnotatedActualTypeArguments()[0])
          ? Shape.SINGLE_LIST
          : Shape.MULTI_LIST;
    }
    return Shape.NONE;
  }

  private static boolean singleLine(AnnotatedType type) {
    Size size = type.getAnnotation(Size.class);
    return size != null && size.max() <= InputRules.SINGLE_LINE_MAX;
  }
}
