package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Issue 19, "Messages that help": the whole command line in the chosen language (picocli's help and
 * errors included), every parameter described, an example in each command's help, what is expected
 * with an example, every problem of a document at once, unknown facts named with the nearest ones,
 * evaluate's summary line, a single usage exported.
 */
class MessagesIssue19CliTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  // --- help in the chosen language
  // ----------------------------------------------------------------

  @Test
  void help_isFrenchByDefaultAndWithLangFr_andEnglishWithLangEn() {
    for (Run fr : List.of(run("--help"), run("--lang", "fr", "--help"))) {
      assertThat(fr.out())
          .contains("Utilisation : governance", "Commandes :", "Codes de sortie :")
          .contains("Affiche cette aide et s'arrête.")
          .contains("3   une entrée illisible ou mal formée")
          .doesNotContain("Usage:", "Show this help message");
    }
    Run en = run("--lang", "en", "--help");
    assertThat(en.out())
        .contains("Usage: governance", "Commands:", "Exit codes:", "Show this help message")
        .doesNotContain("Utilisation");
  }

  @Test
  void langAfterTheCommand_isReadBeforeParsingToo() {
    assertThat(run("evaluate", "--lang", "en", "--help").out())
        .contains("Usage: governance evaluate");
    assertThat(run("evaluate", "--lang=en", "--help").out()).contains("Example:");
    assertThat(run("evaluate", "--help").out())
        .contains("Utilisation : governance evaluate", "Exemple :");
  }

  @Test
  void everyCommand_isDescribedWithAnExample_andEveryOptionAndParameter_inBothLanguages() {
    CommandLine fr = tree(Locale.FRENCH);
    CommandLine en = tree(Locale.ENGLISH);
    List<String> checked = new ArrayList<>();
    compare(fr, en, checked);
    assertThat(checked).contains("governance evaluate --at", "governance validate FILE");
    assertThat(checked.size()).isGreaterThan(40);
  }

  private static CommandLine tree(Locale locale) {
    CommandLine cli = new CommandLine(new GovernanceCli());
    cli.setResourceBundle(CliText.bundle(locale));
    return cli;
  }

  private static void compare(CommandLine fr, CommandLine en, List<String> checked) {
    CommandSpec f = fr.getCommandSpec();
    CommandSpec e = en.getCommandSpec();
    String name = f.qualifiedName();
    assertThat(String.join(" ", f.usageMessage().description()))
        .as("description of %s", name)
        .isNotBlank()
        .isNotEqualTo(String.join(" ", e.usageMessage().description()));
    assertThat(f.usageMessage().footer()).as("French example of %s", name).isNotEmpty();
    assertThat(e.usageMessage().footer()).as("English example of %s", name).isNotEmpty();
    assertThat(String.join(" ", e.usageMessage().footer())).contains("governance");
    List<ArgSpec> args = new ArrayList<>(f.args());
    List<ArgSpec> others = new ArrayList<>(e.args());
    for (int i = 0; i < args.size(); i++) {
      ArgSpec a = args.get(i);
      String label = a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel();
      String french = String.join(" ", a.description());
      String english = String.join(" ", others.get(i).description());
      assertThat(french).as("French description of %s %s", name, label).isNotBlank();
      assertThat(english).as("English description of %s %s", name, label).isNotBlank();
      assertThat(french)
          .as("%s %s is translated (not the annotation's English)", name, label)
          .isNotEqualTo(english);
      checked.add(name + " " + label);
    }
    for (String sub : fr.getSubcommands().keySet()) {
      compare(fr.getSubcommands().get(sub), en.getSubcommands().get(sub), checked);
    }
  }

  // --- picocli's errors in the chosen language
  // ----------------------------------------------------

  @Test
  void unknownOption_isNamedWithTheNearestOne_inBothLanguages() {
    Run fr = run("evaluate", "--fromat", "json", "x.json");
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.err())
        .startsWith("governance: option inconnue --fromat ; vouliez-vous dire `--format`")
        .contains("Voir : governance evaluate --help");
    Run en = run("--lang", "en", "evaluate", "--fromat", "json", "x.json");
    assertThat(en.err())
        .startsWith("governance: unknown option --fromat; did you mean `--format`")
        .contains("See: governance evaluate --help");
    assertThat(en.out()).isEmpty();
  }

  @Test
  void unknownCommand_suggestsTheNearest() {
    assertThat(run("--lang", "en", "evalute").err())
        .contains("unknown command evalute; the commands are validate, evaluate")
        .contains("did you mean `evaluate`");
    assertThat(run("evalute").err()).contains("commande inconnue evalute");
  }

  @Test
  void atTomorrow_saysWhatIsExpected_withAnExample() {
    Run fr = run("evaluate", "--at", "demain", "x.json");
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.err())
        .startsWith(
            "governance: valeur invalide pour --at : demain ; attendu : un instant ISO-8601 en UTC,"
                + " par exemple 2026-11-27T16:00:00Z");
    Run en = run("--lang", "en", "classify", "--at", "tomorrow", "x.json");
    assertThat(en.err())
        .startsWith(
            "governance: invalid value for --at: tomorrow; expected an ISO-8601 instant in UTC,"
                + " such as 2026-11-27T16:00:00Z");
    assertThat(en.err()).doesNotContain("DateTimeParseException", "java.");
  }

  @Test
  void badEnumAndBadNumber_listWhatIsAccepted() {
    assertThat(run("--lang", "de", "charters").err())
        .startsWith(
            "governance: valeur invalide pour --lang : de ; attendu : l'une des valeurs fr, en");
    assertThat(run("--lang", "en", "evaluate", "--fail-on", "SEVERE", "x.json").err())
        .contains(
            "invalid value for --fail-on: SEVERE; expected one of INFO, MINOR, MAJOR, BLOCKING");
    assertThat(run("--lang", "en", "ledger", "deadlines", "--within", "soon", "l.jsonl").err())
        .contains("invalid value for --within: soon; expected a whole number, such as 90");
  }

  @Test
  void missingParameter_isNamedAndDescribed() {
    Run fr = run("validate");
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.err()).startsWith("governance: il manque : FILE (Les documents à vérifier");
    assertThat(run("--lang", "en", "validate").err())
        .startsWith("governance: missing: FILE (The documents to check");
    assertThat(run("--lang", "en", "evaluate", "--at").err())
        .contains("--at needs a value: an ISO-8601 instant in UTC, such as 2026-11-27T16:00:00Z");
  }

  @Test
  void commandsOwnErrors_areInTheChosenLanguage() {
    assertThat(run("evaluate", "--tenant", "243100633", "x.json").err())
        .startsWith("governance: --tenant ne va pas sans --store");
    assertThat(run("--lang", "en", "evaluate").err())
        .startsWith("governance: a file, or --store and --tenant, is needed");
    assertThat(run("charters", "show", "nope").err())
        .startsWith("governance: charte inconnue nope");
    assertThat(run("--lang", "en", "ledger").err()).startsWith("governance: a command is needed");
  }

  // --- documents: every problem, what is expected ------------------------------------------------

  private Path file(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static String usageText(String name, String stage, String extra) {
    return "{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":{\"id\":\"chatbot\",\"name\":\""
        + name
        + "\",\"authority\":{\"name\":\"Valmont\",\"kind\":\"COMMUNE\"},\"status\":{\"stage\":\""
        + stage
        + "\"}"
        + extra
        + "}}";
  }

  @Test
  void validate_reportsEveryProblemOfADocumentAtOnce() throws Exception {
    Path bad = file("bad.json", usageText("", "SOMEDAY", ",\"colour\":\"blue\""));
    Run en = run("--lang", "en", "validate", bad.toString());
    assertThat(en.code()).isEqualTo(3);
    List<String> lines = en.err().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith(bad + ": `/content/name`: ").endsWith(" [notBlank]");
    assertThat(lines.get(1))
        .startsWith(bad + ": `/content/status/stage`: the value is not one of [")
        .endsWith("] [json.enum]");
    assertThat(lines.get(2))
        .isEqualTo(
            bad
                + ": `/content/colour`: this property is not part of the format [json.unknownProperty]");
    Run limited = run("validate", "--max-problems", "1", bad.toString());
    assertThat(limited.err().lines()).hasSize(2);
    assertThat(limited.err())
        .contains(" : d'autres problèmes suivent ; seul le premier est affiché");
  }

  @Test
  void validate_syntaxError_givesLineAndColumn() throws Exception {
    Path bad = file("syntax.json", "{\n  \"schemaVersion\" : \"1.0\",\n  \"type\" \"usage\"\n}\n");
    assertThat(run("validate", bad.toString()).err())
        .contains("n'est pas un JSON bien formé (ligne 3, colonne");
    assertThat(run("--lang", "en", "validate", bad.toString()).err())
        .contains("is not well-formed JSON (line 3, column");
  }

  @Test
  void unknownFact_isNamed_withTheNearestFacts_thePointerAndTheVocabulary() throws Exception {
    String charter =
        JSON.write(DocumentType.CHARTER, StarterCharter.of(true))
            .replace("\"decision.oversightLevel\"", "\"decision.oversightLevl\"");
    Path file = file("charte.json", charter);
    Run fr = run("validate", file.toString());
    assertThat(fr.code()).isEqualTo(3);
    assertThat(fr.err())
        .contains(
            "`/content/principles/0/criteria/0/requirement/fact` : fait inconnu"
                + " `decision.oversightLevl` ; vouliez-vous dire `decision.oversightLevel`")
        .contains("docs/facts.md");
    Run en = run("--lang", "en", "evaluate", "--charter", file.toString(), file.toString());
    assertThat(en.err())
        .contains(
            "`/content/principles/0/criteria/0/requirement/fact`: unknown fact"
                + " `decision.oversightLevl`; did you mean `decision.oversightLevel`")
        .contains("Every fact is described in docs/facts.md");
  }

  @Test
  void badDurationAndMissingField_sayWhatIsExpected() throws Exception {
    String dataset =
        "{\"schemaVersion\":\"1.0\",\"type\":\"dataset\",\"content\":{\"id\":\"abonnes\","
            + "\"name\":\"Abonnés\",\"retention\":{\"duration\":\"six mois\","
            + "\"trigger\":\"COLLECTION\",\"endAction\":\"DELETE\"}}}";
    Path file = file("dataset.json", dataset);
    Run fr = run("validate", file.toString());
    assertThat(fr.err())
        .contains("une durée ISO-8601 est attendue, par exemple P6M (six mois), P1Y ou P30D");
    assertThat(run("--lang", "en", "validate", file.toString()).err())
        .contains("expected an ISO-8601 period, such as P6M (six months), P1Y or P30D");
    Path missing =
        file(
            "missing.json",
            "{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":{\"id\":\"a\",\"name\":\"A\"}}");
    assertThat(run("validate", missing.toString()).err()).contains("champ obligatoire manquant");
    assertThat(run("--lang", "en", "validate", missing.toString()).err())
        .contains("required field missing");
  }

  // --- evaluate's text and export ----------------------------------------------------------------

  private Path register(List<AiUsage> usages) throws Exception {
    return file(
        "register-" + usages.size() + ".json",
        JSON.write(DocumentType.REGISTER, new RegisterDocument(usages, List.of())));
  }

  private static AiUsage usage(String id) {
    return AiUsage.builder(id)
        .name("Agent " + id)
        .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
        .build();
  }

  @Test
  void evaluateText_showsRemediationAndUnknownFindings_andEndsWithASummaryLine() throws Exception {
    Path file = register(List.of(usage("a"), usage("b")));
    Run en =
        run(
            "--lang",
            "en",
            "evaluate",
            "--at",
            "2026-11-27T16:00:00Z",
            "--charter",
            BuiltInCharters.ethics().id(),
            file.toString());
    assertThat(en.out()).contains("    ? [", "      To do: ");
    String last = en.out().strip().lines().reduce((x, y) -> y).orElseThrow();
    assertThat(last).startsWith("2 usages, 2 reports: ");
    assertThat(last).containsPattern("Exit code (0|1): ").contains("(--fail-on BLOCKING)");
    assertThat(last).containsPattern("\\d+ findings are UNKNOWN");
    assertThat(en.code()).isEqualTo(last.contains("Exit code 1") ? 1 : 0);
    Run fr =
        run(
            "evaluate",
            "--at",
            "2026-11-27T16:00:00Z",
            "--charter",
            "civicai.ethics",
            file.toString());
    assertThat(fr.out()).contains("      À faire : ").containsPattern("2 usages, 2 rapports : ");
  }

  @Test
  void evaluateText_ofAnEmptyRegister_saysSo() throws Exception {
    Path file = register(List.of());
    assertThat(run("--lang", "en", "evaluate", file.toString()).out())
        .isEqualTo("No usage to evaluate: the input holds none.\n");
    assertThat(run("evaluate", file.toString()).out())
        .isEqualTo("Aucun usage à évaluer : l'entrée n'en contient pas.\n");
  }

  @Test
  void failOnHelp_saysHowUnknownFindingsCount() {
    assertThat(run("--lang", "en", "evaluate", "--help").out().replaceAll("\\s+", " "))
        .contains(
            "UNKNOWN findings (missing information, the INCOMPLETE verdict) never fail the run");
    assertThat(run("evaluate", "--help").out().replaceAll("\\s+", " "))
        .contains("verdict INCOMPLET) ne font jamais échouer");
  }

  @Test
  void export_acceptsASingleUsage() throws Exception {
    Path one = file("one.json", JSON.write(DocumentType.USAGE, usage("seul")));
    Run run = run("export", "interconnectes", "--profile", "full", one.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Agent seul");
  }

  @Test
  void deadlines_areHumanDatesInTheChosenLanguage() {
    // The dates themselves are checked on a real ledger by CliTest; here, the words.
    assertThat(
            CliText.get(
                Locale.FRENCH, "deadlines.overdue", "d", "Suppression", "5 février 2026", "x"))
        .isEqualTo("dépassée  d : Suppression, échéance le 5 février 2026 (x)");
  }
}
