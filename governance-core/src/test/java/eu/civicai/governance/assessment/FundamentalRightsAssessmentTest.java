package eu.civicai.governance.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.FriaElement;
import eu.civicai.governance.usage.FundamentalRightsAssessment;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 23, "Fundamental-rights impact assessment (AI Act Art. 27)". */
class FundamentalRightsAssessmentTest {
  static final LocalDate ASSESSED = LocalDate.of(2026, 9, 1);

  static FundamentalRightsAssessment complete() {
    return FundamentalRightsAssessment.builder(2, ASSESSED)
        .assessor("Direction petite enfance et DPO")
        .processes("Instruction des demandes de place en crèche, avant la commission d'attribution")
        .periodAndFrequency("Deux campagnes par an, de mars à mai et de septembre à octobre")
        .affectedCategories("Familles demandeuses", "Enfants de moins de trois ans")
        .risksOfHarm("Discrimination indirecte des familles monoparentales")
        .oversightMeasures("La commission examine chaque classement et peut le modifier")
        .measuresIfRisksMaterialise("Suspension de la cotation et instruction manuelle")
        .governanceAndComplaints("Comité de suivi trimestriel ; réclamation auprès du médiateur")
        .notified(LocalDate.of(2026, 9, 15), "MSA-2026-042")
        .nextReviewOn(LocalDate.of(2027, 9, 1))
        .build();
  }

  @Test
  void complete_whenEveryElementOfArticle27_1IsFilled() {
    FundamentalRightsAssessment fria = complete();
    assertThat(fria.missingElements()).isEmpty();
    assertThat(fria.complete()).isTrue();
    assertThat(fria.notified()).isTrue();
  }

  @Test
  void missingElements_listsTheLettersLeftEmpty_inTheOrderOfTheArticle() {
    FundamentalRightsAssessment fria =
        complete().toBuilder()
            .periodAndFrequency(null)
            .risksOfHarm(java.util.List.of())
            .governanceAndComplaints(" ")
            .build();
    assertThat(fria.missingElements())
        .containsExactly(
            FriaElement.PERIOD_AND_FREQUENCY,
            FriaElement.RISKS_OF_HARM,
            FriaElement.MEASURES_IF_RISKS_MATERIALISE);
    assertThat(fria.complete()).isFalse();
    assertThat(FriaElement.RISKS_OF_HARM.citation()).isEqualTo("AI Act Art. 27(1)(d)");
  }

  @Test
  void currentOn_readsTheReviewDate_andIsUnknownWithoutOne() {
    FundamentalRightsAssessment fria = complete();
    assertThat(fria.currentOn(LocalDate.of(2027, 9, 1))).isTrue();
    assertThat(fria.currentOn(LocalDate.of(2027, 9, 2))).isFalse();
    assertThat(fria.currentOn(LocalDate.of(2026, 8, 31))).isFalse();
    assertThat(fria.toBuilder().nextReviewOn(null).build().currentOn(LocalDate.of(2030, 1, 1)))
        .isNull();
  }

  @Test
  void notification_beforeTheAssessment_isRejectedInBothLanguages() {
    InvalidInputException e =
        catchThrowableOfType(
            () ->
                FundamentalRightsAssessment.builder(1, ASSESSED)
                    .notified(LocalDate.of(2026, 8, 1), null),
            InvalidInputException.class);
    assertThat(e.field()).isEqualTo("notifiedOn");
    assertThat(e.getMessage())
        .isEqualTo("`notifiedOn` must not be before `assessedOn` (2026-09-01), but was 2026-08-01");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`notifiedOn` ne doit pas précéder `assessedOn` (2026-09-01), mais valait 2026-08-01");
  }

  @Test
  void constructor_checksWhatTheBuilderChecks() {
    assertThatThrownBy(
            () ->
                new FundamentalRightsAssessment(
                    0, ASSESSED, null, null, null, null, null, null, null, null, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`version` must be at least 1, but was 0");
    assertThatThrownBy(
            () ->
                new FundamentalRightsAssessment(
                    1, null, null, null, null, null, null, null, null, null, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`assessedOn` must not be null");
    assertThatThrownBy(
            () ->
                new FundamentalRightsAssessment(
                    1,
                    ASSESSED,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    LocalDate.of(2020, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "`nextReviewOn` must not be before `assessedOn` (2026-09-01), but was 2020-01-01");
    assertThatThrownBy(() -> FundamentalRightsAssessment.builder(1, ASSESSED).assessor("a\nb"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(t -> ((InvalidInputException) t).field())
        .isEqualTo("assessor");
  }

  @Test
  void usage_keepsItsAssessmentInTheAiActProfile() {
    AiUsage usage = CrpaCases.full().toBuilder().aiAct(a -> a.fria(complete())).build();
    assertThat(usage.aiAct().fria()).isEqualTo(complete());
    assertThat(usage.toBuilder().build().aiAct().fria().version()).isEqualTo(2);
  }

  @Test
  void template_withoutAssessment_marksEveryElementAndShowsTheRecordsHints() {
    String md =
        FriaTemplate.markdown(
            CrpaCases.full().toBuilder()
                .risk(
                    r ->
                        r.description("Biais envers les familles monoparentales")
                            .mitigations("Audit annuel"))
                .build(),
            LocalDate.of(2026, 10, 1),
            Locale.FRENCH);

    assertThat(md)
        .startsWith(
            "# Analyse d'impact sur les droits fondamentaux (AI Act, art. 27)\n\n"
                + "Usage : Aide à l'attribution des places en crèche  \nDéployeur : Ville de Nantes\n\n"
                + "Aucune analyse n'est encore enregistrée dans la fiche : ce modèle est à remplir.");
    for (FriaElement e : FriaElement.values()) {
      assertThat(md).contains("## " + e.letter() + ") " + e.labelFr() + "\n\n_" + e.citation());
      assertThat(md).contains("[À compléter : " + e.labelFr() + "]");
    }
    assertThat(md)
        .contains("- Risque recensé : Biais envers les familles monoparentales\n")
        .contains("- Mesure prévue : Audit annuel\n")
        .contains("- Contrôle humain : Humain dans la boucle\n")
        .contains(
            "[À compléter : date et référence de la notification des résultats]",
            "[À compléter : date du prochain réexamen]");
  }

  @Test
  void template_withAssessment_showsItsContentAndStatus() {
    AiUsage usage =
        CrpaCases.full().toBuilder()
            .aiAct(a -> a.fria(complete().toBuilder().oversightMeasures(null).build()))
            .build();
    String md = FriaTemplate.markdown(usage, LocalDate.of(2027, 10, 1), Locale.FRENCH);

    assertThat(md)
        .contains(
            "Version 2 du 2026-09-01 — Direction petite enfance et DPO  \n"
                + "Éléments manquants : e · date de réexamen dépassée · notifiée à l'autorité de"
                + " surveillance du marché\n")
        .contains("• Familles demandeuses\n\n• Enfants de moins de trois ans\n\n")
        .contains("Résultats notifiés le 2026-09-15 (MSA-2026-042)")
        .doesNotContain("[À compléter : Processus");
    assertThat(md.split("\\[À compléter : ", -1)).hasSize(2);
  }

  @Test
  void template_english_isWrittenInEnglish() {
    String md =
        FriaTemplate.markdown(CrpaCases.minimal(), LocalDate.of(2026, 10, 1), Locale.ENGLISH);
    assertThat(md)
        .startsWith("# Fundamental rights impact assessment (AI Act, Art. 27)\n\n")
        .contains("[To be completed: Specific risks of harm to those persons or groups]");
  }

  @Test
  void missingElements_randomAssessments_matchTheEmptyComponents() {
    Random random = new Random(27);
    for (int i = 0; i < 300; i++) {
      FundamentalRightsAssessment.Builder b = complete().toBuilder();
      int expected = 0;
      if (random.nextBoolean()) {
        b.processes(null);
        expected++;
      }
      if (random.nextBoolean()) {
        b.periodAndFrequency("");
        expected++;
      }
      if (random.nextBoolean()) {
        b.affectedCategories(java.util.List.of());
        expected++;
      }
      if (random.nextBoolean()) {
        b.risksOfHarm(java.util.List.of());
        expected++;
      }
      if (random.nextBoolean()) {
        b.oversightMeasures(null);
        expected++;
      }
      boolean f1 = random.nextBoolean();
      boolean f2 = random.nextBoolean();
      if (f1) b.measuresIfRisksMaterialise(null);
      if (f2) b.governanceAndComplaints(null);
      if (f1 || f2) expected++;
      FundamentalRightsAssessment fria = b.build();
      assertThat(fria.missingElements()).as("seed %d", i).hasSize(expected);
      assertThat(fria.complete()).isEqualTo(expected == 0);
    }
  }
}
