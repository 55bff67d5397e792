package eu.civicai.governance.benchmarks;

import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerFormat;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.LifecycleEvent;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3 and the verification part of 4: appending and verifying N events in memory, against
 * SHA-256 alone over the same canonical bytes (precomputed), the limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
public class LedgerBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  int n;

  List<LifecycleEvent> events;
  List<byte[]> canonical;
  int longest;
  List<LedgerEntry> entries;
  Checkpoint checkpoint;
  DatasetLookup datasets;
  ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
  Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Setup(Level.Trial)
  public void setUp() {
    events = BenchData.events(n);
    datasets = DatasetLookup.of(BenchData.datasets());
    canonical = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      canonical.add(LedgerFormat.canonicalBytes(i + 1, events.get(i)));
      longest = Math.max(longest, canonical.get(i).length);
    }
    Ledger ledger = Ledger.inMemory(datasets, clock);
    events.forEach(ledger::append);
    entries = ledger.entries();
    checkpoint = ledger.checkpoint();
  }

  @Benchmark
  public Object appendLibrary() {
    Ledger ledger = Ledger.inMemory(datasets, clock);
    for (LifecycleEvent e : events) {
      ledger.append(e);
    }
    return ledger.checkpoint();
  }

  @Benchmark
  public Object verifyLibrary() {
    return LedgerVerifier.verify(entries, checkpoint);
  }

  /**
   * Verification spread over one thread per core (information: compared with the single-thread
   * limit, it uses more of the machine than the limit does).
   */
  @Benchmark
  public Object verifyLibraryParallel() {
    return LedgerVerifier.verifyInParallel(entries, checkpoint, pool);
  }

  @TearDown(Level.Trial)
  public void stopPool() {
    pool.shutdownNow();
  }

  /**
   * Encoding alone (information): the canonical bytes of every event through the public API, each a
   * fresh copy, without hashing. Tells how much of the library's time is the format itself.
   */
  @Benchmark
  public long encodeOnly() {
    long total = 0;
    for (int i = 0; i < events.size(); i++) {
      total += LedgerFormat.canonicalBytes(i + 1, events.get(i)).length;
    }
    return total;
  }

  /**
   * The limit as measured before 2026-11-29 (information): two digest updates per entry, the
   * previous hash then the bytes, as the naive form would write it.
   */
  @Benchmark
  public byte[] sha256TwoUpdates() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] previous = new byte[32];
    for (byte[] bytes : canonical) {
      sha.update(previous);
      sha.update(bytes);
      previous = sha.digest();
    }
    return previous;
  }

  /**
   * The limit: SHA-256 over the previous hash and the precomputed canonical bytes, laid side by
   * side in one buffer and hashed with one update, as the library does; {@link #sha256TwoUpdates()}
   * is the other form, and the faster of the two varies from run to run.
   */
  @Benchmark
  public byte[] sha256Limit() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[32 + longest];
    byte[] previous = new byte[32];
    for (byte[] bytes : canonical) {
      System.arraycopy(previous, 0, buffer, 0, 32);
      System.arraycopy(bytes, 0, buffer, 32, bytes.length);
      sha.update(buffer, 0, 32 + bytes.length);
      previous = sha.digest();
    }
    return previous;
  }
}
