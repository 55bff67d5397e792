package eu.civicai.governance.aiact;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.ProhibitedPractice;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a reason of a classification reads as a sentence for people, in the caller's language:
 * each value of its detail by its label, dates written out, several values joined in order, the
 * articles of the reason or the code's own.
 */
class ReasonTextTest {

  @Test
  void detail_isShownByTheLabelsOfItsValues_inOrder() {
    Reason reason =
        new Reason(
            ReasonCode.PROHIBITED_PRACTICE,
            ProhibitedPractice.MANIPULATION.name()
                + ", "
                + ProhibitedPractice.EXPLOITING_VULNERABILITIES.name());

    assertThat(reason.explain(Locale.ENGLISH))
        .isEqualTo(
            "It does a practice the AI Act prohibits: "
                + ProhibitedPractice.MANIPULATION.labelEn()
                + ", "
                + ProhibitedPractice.EXPLOITING_VULNERABILITIES.labelEn());
    assertThat(reason.explain(Locale.FRENCH))
        .isEqualTo(
            "Il met en œuvre une pratique que le règlement IA interdit : "
                + ProhibitedPractice.MANIPULATION.labelFr()
                + ", "
                + ProhibitedPractice.EXPLOITING_VULNERABILITIES.labelFr());
  }

  @Test
  void detail_ofAnAnnexPoint_isItsLabel_andAnUnknownValueIsShownAsItIs() {
    Reason point = new Reason(ReasonCode.ANNEX_III_AREA, AnnexIiiPoint.P1_A.name());
    assertThat(point.explain(Locale.ENGLISH))
        .isEqualTo("It falls under Annex III: " + AnnexIiiPoint.P1_A.labelEn());
    assertThat(point.explain(Locale.FRENCH))
        .isEqualTo("Il relève de l'annexe III : " + AnnexIiiPoint.P1_A.labelFr());

    Reason free = new Reason(ReasonCode.ANNEX_III_AREA, "point 9, P1_A");
    assertThat(free.explain(Locale.ENGLISH))
        .isEqualTo("It falls under Annex III: point 9, " + AnnexIiiPoint.P1_A.labelEn());
  }

  @Test
  void datesInTheDetail_areWrittenOut_theFirstOfTheMonthAsTheFrenchWriteIt() {
    Reason first = new Reason(ReasonCode.PUBLIC_AUTHORITY_TRANSITION, "2026-08-01");
    assertThat(first.explain(Locale.FRENCH))
        .startsWith("En service depuis le 1er août 2026, avant");
    assertThat(first.explain(Locale.ENGLISH)).startsWith("In service since 1 August 2026, before");
    Reason other = new Reason(ReasonCode.PUBLIC_AUTHORITY_TRANSITION, "2025-03-14");
    assertThat(other.explain(Locale.FRENCH)).startsWith("En service depuis le 14 mars 2025, avant");
    assertThat(other.explain(Locale.ENGLISH)).startsWith("In service since 14 March 2025, before");
    // Not a date: shown as it is.
    Reason notADate = new Reason(ReasonCode.PUBLIC_AUTHORITY_TRANSITION, "2025-3-14");
    assertThat(notADate.explain(Locale.ENGLISH)).startsWith("In service since 2025-3-14, before");
  }

  @Test
  void withoutDetail_theSentenceStandsAlone() {
    Reason reason = new Reason(ReasonCode.AI_SYSTEM, null);
    assertThat(reason.explain(Locale.ENGLISH)).isEqualTo("It is declared an AI system");
    assertThat(reason.explain(Locale.FRENCH)).isEqualTo("Il est déclaré système d'IA");
  }

  @Test
  void articles_areTheReasonsOwn_orElseTheCodes() {
    assertThat(new Reason(ReasonCode.PROHIBITED_PRACTICE, null).articles())
        .containsExactly("Art. 5(1)");
    assertThat(new Reason(ReasonCode.PROHIBITED_PRACTICE, null, List.of()).articles())
        .containsExactly("Art. 5(1)");
    assertThat(new Reason(ReasonCode.PROHIBITED_PRACTICE, null, List.of("Art. 5(1)(h)")).articles())
        .containsExactly("Art. 5(1)(h)");
    assertThat(new Reason(ReasonCode.ANNEX_III_AREA, null).cite(Locale.ENGLISH))
        .isEqualTo(Citations.render(List.of("Art. 6(2)", "Annex III"), Locale.ENGLISH))
        .contains("6(2)", "Annex III");
  }
}
