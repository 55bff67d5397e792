package eu.civicai.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import org.junit.jupiter.api.Test;

class CheckTest {
  /**
   * {@code notBlank} decides most values from their first character; for every UTF-16 unit, alone,
   * followed by a letter and after a space, it must agree with {@link String#isBlank()}.
   */
  @Test
  void notBlank_agreesWithIsBlank_forEveryFirstCharacter() {
    int refused = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      for (String value : new String[] {String.valueOf(c), c + "x", " " + c}) {
        if (value.isBlank()) {
          assertThatThrownBy(() -> Check.notBlank("name", value))
              .isInstanceOfSatisfying(
                  InvalidInputException.class,
                  e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.rule()).isEqualTo("notBlank");
                  });
          refused++;
        } else {
          assertThat(Check.notBlank("name", value)).isSameAs(value);
        }
      }
    }
    assertThat(refused).isPositive();
    assertThatThrownBy(() -> Check.notBlank("name", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Check.notBlank("name", "")).isInstanceOf(InvalidInputException.class);
  }
}
