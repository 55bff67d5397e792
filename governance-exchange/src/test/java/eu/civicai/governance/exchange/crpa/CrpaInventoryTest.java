package eu.civicai.governance.exchange.crpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.RandomUsages;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.OutputRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CRPA L312-1-3 inventory: one line per processing used for individual decisions. */
class CrpaInventoryTest {
  private static final DatasetLookup NONE = DatasetLookup.of(List.of());

  static List<List<String>> read(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        mapper
            .readerFor(List.class)
            .with(CsvSchema.emptySchema().withColumnSeparator(';'))
            .readValues(csv)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  @Test
  void export_generatedRegisters_oneLinePerIndividualDecisionProcessing() throws Exception {
    RandomUsages random = new RandomUsages(312);
    for (int round = 0; round < 4; round++) {
      List<AiUsage> usages = random.next(80);
      for (ExportProfile profile : ExportProfile.values()) {
        Export e = CrpaInventory.export(usages, profile, NONE);
        List<List<String>> rows = read(e.text());
        assertThat(rows.get(0)).isEqualTo(CrpaInventory.COLUMNS);
        List<AiUsage> expected =
            usages.stream()
                .filter(
                    u ->
                        u.decision() != null
                            && Boolean.TRUE.equals(u.decision().concernsIndividuals()))
                .filter(u -> View.of(u, profile) != null)
                .toList();
        assertThat(rows).hasSize(expected.size() + 1);
        for (int i = 1; i < rows.size(); i++) {
          int line = i;
          List<String> row = rows.get(i);
          assertThat(row).hasSize(CrpaInventory.COLUMNS.size());
          assertThat(row.get(0)).isEqualTo(neutralised(expected.get(i - 1).authority().name()));
          List<String> empty = new ArrayList<>();
          for (int c = 0; c < row.size(); c++) {
            String column = CrpaInventory.COLUMNS.get(c);
            if (row.get(c).isEmpty() && CrpaInventory.REQUIRED.contains(column)) {
              empty.add(column);
            }
            assertThat(row.get(c))
                .doesNotStartWith("=")
                .doesNotStartWith("@")
                .doesNotStartWith("+");
          }
          assertThat(
                  e.diagnostics().stream()
                      .filter(d -> d.row() == line && d.rule().equals("export.missing"))
                      .map(Diagnostic::column)
                      .toList())
              .containsExactlyInAnyOrderElementsOf(empty);
        }
        assertThat(e.diagnostics("export.notIndividual"))
            .hasSize(
                (int)
                    usages.stream()
                        .filter(
                            u ->
                                u.decision() == null
                                    || !Boolean.TRUE.equals(u.decision().concernsIndividuals()))
                        .count());
      }
    }
  }

  private static String neutralised(String text) {
    return eu.civicai.governance.exchange.internal.Formulas.neutralise(text);
  }

  @Test
  void export_sample_inTheGuidesColumns() throws Exception {
    AiUsage u =
        AiUsage.builder("cantine")
            .name("Tarification de la cantine")
            .authority(Authority.of("Ville de Brume", AuthorityKind.COMMUNE))
            .purpose(p -> p.goal("Calculer le tarif selon le quotient familial"))
            .decision(
                d ->
                    d.concernsIndividuals(true)
                        .outputRole(OutputRole.AUTOMATED_DECISION)
                        .decisionsPerYear(4000L))
            .system(s -> s.techniques(AiTechnique.RULE_BASED).description("=Barème par tranche"))
            .transparency(
                t ->
                    t.visibility(
                        Map.of(
                            eu.civicai.governance.usage.Part.SYSTEM,
                            eu.civicai.governance.Visibility.PUBLIC)))
            .metadata(m -> m.language("fr"))
            .build();

    Export e = CrpaInventory.export(List.of(u), ExportProfile.PUBLIC, NONE);

    List<String> row = read(e.text()).get(1);
    assertThat(row.get(CrpaInventory.COLUMNS.indexOf("Niveau d'automatisation")))
        .isEqualTo("Décision automatisée");
    assertThat(row.get(CrpaInventory.COLUMNS.indexOf("Type d'algorithme")))
        .isEqualTo("Règles (Système à base de règles)");
    assertThat(row.get(CrpaInventory.COLUMNS.indexOf("Opérations")))
        .isEqualTo("'=Barème par tranche");
    assertThat(row.get(CrpaInventory.COLUMNS.indexOf("Décisions par an"))).isEqualTo("4000");
    assertThat(e.diagnostics("export.missing"))
        .extracting(Diagnostic::column)
        .containsExactly("Contact");
  }
}
