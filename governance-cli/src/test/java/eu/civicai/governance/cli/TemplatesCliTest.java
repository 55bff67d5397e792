package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: governance templates list, show and new. */
class TemplatesCliTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void list_showsTheSevenTemplates_inTheChosenLanguage() {
    Run fr = run("templates", "list");
    assertThat(fr.code()).isZero();
    assertThat(fr.out().lines())
        .hasSize(7)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("water-leak")
                    .contains("Transition écologique", "Détection des fuites"));
    Run en = run("--lang", "en", "templates");
    assertThat(en.out()).contains("Water-leak detection", "Chatbot for residents");
    assertThat(en.out().lines()).hasSize(7);
  }

  @Test
  void list_alignsItsColumns_whateverTheLongestTheme() {
    for (String lang : List.of("fr", "en")) {
      List<String> lines = run("--lang", lang, "templates", "list").out().lines().toList();
      // The title starts where the count's column ends, at the same place on every line.
      Pattern count = Pattern.compile(" +\\d+  ");
      List<Integer> titleStarts =
          lines.stream()
              .map(l -> count.matcher(l).results().reduce((a, b) -> b).orElseThrow().end())
              .distinct()
              .toList();
      assertThat(titleStarts).as(lang + ": " + lines).hasSize(1);
      // The theme starts at the first letter after the id (ids have no spaces).
      Pattern afterId = Pattern.compile("^\\S+ +");
      List<Integer> themeStarts =
          lines.stream()
              .map(l -> afterId.matcher(l).results().findFirst().orElseThrow().end())
              .distinct()
              .toList();
      assertThat(themeStarts).as(lang).hasSize(1);
    }
  }

  @Test
  void show_describesDatasetsRisksOversightAndQuestions() {
    Run r = run("templates", "show", "chatbot-residents");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "Agent conversationnel pour les habitants (chatbot-residents)",
            "Jeux de données types :",
            "Conversations des habitants (Donnée d'entrée, Données personnelles)",
            "Vie privée : Données personnelles saisies dans la conversation",
            "Supervision humaine : Humain supervisant",
            "Questions à trancher par la commune :",
            "[decision.contestation]");
  }

  @Test
  void new_writesTheCommunesUsage_withTheClockAndItsOpenQuestions() throws Exception {
    Path file = dir.resolve("fuites.json");
    Run r =
        run(
            "templates",
            "new",
            "water-leak",
            "--authority",
            "Valmont-sur-Loire",
            "--authority-siren",
            "213700529",
            "--population",
            "3000",
            "--id",
            "valmont-fuites",
            "--at",
            "2026-12-01T09:00:00Z",
            "--out",
            file.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Usage écrit dans", "governance evaluate", "[system.hostingRegion]");
    AiUsage usage = JSON.read(DocumentType.USAGE, Files.readString(file));
    assertThat(usage.id().value()).isEqualTo("valmont-fuites");
    assertThat(usage.authority().siren().value()).isEqualTo("213700529");
    assertThat(usage.authority().population()).isEqualTo(3000L);
    assertThat(usage.status().stage()).isEqualTo(Stage.IDEA);
    assertThat(usage.governance().reviewDates()).containsExactly(LocalDate.of(2027, 6, 1));

    // never overwrites
    Run again =
        run(
            "templates",
            "new",
            "water-leak",
            "--authority",
            "Valmont-sur-Loire",
            "--out",
            file.toString());
    assertThat(again.code()).isEqualTo(3);

    // the record evaluates, with what is missing reported
    Run evaluate = run("evaluate", file.toString());
    assertThat(evaluate.out()).contains("valmont-fuites");
  }

  @Test
  void new_toStandardOutput_keepsTheQuestionsOnStandardError() throws Exception {
    Run r =
        run(
            "--lang",
            "en",
            "templates",
            "new",
            "drafting-assistant",
            "--authority",
            "Valmont",
            "--at",
            "2026-12-01T09:00:00Z");
    assertThat(r.code()).isZero();
    AiUsage usage = JSON.read(DocumentType.USAGE, r.out());
    assertThat(usage.id().value()).isEqualTo("drafting-assistant");
    assertThat(r.err()).contains("Questions left for the commune:", "[data.dpia]");
  }

  @Test
  void badInputs_areNamed_withTheirExitCodes() {
    Run unknown = run("templates", "new", "piscine", "--authority", "Valmont");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("modèle inconnu piscine");
    Run siren =
        run(
            "--lang",
            "en",
            "templates",
            "new",
            "water-leak",
            "--authority",
            "Valmont",
            "--authority-siren",
            "213700528");
    assertThat(siren.code()).isEqualTo(3);
    assertThat(siren.err()).contains("siren", "213700528");
    Run missing = run("templates", "new", "water-leak");
    assertThat(missing.code()).isEqualTo(2);
  }
}
