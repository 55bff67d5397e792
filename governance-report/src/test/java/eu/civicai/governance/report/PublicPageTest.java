package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicPageTest {
  @TempDir Path dir;

  @Test
  void publicPage_showsPublicPartsOnly_inFrench_withCrpaInformationAndHowToContest()
      throws Exception {
    // The report is asked in English: the public page is for residents, in French.
    Fixtures.write(dir, Locale.UK);
    String page = Files.readString(dir.resolve("fiches/sicoval-fuites.html"));
    assertThat(page)
        .contains("<html lang=\"fr\">", "<h1>Détection des fuites du réseau d'eau potable</h1>")
        .contains("Un usage de l’intelligence artificielle par Sicoval")
        .contains("L312-1-3", "L311-3-1", "R311-3-1-2", "tribunal administratif", "CNIL")
        .contains("https://www.sicoval.example/algorithmes")
        .contains("Écrire au service de l'eau.")
        // the public contact is shown, the DPO's (restricted by default) is not
        .contains("eau@sicoval.example")
        .doesNotContain("Dupont Secret", "dpo@sicoval.example")
        // the system and the data use are restricted by default: named as not published
        .doesNotContain(Fixtures.SECRET_SYSTEM)
        .contains("Cette information n’est pas publiée par la collectivité.")
        .contains("Depuis le 1er janvier 2021", "8\u00a0M€");
  }

  @Test
  void usageWithRestrictedIdentity_hasNoPublicPage() {
    Fixtures.write(
        CommitteeReport.builder().clock(Fixtures.CLOCK).publicPages(true).build(),
        dir,
        List.of(Fixtures.restricted(), Fixtures.idea()),
        Locale.FRENCH);
    assertThat(dir.resolve("fiches/restricted-usage.html")).doesNotExist();
    assertThat(dir.resolve("fiches/valmont-chatbot.html")).isRegularFile();
  }
}
