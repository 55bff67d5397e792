package eu.civicai.governance.usage;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.aiact.OpenQuestion;
import eu.civicai.governance.aiact.Question;
import eu.civicai.governance.aiact.ReasonCode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link AiActProfile.Builder#noProhibitedPractice()}: the Art. 5 screening in one call. */
class NoProhibitedPracticeTest {

  @Test
  void answersEveryPracticeNo_andInvokesNoArticle5_1_hException() {
    AiActProfile profile = AiActProfile.builder().noProhibitedPractice().build();

    assertThat(profile.prohibitedPractices())
        .hasSize(ProhibitedPractice.values().length)
        .allSatisfy((practice, answer) -> assertThat(answer).as("%s", practice).isFalse());
    assertThat(profile.screeningComplete()).isTrue();
    assertThat(profile.realTimeBiometricException()).isEqualTo(RealTimeBiometricException.NONE);
  }

  @Test
  void isTheSameProfileAsTheMapOfFalseItReplaces() {
    Map<ProhibitedPractice, Boolean> answers = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice practice : ProhibitedPractice.values()) {
      answers.put(practice, false);
    }
    AiActProfile byHand =
        AiActProfile.builder()
            .prohibitedPractices(answers)
            .realTimeBiometricException(RealTimeBiometricException.NONE)
            .build();

    assertThat(AiActProfile.builder().noProhibitedPractice().build()).isEqualTo(byHand);
  }

  @Test
  void replacesEarlierAnswers_includingAnInvokedException() {
    AiActProfile profile =
        AiActProfile.builder()
            .prohibitedPractices(Map.of(ProhibitedPractice.SOCIAL_SCORING, true))
            .realTimeBiometricException(RealTimeBiometricException.IMMINENT_THREAT)
            .noProhibitedPractice()
            .build();

    assertThat(profile.prohibitedPractices().get(ProhibitedPractice.SOCIAL_SCORING)).isFalse();
    assertThat(profile.realTimeBiometricException()).isEqualTo(RealTimeBiometricException.NONE);
  }

  @Test
  void aLaterAnswerStillWins() {
    AiActProfile profile =
        AiActProfile.builder()
            .noProhibitedPractice()
            .prohibitedPractices(Map.of(ProhibitedPractice.SOCIAL_SCORING, true))
            .build();

    assertThat(profile.prohibitedPractices())
        .containsExactly(Map.entry(ProhibitedPractice.SOCIAL_SCORING, true));
    assertThat(profile.screeningComplete()).isFalse();
  }

  @Test
  void theClassifierFindsTheScreeningAnswered_withNoProhibitedPractice() {
    AiUsage unscreened =
        Samples.fullUsage().toBuilder().aiAct(a -> a.prohibitedPractices(null)).build();
    AiUsage screened = unscreened.toBuilder().aiAct(a -> a.noProhibitedPractice()).build();
    LocalDate on = LocalDate.of(2026, 12, 1);

    AiActClassification before = AiActClassifier.classify(unscreened, on);
    AiActClassification after = AiActClassifier.classify(screened, on);

    assertThat(before.openQuestions())
        .extracting(OpenQuestion::question)
        .contains(Question.ART_5_SCREENING);
    assertThat(after.openQuestions())
        .extracting(OpenQuestion::question)
        .doesNotContain(Question.ART_5_SCREENING, Question.ART_5_1_H_EXCEPTION);
    assertThat(after.reasons()).noneMatch(r -> r.code() == ReasonCode.PROHIBITED_PRACTICE);
  }
}
