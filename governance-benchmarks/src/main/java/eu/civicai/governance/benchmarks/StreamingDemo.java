package eu.civicai.governance.benchmarks;

import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonLimits;
import eu.civicai.governance.json.RegisterWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a register of N usages element by element, then reads it back in streaming mode, and
 * prints the count, the file size, the time and the peak heap: run it under {@code -Xmx256m} to see
 * memory stay flat whatever N.
 *
 * <p>Usage: {@code java -Xmx256m -cp benchmarks.jar eu.civicai.governance.benchmarks.StreamingDemo
 * FILE N}.
 */
public final class StreamingDemo {
  private StreamingDemo() {}

  /**
   * Runs the demo.
   *
   * @param args the file and the number of usages
   * @throws IOException when the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/register-stream.json");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    GovernanceJson json = GovernanceJson.create(JsonLimits.DEFAULTS.withMaxDocumentLength(-1));
    Random random = new Random(5);
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        RegisterWriter writer = json.registerWriter(out)) {
      for (int i = 0; i < n; i++) {
        writer.usage(i % 3 == 2 ? BenchData.sparse(i, random) : BenchData.complete(i, random));
      }
    }
    long written = System.nanoTime();
    AtomicLong usages = new AtomicLong();
    long peak = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long[] max = {0};
      json.readRegister(
          in,
          u -> {
            if (usages.incrementAndGet() % 10_000 == 0) {
              Runtime rt = Runtime.getRuntime();
              max[0] = Math.max(max[0], rt.totalMemory() - rt.freeMemory());
            }
          },
          d -> {});
      peak = max[0];
    }
    long read = System.nanoTime();
    System.out.printf(
        "%d usages, %d MiB written in %.1f s, read back in streaming mode in %.1f s; max heap %d MiB, heap in use at most %d MiB%n",
        usages.get(),
        Files.size(file) >> 20,
        (written - start) / 1e9,
        (read - written) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20,
        peak >> 20);
  }
}
