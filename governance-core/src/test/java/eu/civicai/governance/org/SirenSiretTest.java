package eu.civicai.governance.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import org.junit.jupiter.api.Test;

class SirenSiretTest {

  @Test
  void siren_valid_isAccepted_spacesIgnored() {
    assertThat(Siren.of("243 100 633").value()).isEqualTo("243100633");
  }

  @Test
  void siren_wrongCheckDigit_isRejected() {
    assertThatThrownBy(() -> Siren.of("243100634"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`siren` fails the SIREN check digit (Luhn): '243100634'");
  }

  @Test
  void siren_notNineDigits_isRejected() {
    assertThatThrownBy(() -> Siren.of("24310063A"))
        .hasMessage("`siren` must be a SIREN of 9 digits, but was '24310063A'");
  }

  @Test
  void siret_valid_givesItsSiren() {
    Siret siret = Siret.of("243 100 633 00011");
    assertThat(siret.siren()).isEqualTo(Siren.of("243100633"));
  }

  @Test
  void siret_laPoste_usesTheSumRule() {
    // La Poste establishments fail Luhn by design; INSEE asks for a digit sum multiple of 5.
    assertThat(Siret.of("35600000049837").value()).isEqualTo("35600000049837");
    assertThatThrownBy(() -> Siret.of("35600000012345"))
        .hasMessage("`siret` fails the SIRET check digit (Luhn): '35600000012345'");
  }

  @Test
  void siret_wrongLength_isRejected() {
    assertThatThrownBy(() -> Siret.of("2431006330001"))
        .hasMessage("`siret` must be a SIRET of 14 digits, but was '2431006330001'");
  }

  @Test
  void authority_siretOfAnotherSiren_isRejected() {
    Authority sicoval =
        Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION).withSiren("243100633");
    Authority withSiret = sicoval.withSiret("24310063300011");
    assertThat(withSiret.siren()).isEqualTo(Siren.of("243100633"));
    assertThatThrownBy(
            () ->
                new Authority(
                    "Sicoval",
                    AuthorityKind.COMMUNAUTE_AGGLOMERATION,
                    Siren.of("200054781"),
                    Siret.of("24310063300011"),
                    null,
                    null))
        .hasMessage("`siret` '24310063300011' does not belong to SIREN '200054781'");
  }

  @Test
  void authority_negativePopulation_isRejected() {
    assertThatThrownBy(() -> Authority.of("Commune", AuthorityKind.COMMUNE).withPopulation(-1))
        .hasMessage("`population` must not be negative, but was -1");
  }
}
