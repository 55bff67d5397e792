package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, "outputs are all or nothing": the files of one command move into place together. */
class OutputFilesTest {
  @TempDir Path dir;

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void issue16_aFailureWhileWritingTheSecondFile_leavesThePreviousFiles() throws Exception {
    Files.writeString(dir.resolve("a.md"), "previous a");
    Files.writeString(dir.resolve("b.json"), "previous b");
    assertThatThrownBy(
            () -> {
              try (OutputFiles files = new OutputFiles()) {
                files.open(dir.resolve("a.md")).write("new a".getBytes(StandardCharsets.UTF_8));
                files
                    .open(dir.resolve("b.json"))
                    .write("half of b".getBytes(StandardCharsets.UTF_8));
                throw new IllegalStateException("the second file fails half-way");
              }
            })
        .isInstanceOf(IllegalStateException.class);

    assertThat(names()).containsExactly("a.md", "b.json");
    assertThat(Files.readString(dir.resolve("a.md"))).isEqualTo("previous a");
    assertThat(Files.readString(dir.resolve("b.json"))).isEqualTo("previous b");
  }

  @Test
  void issue16_aMoveFailingAfterTheFirst_putsTheFirstBack() throws Exception {
    Files.writeString(dir.resolve("a.md"), "previous a");
    try (OutputFiles files = new OutputFiles()) {
      files.open(dir.resolve("a.md")).write("new a".getBytes(StandardCharsets.UTF_8));
      files.open(dir.resolve("b.json")).write("new b".getBytes(StandardCharsets.UTF_8));
      // The second file's temporary sibling disappears: its move fails after the first one's.
      try (Stream<Path> temporary = Files.list(dir)) {
        for (Path p :
            temporary.filter(p -> p.getFileName().toString().startsWith(".b.json.")).toList()) {
          Files.delete(p);
        }
      }
      assertThatThrownBy(files::commit).isInstanceOf(UncheckedIOException.class);
    }

    assertThat(names()).containsExactly("a.md");
    assertThat(Files.readString(dir.resolve("a.md"))).isEqualTo("previous a");
  }

  @Test
  void issue16_aCommit_replacesEveryFile_andADirectoryItCreatedGoesWhenNothingIsCommitted()
      throws Exception {
    Files.writeString(dir.resolve("a.md"), "previous a");
    try (OutputFiles files = new OutputFiles()) {
      files.open(dir.resolve("a.md")).write("new a".getBytes(StandardCharsets.UTF_8));
      files.open(dir.resolve("b.json")).write("new b".getBytes(StandardCharsets.UTF_8));
      files.commit();
    }
    assertThat(names()).containsExactly("a.md", "b.json");
    assertThat(Files.readString(dir.resolve("a.md"))).isEqualTo("new a");

    try (OutputFiles files = new OutputFiles()) {
      files.open(dir.resolve("deep/er/c.md"));
    }
    assertThat(dir.resolve("deep")).doesNotExist();
  }
}
