package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Criterion;
import eu.civicai.governance.charter.Principle;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.tender.ClauseSection;
import eu.civicai.governance.tender.TenderClauses;
import eu.civicai.governance.tender.TenderDossier;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.Sourcing;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 23: the tender clauses as a self-contained, auto-escaped HTML page, in French. */
class TenderPageTest {
  private static final String HOSTILE = "<script>alert(1)</script>\"onmouseover=\"alert(2)";

  private static AiUsage draft(String name) {
    return AiUsage.builder("ia-eco-pilot")
        .name(name)
        .authority(Authority.of("Métropole du Grand Paris " + HOSTILE, AuthorityKind.COMMUNE))
        .system(s -> s.sourcing(Sourcing.PUBLIC_PROCUREMENT))
        .decision(d -> d.outputRole(OutputRole.DECISION_SUPPORT).concernsIndividuals(false))
        .build();
  }

  @Test
  void html_showsEverySection_weights_sources_andTheClausesLeftOut() {
    AiUsage draft = draft("IA Éco Pilot");
    TenderDossier dossier = TenderClauses.generate(BuiltInCharters.frugalAi(), draft, List.of());

    String html = TenderPage.html(dossier, draft);

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"fr\">")
        .contains("<h1>Clauses de l'appel d'offres</h1>")
        .contains("Exigences du CCTP", "Critères d'attribution du RC")
        .contains("Pièces à fournir par chaque candidat", "Clauses écartées")
        .contains("Total des pondérations proposées : " + dossier.totalWeight() + "&nbsp;%");
    for (var c : dossier.clauses()) {
      assertThat(html).contains("id=\"" + c.id() + "\"");
      if (c.criterion() != null) {
        assertThat(html).contains("critère <code>" + c.criterion() + "</code>");
      }
    }
    assertThat(dossier.clauses(ClauseSection.RC)).isNotEmpty();
    for (var o : dossier.omitted()) {
      assertThat(html).contains("<code>" + o.id() + "</code>");
    }
    assertThat(dossier.omitted()).isNotEmpty();
  }

  @Test
  void html_isSelfContained_andEscapesHostileTextsOfTheDraftAndTheCharter() {
    AiUsage draft = draft("IA " + HOSTILE);
    Charter frugal = BuiltInCharters.frugalAi();
    // A collectivité's charter whose references are hostile too: they become the clauses' sources.
    Charter hostile =
        new Charter(
            frugal.id(),
            frugal.version(),
            frugal.title(),
            frugal.source(),
            frugal.principles().stream()
                .map(
                    p ->
                        new Principle(
                            p.id(),
                            p.title(),
                            p.criteria().stream()
                                .map(
                                    c ->
                                        new Criterion(
                                            c.id(),
                                            c.severity(),
                                            c.title(),
                                            c.appliesWhen(),
                                            c.requirement(),
                                            c.rationale(),
                                            c.remediation(),
                                            List.of(HOSTILE),
                                            c.waivable()))
                                .toList()))
                .toList(),
            frugal.minimumScore());
    TenderDossier dossier = TenderClauses.generate(hostile, draft, List.of());

    String html = TenderPage.html(dossier, draft);

    assertThat(html)
        .doesNotContain("<script", "<link", "<img", "@import", "url(")
        .contains("IA &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("sources : AFNOR SPEC 2314 (IA frugale) ; &lt;script&gt;alert(1)");
    // The quotes stay in element text, where they are plain characters: never inside a tag.
    assertThat(Pattern.compile("<[^>]*onmouseover").matcher(html).find()).isFalse();
    assertThat(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .isFalse();
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("http://", "https://");
  }

  @Test
  void html_refusesADraftOtherThanTheDossiers() {
    TenderDossier dossier =
        TenderClauses.generate(BuiltInCharters.frugalAi(), draft("A"), List.of());
    AiUsage other = AiUsage.builder("autre").name("B").authority(draft("A").authority()).build();

    assertThatThrownBy(() -> TenderPage.html(dossier, other))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ia-eco-pilot");
  }
}
