package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The split vocabulary: one lookup that loads every scope class, whichever class a program touches
 * first. Each cold start runs in a fresh class loader, so that no other test has initialised the
 * classes before.
 */
class FactsTest {
  private static final String PACKAGE = "eu.civicai.governance.charter";

  @Test
  void vocabulary_fromAColdStart_listsEveryDeclaredFact() throws Exception {
    ClassLoader cold = new ColdLoader();
    List<String> declared = declaredFactNames(cold);

    assertThat(declared).hasSizeGreaterThan(150);
    assertThat(vocabularyNames(cold)).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void vocabulary_afterAScopeClassIsTouchedFirst_listsEveryDeclaredFact() throws Exception {
    ClassLoader cold = new ColdLoader();
    Object stage = Class.forName(PACKAGE + ".StatusFacts", true, cold).getField("STAGE").get(null);

    List<String> names = vocabularyNames(cold);

    assertThat(names).containsExactlyInAnyOrderElementsOf(declaredFactNames(new ColdLoader()));
    assertThat(names).contains(stage.toString().substring(0, stage.toString().indexOf(':')));
  }

  @Test
  void find_fromAColdStart_findsAFactOfEveryScopeClass() throws Exception {
    ClassLoader cold = new ColdLoader();
    Method find = Class.forName(PACKAGE + ".Facts", true, cold).getMethod("find", String.class);
    for (String name :
        List.of(
            "usage.name",
            "status.stage",
            "purpose.goal",
            "system.hostingRegion",
            "decision.oversightLevel",
            "aiAct.tier",
            "aiAct.duty.HUMAN_OVERSIGHT",
            "dataset.legalBasis",
            "ledger.breaches",
            "risk.severity",
            "footprint.known",
            "consultation.date",
            "transparency.published")) {
      assertThat((java.util.Optional<?>) find.invoke(null, name)).as(name).isPresent();
    }
  }

  @Test
  void vocabulary_whenScopeClassesAndTheLookupLoadOnManyThreads_isCompleteWithoutDeadlock()
      throws Exception {
    for (int round = 0; round < 5; round++) {
      ClassLoader cold = new ColdLoader();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Object>> tasks = new ArrayList<>();
        for (String scope : scopeClassNames()) {
          tasks.add(() -> Class.forName(PACKAGE + "." + scope, true, cold));
          tasks.add(() -> vocabularyNames(cold).size());
        }
        List<Future<Object>> done = pool.invokeAll(tasks, 1, java.util.concurrent.TimeUnit.MINUTES);
        for (Future<Object> future : done) {
          assertThat(future.isCancelled()).as("a class initialisation deadlocked").isFalse();
          future.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(vocabularyNames(cold)).hasSameSizeAs(declaredFactNames(new ColdLoader()));
    }
  }

  @Test
  void find_null_isEmpty() {
    assertThat(Facts.find(null)).isEmpty();
    assertThat(Facts.find("no.such.fact")).isEmpty();
  }

  @Test
  void vocabulary_namesAreUnique_andTheUsageGroupComesFirst() {
    List<String> names = Facts.vocabulary().stream().map(Fact::name).toList();
    assertThat(names).doesNotHaveDuplicates();
    assertThat(names.get(0)).isEqualTo("status.documented");
    assertThat(names).containsSubsequence("usage.name", "status.stage", "transparency.published");
  }

  private static List<String> vocabularyNames(ClassLoader loader) throws Exception {
    Method vocabulary = Class.forName(PACKAGE + ".Facts", true, loader).getMethod("vocabulary");
    List<String> names = new ArrayList<>();
    for (Object fact : (List<?>) vocabulary.invoke(null)) {
      String text = fact.toString();
      names.add(text.substring(0, text.indexOf(':')));
    }
    return names;
  }

  /** Every public static fact of every scope class, plus the AI Act duties (one per obligation). */
  private static List<String> declaredFactNames(ClassLoader loader) throws Exception {
    List<String> names = new ArrayList<>();
    Class<?> factType = Class.forName(PACKAGE + ".Fact", false, loader);
    for (String scope : scopeClassNames()) {
      Class<?> type = Class.forName(PACKAGE + "." + scope, true, loader);
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && factType.isAssignableFrom(field.getType())) {
          String text = field.get(null).toString();
          names.add(text.substring(0, text.indexOf(':')));
        }
      }
    }
    Class<?> obligation = Class.forName("eu.civicai.governance.aiact.Obligation", true, loader);
    Method duty =
        Class.forName(PACKAGE + ".AiActFacts", true, loader).getMethod("aiActDuty", obligation);
    for (Object o : obligation.getEnumConstants()) {
      String text = duty.invoke(null, o).toString();
      names.add(text.substring(0, text.indexOf(':')));
    }
    return names;
  }

  /** The scope classes as compiled: every class of the package named {@code …Facts} but Facts. */
  private static List<String> scopeClassNames() throws IOException, URISyntaxException {
    Path dir =
        Path.of(Facts.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(
                  n -> n.endsWith("Facts.class") && !n.contains("$") && !n.equals("Facts.class"))
              .map(n -> n.substring(0, n.length() - ".class".length()))
              .sorted()
              .toList();
      assertThat(names).contains("StatusFacts", "AiActFacts", "LedgerFacts");
      return names;
    }
  }

  /** Loads the library's own classes afresh (child first) and everything else from the parent. */
  private static final class ColdLoader extends ClassLoader {
    ColdLoader() {
      super(FactsTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("eu.civicai.governance.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          String resource = name.replace('.', '/') + ".class";
          try (InputStream in = getParent().getResourceAsStream(resource)) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }

    @Override
    public java.net.URL getResource(String name) {
      return getParent().getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return getParent().getResourceAsStream(name);
    }
  }
}
