package eu.civicai.governance.aiact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The classifier's edges, its citations and the record's AI Act rules (issue 15). */
class AiActClassifierTest {
  private static final Authority COMMUNE = Authority.of("Commune", AuthorityKind.COMMUNE);

  private static AiUsage benefits(AiActRole role) {
    return AiUsage.builder("aides")
        .name("Aides sociales")
        .authority(COMMUNE)
        .aiAct(
            a ->
                a.role(role)
                    .aiSystem(Answer.YES)
                    .article2Exclusion(Article2Exclusion.NONE)
                    .annexIiiPoint(AnnexIiiPoint.P5_A)
                    .emotionRecognitionOrBiometricCategorisation(Answer.NO)
                    .prohibitedPractices(AiActSituationsTest.clearScreening()))
        .decision(
            d ->
                d.profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(false)
                    .concernsIndividuals(true))
        .build();
  }

  @Test
  void render_french_citesToThePointAndLetterTheFrenchWay() {
    assertThat(Citations.render("Art. 5(1)(h)", Locale.FRENCH)).isEqualTo("art. 5, § 1, point h)");
    assertThat(Citations.render("Art. 5(1)(h)(ii)", Locale.FRENCH))
        .isEqualTo("art. 5, § 1, point h) ii)");
    assertThat(Citations.render("Art. 50(4)", Locale.FRENCH)).isEqualTo("art. 50, § 4");
    assertThat(Citations.render("Art. 27", Locale.FRENCH)).isEqualTo("art. 27");
    assertThat(Citations.render("Art. 8–15", Locale.FRENCH)).isEqualTo("art. 8 à 15");
    assertThat(Citations.render("Annex III, point 5(a)", Locale.FRENCH))
        .isEqualTo("annexe III, point 5 a)");
    assertThat(Citations.render("Annex III, point 2", Locale.FRENCH))
        .isEqualTo("annexe III, point 2");
    assertThat(Citations.render("Annex VIII, Section C", Locale.FRENCH))
        .isEqualTo("annexe VIII, section C");
    assertThat(Citations.render("Annex I", Locale.FRENCH)).isEqualTo("annexe I");
    assertThat(Citations.render(List.of("Art. 3(3)", "Art. 25"), Locale.FRENCH))
        .isEqualTo("art. 3, § 3 ; art. 25");
  }

  @Test
  void render_english_isTheCanonicalForm_andOtherTextIsLeftAsIs() {
    assertThat(Citations.render("Annex III, point 5(a)", Locale.ENGLISH))
        .isEqualTo("Annex III, point 5(a)");
    assertThat(Citations.render(List.of("Art. 3(3)", "Art. 25"), Locale.ENGLISH))
        .isEqualTo("Art. 3(3), Art. 25");
    assertThat(Citations.render("Recital 12", Locale.FRENCH)).isEqualTo("Recital 12");
  }

  @Test
  void render_null_isTheLibrarysException() {
    assertThatThrownBy(() -> Citations.render((String) null, Locale.FRENCH))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("citation");
  }

  @Test
  void classify_nullArguments_areTheLibrarysException() {
    assertThatThrownBy(() -> AiActClassifier.classify(null, LocalDate.of(2026, 12, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("usage");
    assertThatThrownBy(() -> AiActClassifier.classify(benefits(AiActRole.DEPLOYER), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("on");
  }

  @Test
  void classify_withoutADate_listsEveryDutyAsApplying_withItsDate() {
    AiActClassification c = AiActClassifier.classify(benefits(AiActRole.DEPLOYER));

    assertThat(c.assessedOn()).isNull();
    assertThat(c.upcoming()).isEmpty();
    assertThat(c.duty(Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT).orElseThrow())
        .satisfies(
            d -> {
              assertThat(d.status()).isEqualTo(DutyStatus.APPLIES);
              assertThat(d.appliesFrom()).isEqualTo(LocalDate.of(2027, 12, 2));
            });
  }

  @Test
  void classify_theDayBefore_andTheDay_theAnnexIiiDutiesApply() {
    AiUsage usage = benefits(AiActRole.DEPLOYER);

    AiActClassification before = AiActClassifier.classify(usage, LocalDate.of(2027, 12, 1));
    AiActClassification on = AiActClassifier.classify(usage, LocalDate.of(2027, 12, 2));

    assertThat(before.duty(Obligation.REGISTRATION).orElseThrow().status())
        .isEqualTo(DutyStatus.NOT_YET_APPLICABLE);
    assertThat(before.duty(Obligation.REGISTRATION).orElseThrow().describe(Locale.ENGLISH))
        .isEqualTo(
            "Register the use in the EU database before putting the system into service"
                + " (applies from 2 December 2027)");
    assertThat(before.duty(Obligation.REGISTRATION).orElseThrow().describe(Locale.FRENCH))
        .endsWith("(s'applique à partir du 2 décembre 2027)");
    assertThat(on.duty(Obligation.REGISTRATION).orElseThrow().status())
        .isEqualTo(DutyStatus.APPLIES);
  }

  @Test
  void dates_inFrench_writeTheFirstOfTheMonthAsFrenchDoes() {
    assertThat(Texts.date(LocalDate.of(2019, 1, 1), Locale.FRENCH)).isEqualTo("1er janvier 2019");
    assertThat(Texts.date(LocalDate.of(2027, 12, 2), Locale.FRENCH)).isEqualTo("2 décembre 2027");
    assertThat(Texts.date(LocalDate.of(2019, 1, 1), Locale.ENGLISH)).isEqualTo("1 January 2019");
  }

  @Test
  void classify_carriesTheRuleSet_inEveryClassification() {
    AiActClassification c =
        AiActClassifier.classify(benefits(AiActRole.DEPLOYER), LocalDate.of(2026, 12, 1));

    assertThat(c.regulation()).isEqualTo(AiActClassifier.REGULATION);
    assertThat(AiActClassifier.REGULATION)
        .contains("2024/1689", "2026/1744", AiActClassifier.RULE_SET_VERSION);
    assertThat(c.explain(Locale.FRENCH)).contains(AiActClassifier.REGULATION_FR);
  }

  @Test
  void openQuestion_namesTheAnnexPoint_inBothLanguages() {
    AiUsage usage =
        AiUsage.builder("eau")
            .name("Fuites")
            .authority(COMMUNE)
            .aiAct(a -> a.annexIiiPoint(AnnexIiiPoint.P2))
            .build();

    AiActClassification c = AiActClassifier.classify(usage, LocalDate.of(2026, 12, 1));
    OpenQuestion q =
        c.openQuestions().stream()
            .filter(x -> x.question() == Question.CRITICAL_INFRASTRUCTURE_SAFETY_COMPONENT)
            .findFirst()
            .orElseThrow();

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(q.ask(Locale.ENGLISH))
        .contains(
            "(Annex III, point 2, Art. 3(14); `aiAct.criticalInfrastructureSafetyComponent`)");
    assertThat(q.ask(Locale.FRENCH))
        .contains(
            "(annexe III, point 2 ; art. 3, § 14 ; `aiAct.criticalInfrastructureSafetyComponent`)");
  }

  @Test
  void profile_pointOutsideTheDeclaredArea_isRefused_inBothLanguages() {
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class,
            () ->
                AiActProfile.builder()
                    .annexIiiArea(AnnexIiiArea.EMPLOYMENT)
                    .annexIiiPoint(AnnexIiiPoint.P5_A)
                    .build());

    assertThat(e.field()).isEqualTo("annexIiiPoint");
    assertThat(e.getMessage())
        .isEqualTo(
            "`annexIiiPoint` must be a point of the declared Annex III area (EMPLOYMENT), but was"
                + " P5_A");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`annexIiiPoint` doit être un point du domaine déclaré de l'annexe III (EMPLOYMENT),"
                + " mais valait P5_A");
  }

  @Test
  void profile_negativeLogRetention_isRefusedWhenSet() {
    assertThatThrownBy(() -> AiActProfile.builder().logRetentionMonths(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("logRetentionMonths");
  }

  @Test
  void profile_areaFollowsThePoint_whenOnlyThePointIsGiven() {
    assertThat(AiActProfile.builder().annexIiiPoint(AnnexIiiPoint.P4_B).build().area())
        .isEqualTo(AnnexIiiArea.EMPLOYMENT);
    assertThat(AiActProfile.builder().build().area()).isNull();
  }
}
