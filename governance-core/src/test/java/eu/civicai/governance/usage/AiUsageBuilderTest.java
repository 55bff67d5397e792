package eu.civicai.governance.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AiUsageBuilderTest {
  private static final Authority SICOVAL =
      Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION).withSiren("243100633");

  private static GovernanceException thrown(Runnable action) {
    try {
      action.run();
    } catch (GovernanceException e) {
      return e;
    }
    throw new AssertionError("expected a GovernanceException");
  }

  @Test
  void minimalRecord_needsOnlyIdentity() {
    AiUsage usage =
        AiUsage.builder("chatbot-mairie").name("Agent conversationnel").authority(SICOVAL).build();

    assertThat(usage.id()).isEqualTo(UsageId.of("chatbot-mairie"));
    assertThat(usage.status()).isNull();
    assertThat(usage.risks()).isEmpty();
    assertThat(usage.revision()).isEqualTo(1);
  }

  @Test
  void name_blank_isRejectedInBothLanguages() {
    GovernanceException e = thrown(() -> AiUsage.builder("x").name(" "));

    assertThat(e).isInstanceOf(InvalidInputException.class);
    assertThat(e.field()).isEqualTo("name");
    assertThat(e.rule()).isEqualTo("notBlank");
    assertThat(e.getMessage()).isEqualTo("`name` must not be blank, but was ' '");
    assertThat(e.message(Locale.FRENCH)).isEqualTo("`name` ne doit pas être vide, mais valait ' '");
  }

  @Test
  void name_tooLong_namesTheLimit() {
    GovernanceException e = thrown(() -> AiUsage.builder("x").name("a".repeat(101)));

    assertThat(e.getMessage())
        .isEqualTo(
            "`name` must be at most 100 characters long, but had 101: '" + "a".repeat(80) + "…'");
    assertThat(e.message(Locale.forLanguageTag("fr-FR")))
        .startsWith("`name` doit faire au plus 100 caractères, mais en avait 101 : 'aaa");
  }

  @Test
  void siret_badCheckDigit_isRejectedInBothLanguages() {
    GovernanceException e = thrown(() -> SICOVAL.withSiret("24310063300012"));

    assertThat(e.field()).isEqualTo("siret");
    assertThat(e.rule()).isEqualTo("siret.luhn");
    assertThat(e.getMessage())
        .isEqualTo("`siret` fails the SIRET check digit (Luhn): '24310063300012'");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo("`siret` : la clé de contrôle du SIRET (Luhn) est fausse : '24310063300012'");
  }

  @Test
  void quantity_negative_isRejectedWithItsPathInTheRecord() {
    GovernanceException e =
        thrown(
            () ->
                AiUsage.builder("x")
                    .benefit(b -> b.name("Gains").measured(Quantity.of(-5, Unit.EUR))));

    assertThat(e.field()).isEqualTo("benefits[0].value");
    assertThat(e.getMessage()).isEqualTo("`benefits[0].value` must not be negative, but was -5");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo("`benefits[0].value` ne doit pas être négatif, mais valait -5");
  }

  @Test
  void status_endBeforeStart_isRejectedAtBuild() {
    GovernanceException e =
        thrown(
            () ->
                AiUsage.builder("x")
                    .status(
                        s ->
                            s.startDate(LocalDate.of(2024, 3, 1))
                                .endDate(LocalDate.of(2024, 2, 1))));

    assertThat(e.field()).isEqualTo("status.endDate");
    assertThat(e.getMessage())
        .isEqualTo(
            "`status.endDate` must not be before `startDate` (2024-03-01), but was 2024-02-01");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`status.endDate` ne doit pas précéder `startDate` (2024-03-01), mais valait 2024-02-01");
  }

  @Test
  void risk_likelihoodOutOfRange_namesTheRiskByPosition() {
    AiUsage.Builder builder =
        AiUsage.builder("x").risk(r -> r.description("Biais").likelihood(2).severity(2));

    GovernanceException e = thrown(() -> builder.risk(r -> r.description("Panne").likelihood(5)));

    assertThat(e.getMessage()).isEqualTo("`risks[1].likelihood` must be at most 4, but was 5");
  }

  @Test
  void footprint_energyInEuros_isRejected() {
    GovernanceException e =
        thrown(
            () ->
                AiUsage.builder("x")
                    .footprint(f -> f.inferenceEnergyPerYear(Quantity.of(3, Unit.EUR))));

    assertThat(e.getMessage())
        .isEqualTo("`footprint.inferenceEnergyPerYear` must be a quantity of ENERGY, but was 3 €");
  }

  @Test
  void build_withoutAuthority_isRejected() {
    GovernanceException e = thrown(() -> AiUsage.builder("x").name("Nom").build());

    assertThat(e.getMessage()).isEqualTo("`authority` must not be null");
  }

  @Test
  void id_notASlug_isRejected() {
    GovernanceException e = thrown(() -> AiUsage.builder("Détection Fuites"));

    assertThat(e.getMessage())
        .isEqualTo(
            "`id` must be a slug (1 to 64 lower-case letters, digits or single hyphens), but was 'Détection Fuites'");
  }

  @Test
  void partners_nullElement_isRejectedWithItsIndex() {
    GovernanceException e = thrown(() -> AiUsage.builder("x").partners("Veolia", null));

    assertThat(e.getMessage()).isEqualTo("`partners[1]` must not be null");
  }

  @Test
  void listsPassedToBuilders_changedAfterBuild_changeNothing() {
    List<String> partners = new ArrayList<>(List.of("Veolia"));
    List<AiTechnique> techniques = new ArrayList<>(List.of(AiTechnique.MACHINE_LEARNING));
    AiUsage usage =
        AiUsage.builder("x")
            .name("Nom")
            .authority(SICOVAL)
            .partners(partners)
            .system(s -> s.techniques(techniques))
            .build();

    partners.add("Suez");
    techniques.clear();

    assertThat(usage.partners()).containsExactly("Veolia");
    assertThat(usage.system().techniques()).containsExactly(AiTechnique.MACHINE_LEARNING);
    assertThatThrownBy(() -> usage.partners().add("Suez"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_reusedAfterBuild_doesNotChangeTheBuiltRecord() {
    AiUsage.Builder builder =
        AiUsage.builder("x").name("Nom").authority(SICOVAL).partners("Veolia");
    AiUsage first = builder.build();

    builder.partners("Suez").name("Autre");

    assertThat(first.partners()).containsExactly("Veolia");
    assertThat(first.name()).isEqualTo("Nom");
  }

  @Test
  void toBuilder_copiesEveryPart() {
    AiUsage full = Samples.fullUsage();

    assertThat(full.toBuilder().build()).isEqualTo(full);
  }

  @Test
  void partEditedTwice_keepsEarlierFields() {
    AiUsage usage =
        AiUsage.builder("x")
            .name("Nom")
            .authority(SICOVAL)
            .status(s -> s.stage(Stage.EXPERIMENTATION))
            .status(s -> s.startDate(LocalDate.of(2023, 1, 1)))
            .build();

    assertThat(usage.status().stage()).isEqualTo(Stage.EXPERIMENTATION);
    assertThat(usage.status().startDate()).isEqualTo(LocalDate.of(2023, 1, 1));
  }

  @Test
  void contact_withNeitherNameNorEmail_isRejected() {
    GovernanceException e = thrown(() -> Contact.of(ContactRole.DPO, null, null));

    assertThat(e.getMessage()).isEqualTo("`name`: a contact needs a name or an email");
  }

  @Test
  void contact_badEmail_isRejected() {
    GovernanceException e = thrown(() -> Contact.of(ContactRole.DPO, "DPO", "pas-une-adresse"));

    assertThat(e.getMessage())
        .isEqualTo("`email` must be an email address, but was 'pas-une-adresse'");
  }

  @Test
  void transparency_visibility_defaultsToThePartDefault() {
    Transparency transparency =
        Transparency.builder()
            .visibility(java.util.Map.of(Part.FUNDING, eu.civicai.governance.Visibility.PUBLIC))
            .build();

    assertThat(transparency.visibilityOf(Part.FUNDING))
        .isEqualTo(eu.civicai.governance.Visibility.PUBLIC);
    assertThat(transparency.visibilityOf(Part.CONTACTS))
        .isEqualTo(eu.civicai.governance.Visibility.RESTRICTED);
    assertThat(transparency.visibilityOf(Part.PURPOSE))
        .isEqualTo(eu.civicai.governance.Visibility.PUBLIC);
  }

  @Test
  void enums_haveFrenchAndEnglishLabels() {
    assertThat(Stage.DEPLOYMENT.label(Locale.FRENCH)).isEqualTo("En déploiement");
    assertThat(Stage.DEPLOYMENT.label(Locale.UK)).isEqualTo("Deployment");
    assertThat(HostingRegion.OUTSIDE_EU.label(Locale.CANADA_FRENCH))
        .isEqualTo("Hors Union européenne");
  }

  @Test
  void hosting_andDatasetUse_keepTheirValues() {
    Hosting hosting =
        Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE).withSecNumCloud(true);
    DatasetUse use = DatasetUse.of("compteurs", DataRole.TRAINING);

    assertThat(hosting.secNumCloud()).isTrue();
    assertThat(use.dataset()).isEqualTo(DatasetId.of("compteurs"));
  }
}
