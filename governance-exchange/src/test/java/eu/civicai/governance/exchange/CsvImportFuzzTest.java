package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.civicai.governance.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Fuzz harnesses for the Interconnectés CSV importer: whatever the bytes, the import ends in a
 * result with diagnostics or in the library's {@link InvalidInputException}, never in a raw JDK
 * exception; every diagnostic has a message in both languages; and what was imported exports and
 * imports again to the same usages. Under plain {@code mvn test} Jazzer runs the committed seeds
 * ({@code CsvImportFuzzTestInputs/}) as regression tests; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=CsvImportFuzzTest} fuzzes for real.
 */
class CsvImportFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void importCsv(byte[] data) {
    ImportResult result;
    try {
      result = InterconnectesCsv.importCsv(new ByteArrayInputStream(data));
    } catch (InvalidInputException expected) {
      assertThat(expected.rule()).isEqualTo("csv.unreadable");
      return;
    }
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.message(Locale.FRENCH)).isNotBlank();
      assertThat(d.message(Locale.ENGLISH)).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void importExportImport(byte[] data) {
    ImportResult first;
    try {
      first = InterconnectesCsv.importCsv(new ByteArrayInputStream(data));
    } catch (InvalidInputException expected) {
      return;
    }
    for (InterconnectesCsv.Profile profile : InterconnectesCsv.Profile.values()) {
      ExportResult exported = InterconnectesCsv.exportCsv(first.usages(), profile);
      ImportResult again =
          InterconnectesCsv.importCsv(
              new ByteArrayInputStream(exported.csv().getBytes(StandardCharsets.UTF_8)));
      if (profile == InterconnectesCsv.Profile.FULL) {
        assertThat(again.usages()).isEqualTo(first.usages());
      }
    }
  }
}
