package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.register.Register;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LedgerConcurrencyAndLineageTest {
  private static final Clock CLOCK = LedgerFixture.fixed("2025-06-01T00:00:00Z");

  @Tag("slow") // left out of mutation testing: see governance-core/pom.xml
  @Test
  void eightThreadsAppending_leaveNoGapNoDuplicate_andTheChainVerifies() throws Exception {
    Register register = Register.inMemory(CLOCK);
    int threads = 8;
    int perThread = 500;
    for (int t = 0; t < threads; t++) {
      register.addDataset(
          Dataset.builder("d" + t).name("D" + t).personalData(PersonalDataLevel.NONE).build());
    }
    Ledger ledger = Ledger.inMemory(register, CLOCK);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      DatasetId id = DatasetId.of("d" + t);
      futures.add(
          pool.submit(
              () -> {
                start.await();
                List<Long> sequences = new ArrayList<>();
                sequences.add(
                    ledger.append(LifecycleEvent.collected(id).by("capteurs")).sequence());
                for (int i = 1; i < perThread; i++) {
                  sequences.add(
                      ledger
                          .append(LifecycleEvent.of(EventKind.TRANSFORMED, id).by("etl"))
                          .sequence());
                }
                return sequences;
              }));
    }
    start.countDown();
    Set<Long> all = new HashSet<>();
    for (Future<List<Long>> f : futures) {
      all.addAll(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    long total = (long) threads * perThread;
    assertThat(all).hasSize((int) total);
    assertThat(all.stream().mapToLong(Long::longValue).min().orElseThrow()).isEqualTo(1);
    assertThat(all.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(total);
    assertThat(ledger.size()).isEqualTo(total);
    assertThat(ledger.verify(ledger.checkpoint()).intact()).isTrue();
    for (int t = 0; t < threads; t++) {
      assertThat(ledger.history(DatasetId.of("d" + t))).hasSize(perThread);
    }
  }

  @Test
  void lineage_onADiamond_goesBothWays() {
    // a -> b (declared in the register), a -> c (recorded in the ledger), b + c -> d (ledger).
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("a").name("A").personalData(PersonalDataLevel.PERSONAL).build());
    register.addDataset(
        Dataset.builder("b")
            .name("B")
            .personalData(PersonalDataLevel.NONE)
            .derivedFrom(DatasetId.of("a"))
            .build());
    register.addDataset(
        Dataset.builder("c").name("C").personalData(PersonalDataLevel.NONE).build());
    register.addDataset(
        Dataset.builder("d").name("D").personalData(PersonalDataLevel.NONE).build());
    register.addDataset(
        Dataset.builder("e").name("E").personalData(PersonalDataLevel.NONE).build());
    Ledger ledger = Ledger.inMemory(register, CLOCK);
    DatasetId a = DatasetId.of("a");
    DatasetId b = DatasetId.of("b");
    DatasetId c = DatasetId.of("c");
    DatasetId d = DatasetId.of("d");
    ledger.append(LifecycleEvent.collected(a).by("dsi"));
    ledger.append(LifecycleEvent.derived(b, a).by("dsi"));
    ledger.append(LifecycleEvent.derived(c, a).by("dsi"));
    ledger.append(LifecycleEvent.derived(d, b, c).by("dsi"));

    assertThat(ledger.upstream(d)).containsExactly(a, b, c);
    assertThat(ledger.downstream(a)).containsExactly(b, c, d);
    assertThat(ledger.downstream(b)).containsExactly(d);
    assertThat(ledger.upstream(a)).isEmpty();
    assertThat(ledger.downstream(DatasetId.of("e"))).isEmpty();
  }

  @Test
  void derivedFromItself_isRejectedWhenBuilt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Dataset.builder("a")
                    .name("A")
                    .personalData(PersonalDataLevel.NONE)
                    .derivedFrom(DatasetId.of("a"))
                    .build())
        .hasMessage("`derivedFrom`: dataset a would derive from itself through a");
  }
}
