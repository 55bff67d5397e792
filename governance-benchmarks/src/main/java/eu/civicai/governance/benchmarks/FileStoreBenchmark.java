package eu.civicai.governance.benchmarks;

import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonLinesLedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Benchmark 3, file store: events per second with a sync per append and with batched syncs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class FileStoreBenchmark {
  static final int BATCH = 2000;
  List<LifecycleEvent> events = BenchData.events(BATCH);
  DatasetLookup datasets = DatasetLookup.of(BenchData.datasets());
  Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  GovernanceJson json = GovernanceJson.create();
  Path dir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("ledger-bench");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  private long append(JsonLinesLedgerStore.Durability durability) throws IOException {
    Path file = Files.createTempFile(dir, "ledger", ".jsonl");
    Files.delete(file);
    try (JsonLinesLedgerStore store = JsonLinesLedgerStore.open(file, durability, json)) {
      Ledger ledger = Ledger.open(store, datasets, clock);
      events.forEach(ledger::append);
      return ledger.size();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long syncEachAppend() throws IOException {
    return append(JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long syncBatchesOf500() throws IOException {
    return append(JsonLinesLedgerStore.Durability.batched(500));
  }
}
