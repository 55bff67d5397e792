package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import java.time.Period;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, tests that kill mutants: every setter of the dataset builder keeps its value and
 * returns the builder, and a text that breaks its size rule is refused by the setter itself, before
 * {@code build()}.
 */
class Issue18DatasetBuilderTest {

  @Test
  void everySetter_keepsItsValue_andChains() {
    Authority controller = Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION);
    Contact steward = Contact.of(ContactRole.OWNER, "Direction de l'eau", "eau@example.org");
    RetentionRule rule =
        RetentionRule.of(Period.ofYears(3), RetentionTrigger.COLLECTION, EndAction.DELETE);

    Dataset dataset =
        Dataset.builder("abonnes")
            .name("Fichier des abonnés")
            .description("Les abonnés du service de l'eau")
            .controller(controller)
            .steward(steward)
            .source(DataSource.CITIZENS)
            .collectionMode(CollectionMode.MANUAL)
            .personalData(PersonalDataLevel.PERSONAL)
            .dataSubjects("abonnés")
            .dataCategories("identité", "adresse")
            .legalBasis(LegalBasis.PUBLIC_TASK)
            .purposes("facturation")
            .recipients("trésorerie")
            .transfers(Transfer.of("Suisse", "clauses contractuelles types"))
            .storageLocation("centre de données de Labège")
            .storageRegion(HostingRegion.FRANCE)
            .securityMeasures("chiffrement au repos")
            .licence("Licence Ouverte 2.0")
            .derivedFrom(DatasetId.of("compteurs"))
            .qualityNotes("doublons possibles")
            .retention(rule)
            .build();

    assertThat(dataset)
        .isEqualTo(
            new Dataset(
                DatasetId.of("abonnes"),
                "Fichier des abonnés",
                "Les abonnés du service de l'eau",
                controller,
                steward,
                DataSource.CITIZENS,
                CollectionMode.MANUAL,
                PersonalDataLevel.PERSONAL,
                List.of("abonnés"),
                List.of("identité", "adresse"),
                LegalBasis.PUBLIC_TASK,
                List.of("facturation"),
                List.of("trésorerie"),
                List.of(Transfer.of("Suisse", "clauses contractuelles types")),
                "centre de données de Labège",
                HostingRegion.FRANCE,
                "chiffrement au repos",
                "Licence Ouverte 2.0",
                List.of(DatasetId.of("compteurs")),
                "doublons possibles",
                rule));
    assertThat(dataset.toBuilder().build()).isEqualTo(dataset);
  }

  @Test
  void listSetters_takingCollections_keepTheirValues() {
    Dataset dataset =
        Dataset.builder("d")
            .name("D")
            .personalData(PersonalDataLevel.PERSONAL)
            .dataSubjects(List.of("agents"))
            .dataCategories(List.of("horaires"))
            .purposes(List.of("planning"))
            .recipients(List.of("DRH"))
            .transfers(List.of(Transfer.of("Canada", null)))
            .derivedFrom(List.of(DatasetId.of("source")))
            .build();

    assertThat(dataset.dataSubjects()).containsExactly("agents");
    assertThat(dataset.dataCategories()).containsExactly("horaires");
    assertThat(dataset.purposes()).containsExactly("planning");
    assertThat(dataset.recipients()).containsExactly("DRH");
    assertThat(dataset.transfers()).containsExactly(Transfer.of("Canada", null));
    assertThat(dataset.derivedFrom()).containsExactly(DatasetId.of("source"));
  }

  private static void refusedBySetter(String field, Consumer<Dataset.Builder> setter) {
    Dataset.Builder builder = Dataset.builder("d");
    assertThatThrownBy(() -> setter.accept(builder))
        .as(field)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).startsWith(field));
  }

  @Test
  void textsBreakingTheirSizeRule_areRefusedAtSetTime() {
    refusedBySetter("name", b -> b.name("n".repeat(201)));
    refusedBySetter("description", b -> b.description("d".repeat(10_001)));
    refusedBySetter("storageLocation", b -> b.storageLocation("s".repeat(201)));
    refusedBySetter("securityMeasures", b -> b.securityMeasures("s".repeat(2001)));
    refusedBySetter("licence", b -> b.licence("l".repeat(201)));
    refusedBySetter("qualityNotes", b -> b.qualityNotes("q".repeat(2001)));
    refusedBySetter("dataSubjects", b -> b.dataSubjects("x".repeat(201)));
    refusedBySetter("dataCategories", b -> b.dataCategories("x".repeat(201)));
    refusedBySetter("purposes", b -> b.purposes("x".repeat(201)));
    refusedBySetter("recipients", b -> b.recipients("x".repeat(201)));
  }

  @Test
  void textsWithinTheirSizeRule_areAccepted() {
    Dataset dataset =
        Dataset.builder("d")
            .name("n".repeat(200))
            .personalData(PersonalDataLevel.NONE)
            .storageLocation("s".repeat(200))
            .licence("l".repeat(200))
            .build();

    assertThat(dataset.name()).hasSize(200);
    assertThat(dataset.storageLocation()).hasSize(200);
    assertThat(dataset.licence()).hasSize(200);
  }
}
