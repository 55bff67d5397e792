package eu.civicai.governance.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void to_convertsExactlyWithinADimension() {
    assertThat(Quantity.of(1, Unit.MWH).to(Unit.KWH))
        .isEqualTo(new Quantity(new BigDecimal("1000"), Unit.KWH));
    assertThat(Quantity.of("1.5", Unit.T_CO2E).to(Unit.KG_CO2E).value())
        .isEqualByComparingTo("1500");
    assertThat(Quantity.of(8, Unit.MEUR).to(Unit.EUR).value()).isEqualByComparingTo("8000000");
  }

  @Test
  void to_hoursToDays_keepsEnoughDigits() {
    assertThat(Quantity.of(1, Unit.HOUR).to(Unit.DAY).value().toPlainString())
        .startsWith("0.041666666666");
  }

  @Test
  void plus_convertsTheOtherToThisUnit() {
    assertThat(Quantity.of(1, Unit.MWH).plus(Quantity.of(500, Unit.KWH)))
        .isEqualTo(new Quantity(new BigDecimal("1.5"), Unit.MWH));
  }

  @Test
  void plus_acrossDimensions_isRejected() {
    assertThatThrownBy(() -> Quantity.of(1, Unit.EUR).plus(Quantity.of(1, Unit.KWH)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`unit`: KWH does not convert to EUR; units of different kinds never mix");
  }

  @Test
  void compareTo_householdsWithBuildings_isRejected() {
    assertThatThrownBy(
            () -> Quantity.of(950, Unit.HOUSEHOLD).compareTo(Quantity.of(7000, Unit.BUILDING)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "`unit`: BUILDING does not convert to HOUSEHOLD; units of different kinds never mix");
  }

  @Test
  void minus_belowZero_isRejected() {
    assertThatThrownBy(() -> Quantity.of(1, Unit.KWH).minus(Quantity.of(2, Unit.KWH)))
        .hasMessage("`value` must not be negative, but was -1");
  }

  @Test
  void of_negative_isRejectedInBothLanguages() {
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> Quantity.of(-5, Unit.EUR));
    assertThat(e.getMessage()).isEqualTo("`value` must not be negative, but was -5");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo("`value` ne doit pas être négatif, mais valait -5");
  }

  @Test
  void of_textThatIsNotANumber_isRejected() {
    assertThatThrownBy(() -> Quantity.of("huit", Unit.EUR))
        .hasMessage("`value` must be a decimal number, but was 'huit'");
  }

  @Test
  void of_nonFiniteDouble_isRejected() {
    assertThatThrownBy(() -> Quantity.of(Double.NaN, Unit.EUR))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void isEquivalentTo_comparesConvertedAmounts() {
    assertThat(Quantity.of(1, Unit.MWH).isEquivalentTo(Quantity.of(1000, Unit.KWH))).isTrue();
    assertThat(Quantity.of(1, Unit.MWH)).isNotEqualTo(Quantity.of(1000, Unit.KWH));
    assertThat(Quantity.of(1, Unit.MWH).isEquivalentTo(Quantity.of(1000, Unit.EUR))).isFalse();
  }

  @Test
  void toString_isPlainWithSymbol() {
    assertThat(Quantity.of(8_000_000, Unit.EUR)).hasToString("8000000 €");
    assertThat(Quantity.of("12.5", Unit.MWH)).hasToString("12.5 MWh");
  }

  @Test
  void nullArguments_areRejectedWithTheLibraryException() {
    assertThatThrownBy(() -> Quantity.of(1, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`unit` must not be null");
    assertThatThrownBy(() -> Quantity.of((String) null, Unit.EUR))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Quantity.of(1, Unit.EUR).plus(null))
        .isInstanceOf(InvalidInputException.class);
  }
}
