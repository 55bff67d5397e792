package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charter.Facts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FactsDocumentTest {
  private static final Path DOC = Path.of("../docs/facts.md");

  @Test
  void docsFactsMd_isGeneratedFromTheVocabulary() throws Exception {
    if (Boolean.getBoolean("facts.update")) {
      Files.writeString(DOC, FactsDocument.markdown());
    }
    assertThat(DOC)
        .as(
            "regenerate with: mvn -pl governance-cli -am test -Dtest=FactsDocumentTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dfacts.update=true")
        .exists();
    assertThat(Files.readString(DOC)).isEqualTo(FactsDocument.markdown());
  }

  @Test
  void markdown_hasOneRowPerFact() {
    String doc = FactsDocument.markdown();
    long rows = doc.lines().filter(line -> line.startsWith("| `")).count();
    assertThat(rows).isEqualTo(Facts.vocabulary().size());
    assertThat(doc).contains("| `status.stage` | ENUM | USAGE | IDEA, ");
  }
}
