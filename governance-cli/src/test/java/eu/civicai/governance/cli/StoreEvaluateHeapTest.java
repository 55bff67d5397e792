package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "evaluating all built-in charters over the stored usages, streaming": {@code evaluate
 * --store} over a SQLite store of 20,000 usages (every built-in charter) runs in a child JVM of 128
 * MiB of heap, which it fits in only when the usages are read page by page and each evaluation is
 * written as it is made. {@code -Dstore.heap.usages=N} changes the size.
 */
class StoreEvaluateHeapTest {
  private static final int USAGES = Integer.getInteger("store.heap.usages", 20_000);
  private static final String TENANT = "243100633";

  @TempDir Path dir;

  @Test
  void evaluateFromAStore_everyBuiltInCharter_runsIn128MiB() throws Exception {
    Path register = dir.resolve("register.json");
    EvaluateHeapIssue16Test.write(register, USAGES, new Random(17));
    Path db = dir.resolve("governance.db");
    assertThat(CliTest.run("store", "--store", db.toString(), "init").code()).isZero();
    CliTest.Run imported =
        CliTest.run(
            "store", "--store", db.toString(), "import", "--tenant", TENANT, register.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    Files.delete(register);

    Path err = dir.resolve("stderr.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx128m",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            GovernanceCli.class.getName(),
            "evaluate",
            "--format",
            "json",
            "--at",
            "2026-11-27T16:00:00Z",
            "--store",
            db.toString(),
            "--tenant",
            TENANT));
    Process child =
        new ProcessBuilder(command)
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    child.getOutputStream().close();
    long[] counted;
    try (InputStream out = child.getInputStream()) {
      counted = EvaluateHeapIssue16Test.count(out);
    }
    int code = child.waitFor();

    // Nothing on stderr but the one-line summary every long command ends with (issue 20): no
    // warning, no stack trace, no OutOfMemoryError.
    assertThat(Files.readString(err))
        .matches("\\d[\\d\u202f\u00a0 ]* usages évalués en [\\d,]+ s\\R");
    assertThat(code).isIn(0, 1);
    assertThat(counted[0]).as("usage evaluations in the output").isEqualTo(USAGES);
    assertThat(counted[1])
        .as("reports, one per built-in charter and usage")
        .isEqualTo((long) USAGES * eu.civicai.governance.charters.BuiltInCharters.all().size());
  }
}
