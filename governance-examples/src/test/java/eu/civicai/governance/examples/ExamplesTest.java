package eu.civicai.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.usage.AiUsage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void documentAUsage_buildsTheSicovalRecord() {
    AiUsage usage = DocumentAUsage.sicovalLeakDetection();

    assertThat(usage.authority().siren().value()).isEqualTo("243100633");
    assertThat(usage.benefits())
        .extracting(b -> b.measured().toString())
        .containsExactly("8 M€", "950 foyers");
  }

  @Test
  void detectATampering_namesTheModifiedEntry() {
    LedgerVerification result = DetectATampering.run(Locale.ENGLISH);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBadSequence()).isEqualTo(2);
    assertThat(result.problem()).isEqualTo(LedgerVerification.Problem.HASH_MISMATCH);
  }
}
