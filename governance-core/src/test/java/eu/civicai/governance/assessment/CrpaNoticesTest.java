package eu.civicai.governance.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.OutputRole;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 23, "The CRPA notice for individual decisions". */
class CrpaNoticesTest {

  @Test
  void generate_fullRecord_writesTheMentionOwedUnderL311_3_1() {
    CrpaNotice notice =
        CrpaNotices.generate(
            CrpaCases.full(),
            List.of(CrpaCases.requests()),
            List.of(AppliedParameter.of("Quotient familial", "40 %", "812 €")),
            Locale.FRENCH);

    assertThat(notice.applicability()).isEqualTo(CrpaApplicability.APPLIES);
    assertThat(notice.language()).isEqualTo("fr");
    assertThat(notice.explicitMention().text())
        .isEqualTo(
            "Cette décision a été prise sur le fondement d'un traitement algorithmique,"
                + " « Cotation des demandes », mis en œuvre par Ville de Nantes. Ce traitement a"
                + " pour finalité : classer les demandes de place en crèche selon des critères"
                + " publics. Conformément à l'article L. 311-3-1 du code des relations entre le"
                + " public et l'administration, vous avez le droit d'obtenir la communication des"
                + " règles définissant ce traitement et des principales caractéristiques de sa"
                + " mise en œuvre. Pour exercer ce droit : Écrire à la direction petite enfance ;"
                + " contact : Direction petite enfance (creches@example.org). Si votre demande est"
                + " refusée, ou reste sans réponse pendant un mois, vous pouvez saisir la"
                + " Commission d'accès aux documents administratifs (CADA) dans un délai de deux"
                + " mois.");
    assertThat(notice.explicitMention().reference()).isEqualTo("CRPA, art. L311-3-1 et R311-3-1-1");
    assertThat(notice.complete()).isTrue();
    assertThat(notice.missing()).isEmpty();
  }

  @Test
  void generate_fullRecord_fillsTheFourItemsOfR311_3_1_2() {
    CrpaNotice notice =
        CrpaNotices.generate(
            CrpaCases.full(),
            List.of(CrpaCases.requests()),
            List.of(
                AppliedParameter.of("Quotient familial", "40 %", "812 €"),
                AppliedParameter.of("Fratrie déjà accueillie", null, "oui")),
            Locale.FRENCH);

    assertThat(notice.onRequest())
        .extracting(NoticePart::key)
        .containsExactly(
            "r311-3-1-2.contribution",
            "r311-3-1-2.data",
            "r311-3-1-2.parameters",
            "r311-3-1-2.operations");
    assertThat(notice.onRequest())
        .extracting(NoticePart::reference)
        .containsExactly(
            "CRPA, art. R311-3-1-2, 1°",
            "CRPA, art. R311-3-1-2, 2°",
            "CRPA, art. R311-3-1-2, 3°",
            "CRPA, art. R311-3-1-2, 4°");
    assertThat(notice.onRequest().get(0).text())
        .isEqualTo(
            "Le traitement est une aide à la décision : il produit un résultat au vu duquel un"
                + " agent prend la décision. Contrôle humain : Humain dans la boucle. La commission"
                + " d'attribution examine chaque dossier. Peuvent écarter le résultat : Commission"
                + " d'attribution. Environ 1500 décisions par an reposent sur ce traitement.");
    assertThat(notice.onRequest().get(1).text())
        .isEqualTo(
            "• Demandes de place en crèche (Donnée d'entrée), source : Usagers ; catégories de"
                + " données : situation familiale, quotient familial");
    assertThat(notice.onRequest().get(2).text())
        .isEqualTo(
            "• Quotient familial — pondération : 40 % ; valeur retenue pour l'intéressé : 812 €\n"
                + "• Fratrie déjà accueillie — sans pondération ; valeur retenue pour l'intéressé :"
                + " oui");
    assertThat(notice.onRequest().get(3).text())
        .isEqualTo(
            "Chaque critère rempli donne des points ; les demandes sont classées par total"
                + " décroissant. Techniques : Système à base de règles. Modèles : grille de"
                + " cotation 2026. Le traitement n'apprend pas en service : ses règles ne changent"
                + " qu'avec une nouvelle version.");
  }

  @Test
  void generate_minimalRecord_marksEveryPartItCannotFill() {
    CrpaNotice notice = CrpaNotices.generate(CrpaCases.minimal(), List.of());

    assertThat(notice.applicability()).isEqualTo(CrpaApplicability.UNKNOWN);
    assertThat(notice.missing())
        .containsExactly(
            "purpose.goal",
            "decision.contestation",
            "decision.outputRole",
            "decision.oversight.level",
            "dataUse.datasets",
            "parameters",
            "system.description");
    assertThat(notice.explicitMention().text())
        .contains(
            "pour finalité : [À compléter : finalité du traitement (purpose.goal)].",
            "Pour exercer ce droit : [À compléter : modalités pour demander les règles du"
                + " traitement (decision.contestation)].");
    assertThat(notice.onRequest().get(2).text())
        .isEqualTo(
            "[À compléter : paramètres appliqués à la situation de l'intéressé, à renseigner pour"
                + " chaque demande (parameters)]");
    for (NoticePart part : notice.parts()) {
      assertThat(part.complete()).as(part.key()).isFalse();
    }
  }

  @Test
  void generate_datasetNotGiven_isMarkedMissingByItsPlaceInTheRecord() {
    CrpaNotice notice =
        CrpaNotices.generate(
            CrpaCases.full(),
            List.of(),
            List.of(AppliedParameter.of("Rang", null, null)),
            Locale.FRENCH);

    assertThat(notice.missing())
        .containsExactly("dataUse.datasets[0] (demandes-creche)", "parameters[0].appliedValue");
    assertThat(notice.onRequest().get(1).text())
        .isEqualTo(
            "• demandes-creche (Donnée d'entrée), source : [À compléter : source du jeu de données"
                + " (dataUse.datasets[0] (demandes-creche))]");
  }

  @Test
  void generate_english_rendersTheSameStructureInEnglish() {
    CrpaNotice notice = CrpaNotices.generate(CrpaCases.minimal(), List.of(), List.of(), Locale.UK);

    assertThat(notice.language()).isEqualTo("en");
    assertThat(notice.explicitMention().title())
        .isEqualTo("Explicit mention carried by the decision");
    assertThat(notice.explicitMention().text())
        .startsWith(
            "This decision was taken on the basis of an algorithmic processing, \"Aide à"
                + " l'attribution des places en crèche\", operated by Ville de Nantes. Its purpose"
                + " is: [To be completed: purpose of the processing (purpose.goal)].");
    assertThat(notice.onRequest().get(1).title()).isEqualTo("2° Data processed and their sources");
  }

  @Test
  void applicability_followsConcernsIndividualsAndOutputRole() {
    assertThat(CrpaNotices.applicability(null)).isEqualTo(CrpaApplicability.UNKNOWN);
    assertThat(CrpaNotices.applicability(decision(null, OutputRole.DECISION_SUPPORT)))
        .isEqualTo(CrpaApplicability.UNKNOWN);
    assertThat(CrpaNotices.applicability(decision(null, OutputRole.INFORMATION)))
        .isEqualTo(CrpaApplicability.DOES_NOT_APPLY);
    assertThat(CrpaNotices.applicability(decision(false, OutputRole.AUTOMATED_DECISION)))
        .isEqualTo(CrpaApplicability.DOES_NOT_APPLY);
    assertThat(CrpaNotices.applicability(decision(true, OutputRole.INFORMATION)))
        .isEqualTo(CrpaApplicability.DOES_NOT_APPLY);
    assertThat(CrpaNotices.applicability(decision(true, OutputRole.AUTOMATED_DECISION)))
        .isEqualTo(CrpaApplicability.APPLIES);
    assertThat(CrpaNotices.applicability(decision(true, null)))
        .isEqualTo(CrpaApplicability.APPLIES);
  }

  @Test
  void toMarkdown_listsThePartsAndWhatIsMissing_escapingTheRecord() {
    AiUsage usage =
        CrpaCases.minimal().toBuilder()
            .purpose(p -> p.goal("classer *vite* les [demandes]"))
            .build();
    String md = CrpaNotices.generate(usage, List.of()).toMarkdown("Crèches # 1");

    assertThat(md)
        .startsWith(
            "# Mention explicite et informations communicables (CRPA) — Crèches \\# 1\n\n"
                + "> Non déterminé : la fiche ne dit pas si des décisions individuelles en"
                + " dépendent\n\n## Mention explicite portée sur la décision\n\n");
    assertThat(md).contains("pour finalité : classer \\*vite\\* les \\[demandes\\].");
    assertThat(md).contains("### 4° Opérations effectuées par le traitement\n\n");
    assertThat(md).endsWith("- `parameters`\n- `system.description`\n");
  }

  @Test
  void generate_randomRecords_everyPartIsCompleteOrShowsAMarkerPerMissingField() {
    Random random = new Random(23);
    AiUsage full = CrpaCases.full();
    for (int i = 0; i < 200; i++) {
      AiUsage.Builder b = CrpaCases.minimal().toBuilder();
      if (random.nextBoolean()) b.purpose(full.purpose());
      if (random.nextBoolean()) b.system(full.system());
      if (random.nextBoolean()) b.decision(full.decision());
      if (random.nextBoolean()) b.dataUse(full.dataUse());
      if (random.nextBoolean()) b.contacts(full.contacts());
      List<Dataset> datasets = random.nextBoolean() ? List.of(CrpaCases.requests()) : List.of();
      List<AppliedParameter> parameters =
          random.nextBoolean() ? List.of(AppliedParameter.of("Rang", "1", "3")) : List.of();
      CrpaNotice notice = CrpaNotices.generate(b.build(), datasets, parameters, Locale.FRENCH);
      for (NoticePart part : notice.parts()) {
        int markers = part.text().split("\\[À compléter : ", -1).length - 1;
        assertThat(markers).as("%s seed %d", part.key(), i).isEqualTo(part.missing().size());
        for (String field : part.missing()) {
          assertThat(part.text()).contains("(" + field + ")]");
        }
      }
    }
  }

  @Test
  void generate_nullArguments_throwTheLibrarysException() {
    assertThatThrownBy(() -> CrpaNotices.generate(null, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`usage` must not be null");
    java.util.ArrayList<Dataset> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> CrpaNotices.generate(CrpaCases.minimal(), withNull))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`datasets[0]` must not be null");
    assertThatThrownBy(() -> CrpaNotices.generate(CrpaCases.minimal(), List.of(), List.of(), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`locale` must not be null");
  }

  @Test
  void appliedParameter_blankName_isRejectedInBothLanguages() {
    InvalidInputException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> AppliedParameter.of(" ", null, null), InvalidInputException.class);
    assertThat(e.getMessage()).isEqualTo("`name` must not be blank, but was ' '");
    assertThat(e.message(Locale.FRENCH)).isEqualTo("`name` ne doit pas être vide, mais valait ' '");
  }

  private static DecisionMaking decision(Boolean individuals, OutputRole role) {
    return DecisionMaking.builder().concernsIndividuals(individuals).outputRole(role).build();
  }
}
