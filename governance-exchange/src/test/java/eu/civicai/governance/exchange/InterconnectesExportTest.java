package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.Visibility;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.GeoPoint;
import eu.civicai.governance.usage.Hosting;
import eu.civicai.governance.usage.Link;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export: what leaves the building (issue 16) and what the file cannot carry (issue 15 §4). */
class InterconnectesExportTest {

  /** Each part's distinctive values, as they would appear in the file. */
  private static final Map<Part, List<String>> VALUES =
      Map.of(
          Part.IDENTITY,
          List.of("Projet Zèbre", "DESC-ZEBRE", "PARTNER-ZEBRE", "https://zebre.example/infos"),
          Part.STATUS,
          List.of("ABANDON-ZEBRE", "03/2021", "Abandonné"),
          Part.PURPOSE,
          List.of("SUBTHEME-ZEBRE", "Citoyenneté", "Association"),
          Part.SYSTEM,
          List.of("marché public"),
          Part.TRANSPARENCY,
          List.of("https://zebre.example/logo.png", "12.3456", "-7.654"));

  private static AiUsage usage(Map<Part, Visibility> visibility) {
    return AiUsage.builder("zebre")
        .name("Projet Zèbre")
        .authority(Authority.of("Commune de Zèbre", AuthorityKind.COMMUNE))
        .description("DESC-ZEBRE")
        .partners(List.of("PARTNER-ZEBRE"))
        .link(new Link("Informations", URI.create("https://zebre.example/infos")))
        .contact(Contact.of(ContactRole.OWNER, null, "contact@zebre.example"))
        .status(
            s ->
                s.stage(Stage.ABANDONED)
                    .startMonth(YearMonth.of(2021, 3))
                    .abandonReason("ABANDON-ZEBRE"))
        .purpose(
            p ->
                p.theme(Theme.CITIZENSHIP)
                    .subThemes(List.of("SUBTHEME-ZEBRE"))
                    .audiences(List.of(Audience.ASSOCIATIONS)))
        .system(s -> s.sourcing(Sourcing.PUBLIC_PROCUREMENT))
        .transparency(
            t ->
                t.imageUrl(URI.create("https://zebre.example/logo.png"))
                    .location(GeoPoint.of(new BigDecimal("12.3456"), new BigDecimal("-7.654")))
                    .visibility(visibility))
        .build();
  }

  private static Map<Part, Visibility> allPublic() {
    Map<Part, Visibility> v = new EnumMap<>(Part.class);
    for (Part p : Part.values()) {
      v.put(p, Visibility.PUBLIC);
    }
    return v;
  }

  @Test
  void publicProfile_allPartsPublic_writesEveryPublicValue() {
    String csv =
        InterconnectesCsv.export(List.of(usage(allPublic())), InterconnectesCsv.Profile.PUBLIC);
    for (List<String> values : VALUES.values()) {
      assertThat(csv).contains(values);
    }
    assertThat(csv).doesNotContain("contact@zebre.example"); // a restricted column
  }

  @Test
  void publicProfile_honoursEachPartMarkedRestricted_inTurn() {
    for (Part part : VALUES.keySet()) {
      Map<Part, Visibility> visibility = allPublic();
      visibility.put(part, Visibility.RESTRICTED);

      ExportResult result =
          InterconnectesCsv.exportCsv(List.of(usage(visibility)), InterconnectesCsv.Profile.PUBLIC);

      String body = result.csv().substring(result.csv().indexOf('\n') + 1);
      for (String value : VALUES.get(part)) {
        assertThat(body).as("%s restricted: %s", part, value).doesNotContain(value);
      }
      for (Part other : VALUES.keySet()) {
        if (other != part && part != Part.IDENTITY) {
          assertThat(body).as("%s restricted, %s public", part, other).contains(VALUES.get(other));
        }
      }
    }
  }

  @Test
  void publicProfile_restrictedIdentity_leavesTheUsageOut_withADiagnostic() {
    Map<Part, Visibility> visibility = allPublic();
    visibility.put(Part.IDENTITY, Visibility.RESTRICTED);

    ExportResult result =
        InterconnectesCsv.exportCsv(List.of(usage(visibility)), InterconnectesCsv.Profile.PUBLIC);

    assertThat(result.csv().lines()).hasSize(1);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::rule, Diagnostic::detail)
        .containsExactly(tuple("export.withheld", "zebre"));
    assertThat(result.diagnostics().get(0).message(Locale.ENGLISH))
        .isEqualTo("usage zebre: its identity is restricted; left out of the public file");
  }

  @Test
  void publicProfile_systemSourcing_isRestrictedByDefault() {
    AiUsage usage =
        AiUsage.builder("x")
            .name("X")
            .authority(Authority.of("Commune X", AuthorityKind.COMMUNE))
            .system(s -> s.sourcing(Sourcing.PUBLIC_PROCUREMENT))
            .build();
    assertThat(InterconnectesCsv.export(List.of(usage), InterconnectesCsv.Profile.PUBLIC))
        .doesNotContain("marché public");
    assertThat(InterconnectesCsv.export(List.of(usage), InterconnectesCsv.Profile.FULL))
        .contains("marché public");
  }

  @Test
  void publicProfile_sourceValuesOfARestrictedPart_stayIn() throws Exception {
    // An unknown theme kept from an import is a value of the purpose part.
    AiUsage imported =
        InterconnectesCsvTest.csv("coll_nom;nom_projet;theme\nA;B;Thème inconnu\n").usages().get(0);
    Map<Part, Visibility> visibility = allPublic();
    visibility.put(Part.PURPOSE, Visibility.RESTRICTED);
    AiUsage restricted = imported.toBuilder().transparency(t -> t.visibility(visibility)).build();
    assertThat(InterconnectesCsv.export(List.of(imported), InterconnectesCsv.Profile.PUBLIC))
        .contains("Thème inconnu");
    assertThat(InterconnectesCsv.export(List.of(restricted), InterconnectesCsv.Profile.PUBLIC))
        .doesNotContain("Thème inconnu");
  }

  @Test
  void export_reportsEveryValueItCannotCarry() {
    AiUsage usage =
        AiUsage.builder("x")
            .name("X")
            .summary("Résumé sans colonne")
            .authority(Authority.of("Commune X", AuthorityKind.COMMUNE))
            .purpose(p -> p.theme(Theme.OTHER).goal("But sans colonne"))
            .system(
                s ->
                    s.techniques(AiTechnique.MACHINE_LEARNING, AiTechnique.ANOMALY_DETECTION)
                        .hosting(new Hosting(HostingMode.SUPPLIER_SAAS, null, null, null)))
            .build();

    ExportResult result =
        InterconnectesCsv.exportCsv(List.of(usage), InterconnectesCsv.Profile.FULL);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::row, Diagnostic::rule, Diagnostic::column, Diagnostic::value)
        .contains(
            tuple(2, "export.value", "theme", "Autre"),
            tuple(2, "export.value", "type_algorithme", "Détection d'anomalies"),
            tuple(2, "export.value", "herbergement", "Service en ligne du fournisseur"));
    assertThat(result.diagnostics())
        .filteredOn(d -> d.rule().equals("export.value"))
        .allMatch(Diagnostic::isProblem);
    Diagnostic fields =
        result.diagnostics().stream()
            .filter(d -> d.rule().equals("export.fields"))
            .findFirst()
            .orElseThrow();
    assertThat(fields.detail()).contains("summary", "purpose.goal");
    assertThat(fields.detail())
        .doesNotContain("system.techniques", "purpose.theme", "authority.name", "name,");
    assertThat(result.diagnostics().get(0).message(Locale.FRENCH))
        .isEqualTo(
            "ligne 2, colonne `theme` : 'Autre' (purpose.theme) n'a pas de valeur dans le schéma"
                + " Interconnectés ; laissé hors du fichier");
    assertThat(result.csv()).contains("Machine Learning");
  }

  @Test
  void export_reportsAListItemThatWouldReadBackAsSeveral() {
    AiUsage usage =
        AiUsage.builder("x")
            .name("X")
            .authority(Authority.of("Commune X", AuthorityKind.COMMUNE))
            .partners(List.of("Dupont, Durand et associés", "Exo-Dev"))
            .build();

    ExportResult result =
        InterconnectesCsv.exportCsv(List.of(usage), InterconnectesCsv.Profile.PUBLIC);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::rule, Diagnostic::value, Diagnostic::detail)
        .containsExactly(tuple("export.split", "Dupont, Durand et associés", "partners[0]"));
  }

  @Test
  void publicProfile_doesNotReportWhatItWithholdsOnPurpose() {
    AiUsage usage =
        AiUsage.builder("x")
            .name("X")
            .authority(Authority.of("Commune X", AuthorityKind.COMMUNE))
            .system(s -> s.techniques(AiTechnique.ANOMALY_DETECTION))
            .build();
    assertThat(
            InterconnectesCsv.exportCsv(List.of(usage), InterconnectesCsv.Profile.PUBLIC)
                .diagnostics())
        .isEmpty();
  }

  @Test
  void formulaCells_areNeutralised_andComeBackAsWritten() {
    AiUsage usage =
        AiUsage.builder("x")
            .name("@SUM(A1)")
            .authority(Authority.of("=HYPERLINK(\"https://evil.example\")", AuthorityKind.COMMUNE))
            .description("-1+2")
            .partners(List.of("+33 Partenaire", "Exo-Dev"))
            .status(s -> s.abandonReason("\tTabulé"))
            .transparency(
                t -> t.location(GeoPoint.of(new BigDecimal("-45.5"), new BigDecimal("-0.35"))))
            .build();

    String csv = InterconnectesCsv.export(List.of(usage), InterconnectesCsv.Profile.FULL);

    String row = csv.substring(csv.indexOf('\n') + 1);
    for (String cell : row.split(";")) {
      String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
      assertThat(unquoted).as(cell).doesNotStartWith("=").doesNotStartWith("@");
      assertThat(unquoted).as(cell).doesNotStartWith("+").doesNotStartWith("\t");
      if (unquoted.startsWith("-")) {
        assertThat(unquoted).as("only plain numbers keep a leading hyphen").matches("-[0-9.]+\"?");
      }
    }
    assertThat(csv).contains("'=HYPERLINK", "'@SUM(A1)", "'-1+2", "'+33 Partenaire", "'\tTabulé");
    assertThat(csv).contains("\"-45.5\"", "\"-0.35\"");
    AiUsage back =
        InterconnectesCsv.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
            .usages()
            .get(0);
    assertThat(back.name()).isEqualTo("@SUM(A1)");
    assertThat(back.authority().name()).isEqualTo("=HYPERLINK(\"https://evil.example\")");
    assertThat(back.description()).isEqualTo("-1+2");
    assertThat(back.partners()).containsExactly("+33 Partenaire", "Exo-Dev");
    assertThat(back.transparency().location().longitude()).isEqualByComparingTo("-0.35");
  }

  @Test
  void monthPrecision_exportsAsAMonth() {
    AiUsage usage =
        AiUsage.builder("x")
            .name("X")
            .authority(Authority.of("Commune X", AuthorityKind.COMMUNE))
            .status(s -> s.startMonth(YearMonth.of(2024, 1)))
            .build();
    String csv = InterconnectesCsv.export(List.of(usage), InterconnectesCsv.Profile.PUBLIC);
    assertThat(csv).contains("\"01/2024\"").doesNotContain("01/01/2024");
    AiUsage day =
        usage.toBuilder()
            .status(s -> s.startDate(LocalDate.of(2024, 1, 1)).startDatePrecision(null))
            .build();
    assertThat(InterconnectesCsv.export(List.of(day), InterconnectesCsv.Profile.PUBLIC))
        .contains("\"01/01/2024\"");
  }
}
