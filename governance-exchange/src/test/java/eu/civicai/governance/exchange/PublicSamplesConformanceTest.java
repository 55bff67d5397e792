package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Conformance with the public library's own sample exports, read where the project keeps its
 * references ({@code ../shared/reference/interconnectes/} next to the project root; always there in
 * CI), never copied into the project. Import, export and import again keep every mappable cell, or
 * a diagnostic names the row and the column of each change (issue 15 §4). The same check runs on
 * the project's own samples.
 */
class PublicSamplesConformanceTest {

  /** The folder of the public samples, found by walking up from the module to the project root. */
  static Path publicSamples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("governance-exchange"))
          && Files.exists(dir.resolve("pom.xml"))) {
        Path parent = dir.getParent();
        return parent == null ? null : parent.resolve("shared/reference/interconnectes");
      }
    }
    return null;
  }

  private static List<Path> publicFiles() throws Exception {
    Path dir = publicSamples();
    Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "no public samples here");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
  }

  @Test
  void publicSamples_importEveryRow_andTheirValuesMap() throws Exception {
    List<Path> files = publicFiles();
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      ImportResult result = InterconnectesCsv.importCsv(new java.io.ByteArrayInputStream(bytes));
      assertThat(result.usages()).as(file.toString()).hasSize(rows(bytes).size());
      // No drift of these files ends as "unknown" when the rule can read it.
      assertThat(result.diagnostics())
          .filteredOn(d -> d.rule().equals("enum.unknown"))
          .extracting(Diagnostic::value)
          .as(file.toString())
          .doesNotContain("Terminé", "Transports et mobilités", "en déploiement", "Mobilité");
    }
  }

  @Test
  void publicSamples_importExportImport_keepEveryMappableCell_orSayWhy() throws Exception {
    for (Path file : publicFiles()) {
      assertRoundTrip(file.toString(), Files.readAllBytes(file));
    }
  }

  @Test
  void ownSamples_importExportImport_keepEveryMappableCell_orSayWhy() throws Exception {
    for (String name : List.of("sample-drifts.csv", "sample-clean.csv")) {
      try (InputStream in =
          PublicSamplesConformanceTest.class.getResourceAsStream("/interconnectes/" + name)) {
        assertRoundTrip(name, in.readAllBytes());
      }
    }
  }

  private static void assertRoundTrip(String name, byte[] original) throws Exception {
    ImportResult first = InterconnectesCsv.importCsv(new java.io.ByteArrayInputStream(original));
    ExportResult exported =
        InterconnectesCsv.exportCsv(first.usages(), InterconnectesCsv.Profile.FULL);
    ImportResult second =
        InterconnectesCsv.importCsv(
            new java.io.ByteArrayInputStream(exported.csv().getBytes(StandardCharsets.UTF_8)));
    assertThat(second.usages()).as(name).isEqualTo(first.usages());

    List<Map<String, String>> before = rows(original);
    List<Map<String, String>> after = rows(exported.csv().getBytes(StandardCharsets.UTF_8));
    List<Diagnostic> said = new ArrayList<>(first.diagnostics());
    said.addAll(exported.diagnostics());
    // Rows without an identity are not imported: match the others in order.
    List<Integer> importedRows = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      int row = i + 2;
      if (said.stream().noneMatch(d -> d.row() == row && d.rule().equals("row.identity"))) {
        importedRows.add(i);
      }
    }
    assertThat(after).as(name).hasSize(importedRows.size());
    int kept = 0;
    List<String> unexplained = new ArrayList<>();
    for (int k = 0; k < importedRows.size(); k++) {
      int row = importedRows.get(k) + 2;
      int exportedRow = k + 2;
      for (Map.Entry<String, String> cell : before.get(importedRows.get(k)).entrySet()) {
        String column = Columns.canonical(cell.getKey());
        String was = cell.getValue() == null ? "" : cell.getValue().strip();
        if (was.isEmpty()) {
          continue;
        }
        String now = Cells.unneutralise(after.get(k).getOrDefault(column, "").strip());
        if (same(column, was, now)) {
          kept++;
          continue;
        }
        boolean explained =
            said.stream()
                .anyMatch(
                    d ->
                        (d.row() == row || d.row() == exportedRow)
                            && Columns.canonical(d.column()).equals(column));
        if (!explained) {
          unexplained.add("row " + row + " " + column + ": '" + was + "' became '" + now + "'");
        }
      }
    }
    assertThat(unexplained).as(name).isEmpty();
    assertThat(kept).as(name).isPositive();
  }

  private static boolean same(String column, String was, String now) {
    if (Vocabulary.fold(was).equals(Vocabulary.fold(now))) {
      return true;
    }
    if (new TreeSet<>(Cells.split(was).stream().map(Vocabulary::fold).toList())
        .equals(new TreeSet<>(Cells.split(now).stream().map(Vocabulary::fold).toList()))) {
      return true;
    }
    if (column.equals("projet_date") || column.equals("date")) {
      Cells.ReadDate a = Cells.date(was);
      Cells.ReadDate b = Cells.date(now);
      return a != null && b != null && a.equals(b);
    }
    if (column.equals("latitude") || column.equals("longitude")) {
      BigDecimal a = Cells.decimal(was);
      BigDecimal b = Cells.decimal(now);
      return a != null && b != null && a.compareTo(b) == 0;
    }
    return Objects.equals(was.replace(" ", ""), now.replace(" ", ""))
        && column.equals("coll_siret");
  }

  static List<Map<String, String>> rows(byte[] bytes) throws Exception {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String header = text.lines().findFirst().orElse("");
    char separator =
        header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CsvMapper mapper = new CsvMapper();
    mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.SKIP_EMPTY_LINES);
    try (MappingIterator<Map<String, String>> it =
        mapper
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator))
            .readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void publicSamplesFolder_isFoundFromTheModule() {
    Path dir = publicSamples();
    assertThat(dir).isNotNull();
    assertThat(dir.toString())
        .endsWith(Path.of("shared", "reference", "interconnectes").toString());
  }
}
