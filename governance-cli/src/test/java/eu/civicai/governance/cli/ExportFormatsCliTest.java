package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import eu.civicai.governance.usage.ProhibitedPractice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export nl-register | atrs | eu-database | crpa-inventory | cyclonedx | interconnectes}
 * (issue 22).
 */
class ExportFormatsCliTest {
  @TempDir Path dir;

  private Path register() throws Exception {
    Map<ProhibitedPractice, Boolean> none = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice p : ProhibitedPractice.values()) {
      none.put(p, false);
    }
    AiUsage aides =
        AiUsage.builder("aides")
            .name("Aides sociales")
            .summary("Instruction assistée des demandes d'aide.")
            .authority(Authority.of("Ville de Brume", AuthorityKind.COMMUNE))
            .contact(Contact.of(ContactRole.OWNER, "Secret Agent", "secret@brume.example"))
            .system(s -> s.models(eu.civicai.governance.usage.AiModel.of("modele-aides")))
            .aiAct(
                a ->
                    a.role(AiActRole.DEPLOYER)
                        .aiSystem(Answer.YES)
                        .article2Exclusion(Article2Exclusion.NONE)
                        .annexIiiPoint(AnnexIiiPoint.P5_A)
                        .emotionRecognitionOrBiometricCategorisation(Answer.NO)
                        .prohibitedPractices(none))
            .decision(
                d ->
                    d.profiling(false)
                        .interactsWithPublic(false)
                        .generatesContent(false)
                        .concernsIndividuals(true))
            .metadata(m -> m.language("fr"))
            .build();
    Path file = dir.resolve("register.json");
    Files.writeString(
        file,
        GovernanceJson.create()
            .write(DocumentType.REGISTER, new RegisterDocument(List.of(aides), List.of())));
    return file;
  }

  @Test
  void export_everyFormat_publicAndFull_diagnosticsOnStderr() throws Exception {
    Path register = register();
    for (String format :
        List.of(
            "nl-register",
            "atrs",
            "eu-database",
            "crpa-inventory",
            "cyclonedx",
            "interconnectes")) {
      CliTest.Run pub = ExchangeCliTest.run("--lang", "en", "export", format, register.toString());
      CliTest.Run full =
          ExchangeCliTest.run(
              "--lang", "en", "export", format, register.toString(), "--profile", "full");

      assertThat(pub.code()).as(format).isZero();
      assertThat(full.code()).as(format).isZero();
      assertThat(pub.out()).as(format).contains("Ville de Brume");
      // The owner's contact is restricted: never in a public document, there in the full one.
      assertThat(pub.out()).as(format).doesNotContain("secret@brume.example");
      assertThat(full.out()).as(format).contains("secret@brume.example");
      assertThat(pub.err()).as(format).contains(register + ": ");
    }
    assertThat(
            ExchangeCliTest.run("--lang", "en", "export", "eu-database", register.toString()).err())
        .contains("field `providerDatabaseEntry`: required by Annex VIII, Section C, point 3");
  }

  @Test
  void exportCyclonedx_isAValidBom_withAModelCard_andSaysWhatTheCardLacks() throws Exception {
    Path register = register();
    Path out = dir.resolve("ai-bom.cdx.json");

    CliTest.Run fr =
        ExchangeCliTest.run(
            "export",
            "cyclonedx",
            "--profile",
            "full",
            "--out",
            out.toString(),
            register.toString());
    CliTest.Run en =
        ExchangeCliTest.run("--lang", "en", "export", "cyclonedx", register.toString());

    assertThat(fr.code()).isZero();
    // Validated against the 1.6 schema by the library itself in governance-exchange's tests.
    assertThat(Files.readString(out))
        .startsWith("{\n  \"bomFormat\" : \"CycloneDX\",\n  \"specVersion\" : \"1.6\"")
        .contains("\"type\" : \"machine-learning-model\"", "\"modelCard\"", "modele-aides")
        .contains("secret@brume.example");
    assertThat(fr.err())
        .contains(
            "fiche 1, champ `model[0].version` : attendu par CycloneDX 1.6 model card et non"
                + " renseigné");
    assertThat(en.out()).doesNotContain("secret@brume.example").contains("\"bomFormat\"");
    assertThat(en.err())
        .contains(
            "record 1, field `components[machine-learning-model]`: expected by CycloneDX 1.6");
    assertThat(fr.err())
        .contains("fiche 1, champ `model[0].modelCard.quantitativeAnalysis.performanceMetrics`");
  }

  @Test
  void export_toAFile_andABadProfile() throws Exception {
    Path register = register();
    Path out = dir.resolve("nl.json");

    CliTest.Run run =
        ExchangeCliTest.run("export", "nl-register", register.toString(), "--out", out.toString());

    assertThat(run.code()).isZero();
    assertThat(Files.readString(out)).startsWith("[").contains("\"lang\" : \"fra\"");
    assertThat(
            ExchangeCliTest.run("export", "atrs", register.toString(), "--profile", "secret")
                .code())
        .isEqualTo(2);
    assertThat(ExchangeCliTest.run("export").code()).isEqualTo(2);
  }
}
