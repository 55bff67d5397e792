package eu.civicai.governance.json.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;

/**
 * The public types of a module's exported packages, counted from its compiled classes: what another
 * module can name. A type counts when it is public and so is every type it is nested in (issue 18:
 * a type is public only when a user needs it, and a new one is an API decision).
 */
final class PublicTypes {
  private PublicTypes() {}

  /** The module compiled in {@code target/classes}. */
  static ModuleDescriptor module() {
    return ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
  }

  /** The count of public types of each unqualified export of the module, by package. */
  static Map<String, Integer> perExportedPackage() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ModuleDescriptor.Exports export : module().exports()) {
      if (!export.isQualified()) {
        counts.put(export.source(), count(export.source()));
      }
    }
    return counts;
  }

  /**
   * The unqualified exports of the module whose {@code package-info} is not {@code @NullMarked}
   * (JSpecify): in an exported package, every type is non-null unless marked {@code @Nullable}.
   */
  static List<String> exportsNotNullMarked() {
    List<String> missing = new ArrayList<>();
    for (ModuleDescriptor.Exports export : module().exports()) {
      if (!export.isQualified() && !nullMarked(export.source())) {
        missing.add(export.source());
      }
    }
    return missing;
  }

  private static boolean nullMarked(String pkg) {
    try {
      return Class.forName(pkg + ".package-info", false, PublicTypes.class.getClassLoader())
          .isAnnotationPresent(NullMarked.class);
    } catch (ClassNotFoundException noPackageInfo) {
      return false;
    }
  }

  private static int count(String pkg) {
    Path dir = Path.of("target/classes", pkg.split("\\."));
    try (Stream<Path> files = Files.list(dir)) {
      return (int)
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.startsWith("package-info"))
              .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()))
              .filter(PublicTypes::isApi)
              .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isApi(String name) {
    Class<?> type;
    try {
      type = Class.forName(name, false, PublicTypes.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("compiled but not loadable: " + name, e);
    }
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
