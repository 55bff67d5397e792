package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.tender.TenderClauses;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.Sourcing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tender} (issue 23): the clauses of a call for tenders from a charter and a draft. */
class TenderCliTest {
  @TempDir Path dir;

  private static AiUsage draft(String id, String name) {
    return AiUsage.builder(id)
        .name(name)
        .authority(Authority.of("Métropole du Grand Paris", AuthorityKind.COMMUNE))
        .system(s -> s.sourcing(Sourcing.PUBLIC_PROCUREMENT))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .concernsIndividuals(false)
                    .generatesContent(false))
        .dataUse(d -> d.datasets(DatasetUse.of("compteurs", DataRole.INPUT)))
        .build();
  }

  private static final Dataset METERS =
      Dataset.builder("compteurs").name("Compteurs").personalData(PersonalDataLevel.NONE).build();

  @Test
  void yamlDraft_builtInCharter_markdownOnStdout_asTheLibraryWritesIt() throws Exception {
    Path draft = dir.resolve("projet.yaml");
    Files.writeString(
        draft,
        GovernanceJson.yaml().write(DocumentType.USAGE, draft("ia-eco-pilot", "IA Éco Pilot")));

    CliTest.Run run = ExchangeCliTest.run("tender", draft.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            TenderClauses.generate(
                    BuiltInCharters.frugalAi(), draft("ia-eco-pilot", "IA Éco Pilot"), List.of())
                .toMarkdown())
        .contains("## Exigences du CCTP", "Total des pondérations proposées", "## Clauses écartées")
        .contains("critère `frugal.method`");
  }

  @Test
  void register_withItsDatasets_htmlToAFile_andACharterFile() throws Exception {
    Path register = dir.resolve("registre.json");
    Files.writeString(
        register,
        GovernanceJson.create()
            .write(
                DocumentType.REGISTER,
                new RegisterDocument(
                    List.of(
                        draft("ia-eco-pilot", "IA <script>alert(1)</script>"),
                        draft("autre", "Autre")),
                    List.of(METERS))));
    Path charter = dir.resolve("rgpd.json");
    Files.writeString(
        charter, GovernanceJson.create().write(DocumentType.CHARTER, BuiltInCharters.gdprCrpa()));
    Path out = dir.resolve("clauses.html");

    CliTest.Run run =
        ExchangeCliTest.run(
            "tender",
            "--charter",
            charter.toString(),
            "--usage",
            "ia-eco-pilot",
            "--format",
            "html",
            "--out",
            out.toString(),
            register.toString());

    assertThat(run.code()).isZero();
    String html = Files.readString(out);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("IA &lt;script&gt;alert(1)&lt;/script&gt;", "charte civicai.gdpr-crpa")
        .doesNotContain("<script");
    // The register's dataset holds no personal data: the GDPR Art. 28 agreement is left out.
    assertThat(html)
        .contains(
            "Accord de sous-traitance (RGPD art. 28) (<code>doc.dpa-art28</code>) : les jeux de"
                + " données de la fiche ne contiennent aucune donnée personnelle");
  }

  @Test
  void severalUsagesWithoutUsage_anUnknownUsage_orCharter_areRefused() throws Exception {
    Path register = dir.resolve("registre.json");
    Files.writeString(
        register,
        GovernanceJson.create()
            .write(
                DocumentType.REGISTER,
                new RegisterDocument(List.of(draft("a", "A"), draft("b", "B")), List.of())));

    CliTest.Run none = ExchangeCliTest.run("--lang", "en", "tender", register.toString());
    CliTest.Run unknown = ExchangeCliTest.run("tender", "--usage", "c", register.toString());
    CliTest.Run charter =
        ExchangeCliTest.run(
            "tender",
            "--usage",
            "a",
            "--charter",
            dir.resolve("absente.json").toString(),
            register.toString());
    CliTest.Run format =
        ExchangeCliTest.run("tender", "--usage", "a", "--format", "pdf", register.toString());

    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("the register holds 2 usages: choose one with --usage ID");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("aucun usage c dans le registre ; ses usages sont a, b");
    assertThat(charter.code()).isEqualTo(3);
    assertThat(format.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
  }
}
