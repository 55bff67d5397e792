package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count chooses its words (<code>{0?singular|plural}</code> in the bundles): « 1 usage, 8
 * rapports », "1 usage, 8 reports", never "1 usages". French takes the singular for 0 and 1,
 * English for 1 only.
 */
class CountWordsTest {
  private static final Locale FR = Locale.FRENCH;
  private static final Locale EN = Locale.ENGLISH;
  private static final Pattern LEFT_OVER = Pattern.compile("\\{\\d{1,2}(\\?|})");

  @TempDir Path dir;

  @Test
  void singular_followsEachLanguagesRule() {
    String pattern = "{0} {0?usage|usages}";
    assertThat(CliText.format(FR, pattern, 0)).isEqualTo("0 usage");
    assertThat(CliText.format(FR, pattern, 1)).isEqualTo("1 usage");
    assertThat(CliText.format(FR, pattern, 2)).isEqualTo("2 usages");
    assertThat(CliText.format(EN, pattern, 0)).isEqualTo("0 usages");
    assertThat(CliText.format(EN, pattern, 1)).isEqualTo("1 usage");
    assertThat(CliText.format(EN, pattern, 1_000_000L)).isEqualTo("1000000 usages");
    // A count given as text (already formatted) is read; anything else takes the plural.
    assertThat(CliText.format(EN, pattern, "1")).isEqualTo("1 usage");
    assertThat(CliText.format(FR, pattern, "1 000")).isEqualTo("1 000 usages");
    assertThat(CliText.format(EN, pattern, 1.0)).isEqualTo("1.0 usages");
    assertThat(CliText.format(EN, "{0?one|many}")).isEqualTo("many");
  }

  @Test
  void aBranchMayHoldPlaceholders_andAMalformedChoiceIsLeftAsWritten() {
    String pattern = "{0?seul le premier est affiché|seuls les {0} premiers sont affichés}";
    assertThat(CliText.format(FR, pattern, 1)).isEqualTo("seul le premier est affiché");
    assertThat(CliText.format(FR, pattern, 20)).isEqualTo("seuls les 20 premiers sont affichés");
    assertThat(CliText.format(EN, "{0?no bar} {0}", 3)).isEqualTo("{0?no bar} 3");
    assertThat(CliText.format(EN, "{x} {1}", "a", "b")).isEqualTo("{x} b");
  }

  @Test
  void everyMessageOfBothBundles_leavesNoChoiceOrPlaceholderBehind() {
    for (Locale locale : List.of(FR, EN)) {
      ResourceBundle bundle = CliText.bundle(locale);
      for (String key : Collections.list(bundle.getKeys())) {
        for (Object count : List.of(0, 1, 2, 17)) {
          Object[] arguments = Collections.nCopies(10, count).toArray();
          String text = CliText.get(locale, key, arguments);
          assertThat(LEFT_OVER.matcher(text).find())
              .as("%s %s with %s: %s", locale, key, count, text)
              .isFalse();
        }
      }
    }
  }

  @Test
  void bothBundlesChooseWordsForTheSameCounts() {
    Pattern choice = Pattern.compile("\\{(\\d{1,2})\\?");
    ResourceBundle fr = CliText.bundle(FR);
    ResourceBundle en = CliText.bundle(EN);
    for (String key : List.of("evaluate.summary", "evaluate.exit1", "evaluate.unknown")) {
      assertThat(choice.matcher(fr.getString(key)).results().map(m -> m.group(1)).distinct())
          .as(key)
          .containsExactlyElementsOf(
              choice.matcher(en.getString(key)).results().map(m -> m.group(1)).distinct().toList());
    }
  }

  @Test
  void evaluateSummary_ofOneUsage_isSingular_inBothLanguages() throws Exception {
    AiUsage usage =
        AiUsage.builder("chatbot")
            .name("Agent conversationnel")
            .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
            .build();
    Path file = dir.resolve("register.json");
    Files.writeString(
        file,
        GovernanceJson.create()
            .write(DocumentType.REGISTER, new RegisterDocument(List.of(usage), List.of())));
    String at = "2026-11-27T16:00:00Z";
    String en = lastLine(run("--lang", "en", "evaluate", "--at", at, file.toString()));
    String fr = lastLine(run("evaluate", "--at", at, file.toString()));
    assertThat(en).startsWith("1 usage, 8 reports: ");
    assertThat(fr).startsWith("1 usage, 8 rapports : ");
    String one =
        lastLine(
            run(
                "--lang",
                "en",
                "evaluate",
                "--at",
                at,
                "--charter",
                "civicai.ethics",
                file.toString()));
    assertThat(one).startsWith("1 usage, 1 report: ");
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    return out.toString();
  }

  private static String lastLine(String out) {
    return out.strip().lines().reduce((a, b) -> b).orElseThrow();
  }
}
