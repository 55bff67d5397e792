package eu.civicai.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: embedding the library as the README shows prints nothing unasked — no "No SLF4J
 * providers" lines, no Hibernate Validator version banner.
 */
class QuietByDefaultTest {

  @Test
  void embedding_withoutAnSlf4jBinding_printsNothingOnStandardError() throws Exception {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.matches(".*slf4j-(simple|nop|reload4j|jdk14).*"))
            .collect(Collectors.joining(File.pathSeparator));
    assertThat(classPath).contains("slf4j-api").doesNotContain("slf4j-simple");

    Result result = run(classPath, EmbedAsTheReadmeShows.class.getName());

    assertThat(result.stdout()).startsWith("1 usage, ").contains(" reports, ");
    assertThat(result.stderr()).isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  private record Result(int exitCode, String stdout, String stderr) {}

  private static Result run(String classPath, String mainClass)
      throws IOException, InterruptedException {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = File.createTempFile("quiet", ".out").toPath();
    Path err = File.createTempFile("quiet", ".err").toPath();
    try {
      Process process =
          new ProcessBuilder(List.of(javaBin.toString(), "-Xmx128m", "-cp", classPath, mainClass))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
