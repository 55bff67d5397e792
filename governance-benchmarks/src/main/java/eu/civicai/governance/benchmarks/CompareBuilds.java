package eu.civicai.governance.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Compares two builds of the library in one JVM, for changes too small for two JMH runs to tell
 * apart on a noisy machine: each build's {@code benchmarks.jar} gets its own class loader, the same
 * {@link BuildWorkload} runs on each in turn (who goes first alternates), and the ratio of their
 * times is taken round by round, so that both builds see the same state of the machine.
 *
 * <pre>
 * java -cp governance-benchmarks/target/benchmarks.jar \
 *     eu.civicai.governance.benchmarks.CompareBuilds WORKLOAD OLD.jar NEW.jar [ROUNDS]
 * </pre>
 *
 * <p>WORKLOAD is one of {@code evaluate}, {@code outcomes}, {@code handwritten}, {@code append},
 * {@code verify} (see {@link BuildWorkload}). The first quarter of the rounds is warm-up. Running
 * the same jar twice shows the noise left (a ratio near 1.00 and its quartiles); running both
 * orders shows a bias of the order (the same ledger jar loaded second ran up to 3 % faster).
 */
public final class CompareBuilds {
  private CompareBuilds() {}

  /**
   * Runs the comparison and prints the median times and the quartiles of the per-round ratio.
   *
   * @param args the workload, the old jar, the new jar, optionally the number of rounds
   * @throws Exception when a jar cannot be loaded or lacks the workload's classes
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 3 || args.length > 4) {
      exit("usage: CompareBuilds WORKLOAD OLD.jar NEW.jar [ROUNDS]");
    }
    if (!WORKLOADS.contains(args[0])) {
      exit("WORKLOAD must be one of " + WORKLOADS + ", but was '" + args[0] + "'");
    }
    for (int i = 1; i <= 2; i++) {
      if (!Files.isRegularFile(Path.of(args[i]))) {
        exit(
            (i == 1 ? "OLD.jar" : "NEW.jar") + " must be a jar file, but '" + args[i] + "' is not");
      }
    }
    int rounds = args.length > 3 ? rounds(args[3]) : 200;
    LongSupplier[] builds = {load(args[1], args[0]), load(args[2], args[0])};
    List<Double> oldTimes = new ArrayList<>();
    List<Double> newTimes = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      int first = round % 2; // who goes first alternates: no build always runs on a warm cache
      long t0 = System.nanoTime();
      sink += builds[first].getAsLong();
      long t1 = System.nanoTime();
      sink += builds[1 - first].getAsLong();
      long t2 = System.nanoTime();
      double oldTime = first == 0 ? t1 - t0 : t2 - t1;
      double newTime = first == 0 ? t2 - t1 : t1 - t0;
      if (round >= rounds / 4) {
        oldTimes.add(oldTime / 1e6);
        newTimes.add(newTime / 1e6);
        ratios.add(newTime / oldTime);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: old %.2f ms, new %.2f ms (medians); new/old per round: median %.3f, quartiles"
            + " %.3f to %.3f, %d rounds (checksum %d)%n",
        args[0],
        quantile(oldTimes, 0.5),
        quantile(newTimes, 0.5),
        quantile(ratios, 0.5),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75),
        ratios.size(),
        sink);
  }

  private static final List<String> WORKLOADS =
      List.of("evaluate", "outcomes", "handwritten", "append", "verify");

  private static int rounds(String text) {
    try {
      int rounds = Integer.parseInt(text);
      if (rounds >= 8) {
        return rounds;
      }
    } catch (NumberFormatException e) {
      // reported below, with the rule
    }
    exit("ROUNDS must be a whole number of at least 8, but was '" + text + "'");
    return 0; // not reached
  }

  private static void exit(String message) {
    System.err.println(message);
    System.exit(2);
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) (q * (sorted.size() - 1)));
  }

  /** The workload as defined over one build: its own class, the build's library and data. */
  private static LongSupplier load(String jar, String workload) throws Exception {
    ClassLoader build =
        new URLClassLoader(
            new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> type = new WorkloadLoader(build).loadClass(BuildWorkload.class.getName());
    return (LongSupplier) type.getConstructor(String.class).newInstance(workload);
  }

  /**
   * Defines {@link BuildWorkload} from this jar, so that older builds need not contain it, and
   * leaves every other class to the build's loader.
   */
  private static final class WorkloadLoader extends ClassLoader {
    private static final String NAME = BuildWorkload.class.getName();

    WorkloadLoader(ClassLoader build) {
      super(build);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(NAME) && !name.startsWith(NAME + "$")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          String resource = "/" + name.replace('.', '/') + ".class";
          try (InputStream in = CompareBuilds.class.getResourceAsStream(resource)) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        return loaded;
      }
    }
  }
}
