package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterWriter;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.Stage;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "No command builds its whole output as one string": {@code evaluate --format json} on a
 * register of 100,000 usages runs in a child JVM of 256 MiB of heap, which the whole portfolio
 * built in memory (and the output as one string) does not fit in. The register is generated in
 * streaming mode, the output read back in streaming mode and counted. {@code -Dheap.usages=N}
 * changes the size.
 */
class EvaluateHeapIssue16Test {
  private static final int USAGES = Integer.getInteger("heap.usages", 100_000);
  private static final GovernanceJson JSON = GovernanceJson.create();

  @TempDir Path dir;

  @Test
  void issue16_evaluateJson_onAHundredThousandUsages_runsIn256MiB() throws Exception {
    Path register = dir.resolve("register.json");
    write(register, USAGES, new Random(16));
    Path err = dir.resolve("stderr.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            GovernanceCli.class.getName(),
            "evaluate",
            "--format",
            "json",
            "--charter",
            "civicai.compass",
            "--at",
            "2026-11-27T16:00:00Z",
            register.toString()));
    Process child =
        new ProcessBuilder(command)
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    child.getOutputStream().close();
    long[] counted;
    try (InputStream out = child.getInputStream()) {
      counted = count(out);
    }
    int code = child.waitFor();

    // Nothing on stderr but the one-line summary every long command ends with (issue 20): no
    // warning, no stack trace, no OutOfMemoryError.
    assertThat(Files.readString(err))
        .matches("\\d[\\d\u202f\u00a0 ]* usages évalués en [\\d,]+ s\\R");
    assertThat(code).isIn(0, 1);
    assertThat(counted[0]).as("usage evaluations in the output").isEqualTo(USAGES);
    assertThat(counted[1]).as("reports, one per usage").isEqualTo(USAGES);
  }

  /** A register of {@code n} usages written one at a time, datasets after the usages. */
  static void write(Path file, int n, Random random) throws Exception {
    Stage[] stages = {Stage.IDEA, Stage.EXPERIMENTATION, Stage.DEPLOYMENT};
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        RegisterWriter writer = JSON.registerWriter(out)) {
      for (int i = 0; i < n; i++) {
        int k = i;
        AiUsage.Builder usage =
            AiUsage.builder(String.format("usage-%06d", i))
                .name("Usage n° " + i)
                .authority(Authority.of("Commune " + (i % 500), AuthorityKind.COMMUNE))
                .metadata(m -> m.revision(1 + k % 4));
        if (random.nextBoolean()) {
          usage.status(s -> s.stage(stages[k % stages.length]));
        }
        if (random.nextBoolean()) {
          usage.dataUse(d -> d.datasets(DatasetUse.of("compteurs", DataRole.INPUT)));
        }
        writer.usage(usage.build());
      }
      writer.dataset(
          Dataset.builder("compteurs")
              .name("Compteurs")
              .personalData(PersonalDataLevel.NONE)
              .build());
    }
  }

  /** Counts the usage evaluations and their reports, reading the document as it streams. */
  static long[] count(InputStream in) throws Exception {
    long usages = 0;
    long reports = 0;
    try (JsonParser p = new JsonFactory().createParser(in)) {
      int depth = 0;
      boolean inUsages = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          if (inUsages && depth == 4 && t == JsonToken.START_OBJECT) {
            usages++;
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
          if (depth == 2) {
            inUsages = false;
          }
        } else if (t == JsonToken.FIELD_NAME) {
          if (depth == 2 && p.currentName().equals("usages")) {
            inUsages = true;
          } else if (inUsages && depth == 4 && p.currentName().equals("reports")) {
            p.nextToken();
            depth++;
            while (p.nextToken() == JsonToken.START_OBJECT) {
              reports++;
              p.skipChildren();
            }
            depth--;
          }
        }
      }
    }
    return new long[] {usages, reports};
  }
}
