package eu.civicai.governance.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerFormat;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.JdbcRegisterStore;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Issue 17, "heap flat at 10M events": one tenant's ledger of N events in a store, verified from
 * the store in a child JVM with a small heap, the live heap read after every garbage collection. A
 * heap that holds the ledger would need about 600 bytes per entry (6 GB at 10M); a streaming
 * verification keeps the same few MiB live from the first entry to the last.
 *
 * <pre>
 * java -cp governance-benchmarks/target/benchmarks.jar \
 *   eu.civicai.governance.benchmarks.LedgerHeapScale STORE EVENTS [HEAP] [verify|read]
 * </pre>
 *
 * <p>STORE is a SQLite file or a {@code jdbc:postgresql:} URL; the ledger {@code heap-EVENTS} of
 * tenant 999999999's group is appended through the library, in batches of 10,000, when it is not
 * there yet. HEAP is the child's {@code -Xmx} (default {@code 32m}); {@code verify} (default) runs
 * {@code LedgerRepository.verify} (the stored bytes through SHA-256), {@code read} streams the
 * entries back as objects through {@code LedgerVerifier.verify}. Not a test: a harness whose
 * figures go to docs/scaling.md.
 */
public final class LedgerHeapScale {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final TenantId TENANT = StoreScale.tenant(99_999_999 - 10_000_000);
  private static final int BATCH = 10_000;

  private LedgerHeapScale() {}

  /**
   * Fills the ledger when needed, then verifies it in a child JVM.
   *
   * @param args the store, the number of events, the child's heap, the mode
   * @throws Exception when the store cannot be filled or the child fails
   */
  public static void main(String[] args) throws Exception {
    String location = args[0];
    long events = Long.parseLong(args[1]);
    String heap = args.length > 2 ? args[2] : "32m";
    String mode = args.length > 3 ? args[3] : "verify";
    String name = "heap-" + events;
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, CLOCK)) {
      long size = store.ledgers().ledger(TENANT, name).size();
      if (size < events) {
        store.datasets().put(TENANT, StoreScale.dataset(0, 0), "import");
        DatasetId dataset = StoreScale.dataset(0, 0).id();
        long start = System.nanoTime();
        if (size > 0) {
          throw new IllegalStateException(
              "ledger "
                  + name
                  + " holds "
                  + size
                  + " entries, not "
                  + events
                  + ": use a new store");
        }
        String previous = LedgerFormat.GENESIS_HASH;
        Instant at = Instant.parse("2020-01-01T00:00:00Z");
        List<LedgerEntry> batch = new ArrayList<>(BATCH);
        for (long seq = size + 1; seq <= events; seq++) {
          LifecycleEvent event =
              (seq == 1
                      ? LifecycleEvent.collected(dataset)
                      : LifecycleEvent.of(EventKind.TRANSFORMED, dataset))
                  .at(at)
                  .by("agent " + seq % 97)
                  .build();
          at = at.plusSeconds(1);
          String hash = LedgerFormat.hash(previous, seq, event);
          batch.add(new LedgerEntry(seq, event, previous, hash));
          previous = hash;
          if (batch.size() == BATCH || seq == events) {
            store.ledgers().appendAll(TENANT, name, batch);
            batch.clear();
          }
          if (seq % 1_000_000 == 0) {
            System.out.printf(Locale.ROOT, "  appended %,d%n", seq);
          }
        }
        System.out.printf(
            Locale.ROOT,
            "appended %,d events to ledger %s in %.1f s%n",
            events - size,
            name,
            (System.nanoTime() - start) / 1e9);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx" + heap,
            "-Xms" + heap,
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            Child.class.getName(),
            location,
            name,
            mode));
    System.out.println("child: " + String.join(" ", command.subList(1, 4)) + " … " + mode);
    Process child = new ProcessBuilder(command).inheritIO().start();
    int code = child.waitFor();
    if (code != 0) {
      throw new IllegalStateException("the verifying JVM exited with " + code);
    }
  }

  /** The verification, in the small JVM. */
  public static final class Child {
    private Child() {}

    /**
     * Verifies the ledger and prints the live heap after each collection.
     *
     * @param args the store, the ledger's name, the mode
     */
    public static void main(String[] args) {
      List<long[]> afterGc = new ArrayList<>(); // {nanos since start, heap used after the GC}
      long start = System.nanoTime();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc)
            .addNotificationListener(
                (notification, handback) -> {
                  if (!notification
                      .getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                  }
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used = 0;
                  for (Map.Entry<String, MemoryUsage> pool :
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (!pool.getKey().contains("Metaspace")
                        && !pool.getKey().contains("Code")
                        && !pool.getKey().contains("Compressed")) {
                      used += pool.getValue().getUsed();
                    }
                  }
                  synchronized (afterGc) {
                    afterGc.add(new long[] {System.nanoTime() - start, used});
                  }
                },
                null,
                null);
      }
      String location = args[0];
      String name = args[1];
      boolean read = args.length > 2 && args[2].equals("read");
      LedgerVerification outcome;
      long t0 = System.nanoTime();
      try (JdbcRegisterStore store = JdbcRegisterStore.connectExisting(location, CLOCK)) {
        if (read) {
          try (Stream<LedgerEntry> entries = store.ledgers().ledger(TENANT, name).entries()) {
            outcome = LedgerVerifier.verify(entries::iterator);
          }
        } else {
          outcome = store.ledgers().verify(TENANT, name, null);
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      long end = System.nanoTime() - start;
      long[][] samples;
      synchronized (afterGc) {
        samples = afterGc.toArray(long[][]::new);
      }
      System.out.printf(
          Locale.ROOT,
          "%s of %,d entries (%s) in %.1f s (%,.0f entries/s); -Xmx %d MiB; %d collections%n",
          read ? "read + verify as objects" : "verify from the stored bytes",
          outcome.entriesChecked(),
          outcome.intact() ? "intact" : outcome.problem(),
          seconds,
          outcome.entriesChecked() / seconds,
          Runtime.getRuntime().maxMemory() >> 20,
          samples.length);
      if (samples.length == 0) {
        return;
      }
      // Live heap after GC, by tenth of the run: a ledger kept in memory would grow tenth by tenth.
      StringBuilder tenths = new StringBuilder();
      long max = 0;
      for (int k = 0; k < 10; k++) {
        long from = end * k / 10;
        long to = end * (k + 1) / 10;
        long[] used =
            Arrays.stream(samples)
                .filter(s -> s[0] >= from && s[0] < to)
                .mapToLong(s -> s[1])
                .toArray();
        long tenthMax = Arrays.stream(used).max().orElse(-1);
        max = Math.max(max, tenthMax);
        tenths.append(
            tenthMax < 0 ? " –" : String.format(Locale.ROOT, " %.1f", tenthMax / 1048576.0));
      }
      System.out.printf(
          Locale.ROOT,
          "heap live after GC, MiB, highest per tenth of the run:%s; highest %.1f MiB%n",
          tenths,
          max / 1048576.0);
    }
  }
}
