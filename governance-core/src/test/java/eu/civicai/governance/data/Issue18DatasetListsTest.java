package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "One rule for builders": the list setters of the dataset builder replace what was set
 * before (as their Javadoc says), whichever overload sets them; a transfer's safeguard is declared
 * only when it says something; records check their components as readers give them.
 */
class Issue18DatasetListsTest {

  private static Dataset.Builder builder() {
    return Dataset.builder("abonnes")
        .name("Fichier des abonnés")
        .personalData(PersonalDataLevel.NONE);
  }

  @Test
  void listSetters_replaceTheEarlierValues() {
    Dataset dataset =
        builder()
            .dataSubjects("usagers", "agents")
            .dataSubjects(List.of("abonnés"))
            .dataCategories(List.of("identité", "consommation"))
            .dataCategories("index")
            .purposes("facturation", "relance")
            .purposes(List.of("détection de fuites"))
            .recipients(List.of("trésorerie", "prestataire"))
            .recipients("régie")
            .transfers(Transfer.of("Suisse", "décision d'adéquation"), Transfer.of("Maroc", null))
            .transfers(List.of(Transfer.of("Canada", "clauses types")))
            .derivedFrom(DatasetId.of("compteurs"), DatasetId.of("meteo"))
            .derivedFrom(List.of(DatasetId.of("releves")))
            .build();

    assertThat(dataset.dataSubjects()).containsExactly("abonnés");
    assertThat(dataset.dataCategories()).containsExactly("index");
    assertThat(dataset.purposes()).containsExactly("détection de fuites");
    assertThat(dataset.recipients()).containsExactly("régie");
    assertThat(dataset.transfers()).containsExactly(Transfer.of("Canada", "clauses types"));
    assertThat(dataset.derivedFrom()).containsExactly(DatasetId.of("releves"));
  }

  @Test
  void listSetters_givenNothing_clearTheList() {
    Dataset dataset =
        builder()
            .dataSubjects("usagers")
            .dataSubjects(List.of())
            .purposes("facturation")
            .purposes()
            .transfers(Transfer.of("Suisse", "décision d'adéquation"))
            .transfers(List.of())
            .derivedFrom(DatasetId.of("compteurs"))
            .derivedFrom()
            .build();

    assertThat(dataset.dataSubjects()).isEmpty();
    assertThat(dataset.purposes()).isEmpty();
    assertThat(dataset.transfers()).isEmpty();
    assertThat(dataset.derivedFrom()).isEmpty();
  }

  @Test
  void declares_aPurposeOnlyWhenListed() {
    Dataset dataset = builder().purposes("facturation", "détection de fuites").build();
    assertThat(dataset.declares("facturation")).isTrue();
    assertThat(dataset.declares("détection de fuites")).isTrue();
    assertThat(dataset.declares(" Facturation ")).isTrue(); // case and spaces aside
    assertThat(dataset.declares("prospection")).isFalse();
    assertThat(dataset.declares(null)).isFalse();
    assertThat(builder().build().declares("facturation")).isFalse();
  }

  @Test
  void transfer_hasASafeguard_onlyWhenItSaysSomething() {
    assertThat(Transfer.of("Suisse", "décision d'adéquation").hasSafeguard()).isTrue();
    assertThat(Transfer.of("Maroc", null).hasSafeguard()).isFalse();
    assertThat(Transfer.of("Maroc", " ").hasSafeguard()).isFalse();
    assertThatThrownBy(() -> Transfer.of(" ", "clauses types"))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "country");
    assertThatThrownBy(() -> Transfer.of("Suisse", "s".repeat(2001)))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "safeguard");
  }
}
