package eu.civicai.governance.exchange.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.Visibility;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.RandomUsages;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.Hosting;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.RiskCategory;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Supplier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.component.modelCard.consideration.consumption.Activity;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * CycloneDX 1.6 (issue 22): validated by cyclonedx-core-java's own schema validator, read back by
 * its parser, deterministic, and honouring the profile.
 */
class CycloneDxTest {
  private static final Instant UPDATED = Instant.parse("2026-03-04T05:06:07.890Z");

  static Dataset trainingSet() {
    return Dataset.builder("demandes-2024")
        .name("Demandes d'aide 2024")
        .description("Demandes instruites en 2024, anonymisées.")
        .controller(Authority.of("Ville de Brume", AuthorityKind.COMMUNE))
        .personalData(PersonalDataLevel.NONE)
        .licence("Licence Ouverte 2.0")
        .build();
  }

  static AiUsage usage() {
    return AiUsage.builder("tri-courrier")
        .name("Tri du courrier")
        .summary("Oriente les courriers vers le bon service.")
        .authority(Authority.of("Ville de Brume", AuthorityKind.COMMUNE))
        .contact(Contact.of(ContactRole.OWNER, "Secret Agent", "secret@brume.fr"))
        .contact(Contact.of(ContactRole.AI_REFERENT, "Référente IA", "ia@brume.fr").publicly())
        .link("Fiche", "https://brume.example/ia/tri")
        .purpose(p -> p.goal("Réduire le délai de réponse.").audiences(Audience.GENERAL_PUBLIC))
        .system(
            s ->
                s.algorithmName("CamemBERT fine-tuned")
                    .techniques(AiTechnique.NATURAL_LANGUAGE_PROCESSING)
                    .models(
                        AiModel.of("camembert-tri")
                            .withVersion("2.1")
                            .withProvider("Prestataire SA")
                            .withOpenWeights(true))
                    .sourcing(Sourcing.values()[0])
                    .suppliers(Supplier.of("Prestataire SA", "développement"))
                    .hosting(Hosting.of(HostingMode.values()[0], HostingRegion.values()[0])))
        .dataUse(
            d ->
                d.datasets(
                    DatasetUse.of("demandes-2024", DataRole.TRAINING),
                    DatasetUse.of("courrier-entrant", DataRole.INPUT)))
        .risk(
            r ->
                r.category(RiskCategory.RELIABILITY)
                    .description("Courrier mal orienté")
                    .mitigations(List.of("relecture par un agent")))
        .risk(
            r ->
                r.category(RiskCategory.DISCRIMINATION)
                    .description("Moins bon sur les courriers manuscrits")
                    .mitigations(List.of("tri manuel des manuscrits")))
        .risk(r -> r.category(RiskCategory.PRIVACY).description("Données personnelles lues"))
        .footprint(
            f ->
                f.trainingEnergy(Quantity.of(1200, Unit.KWH))
                    .inferenceEnergyPerYear(Quantity.of(3, Unit.MWH))
                    .carbonPerYear(Quantity.of(40, Unit.KG_CO2E))
                    .method("CodeCarbon"))
        .transparency(
            t ->
                t.visibility(
                    Map.of(
                        Part.SYSTEM,
                        Visibility.PUBLIC,
                        Part.DATA_USE,
                        Visibility.PUBLIC,
                        Part.RISKS,
                        Visibility.PUBLIC,
                        Part.CONTACTS,
                        Visibility.PUBLIC)))
        .metadata(m -> m.language("fr").updatedAt(UPDATED))
        .build();
  }

  static List<ParseException> validate(Export e) throws Exception {
    return new JsonParser().validate(e.bytes(), Version.VERSION_16);
  }

  @Test
  void full_isValidCycloneDx16_withAModelCardPerModel_andDatasetsAsData() throws Exception {
    Export e =
        CycloneDx.export(
            List.of(usage()), ExportProfile.FULL, DatasetLookup.of(List.of(trainingSet())));

    assertThat(validate(e)).isEmpty();
    assertThat(e.format()).isEqualTo("cyclonedx");
    assertThat(e.mediaType()).isEqualTo("application/vnd.cyclonedx+json");
    Bom bom = new JsonParser().parse(e.bytes());
    assertThat(bom.getSpecVersion()).isEqualTo("1.6");
    assertThat(bom.getMetadata().getSupplier().getName()).isEqualTo("Ville de Brume");
    Component app = bom.getComponents().get(0);
    assertThat(app.getType()).isEqualTo(Component.Type.APPLICATION);
    assertThat(app.getBomRef()).isEqualTo("usage:tri-courrier");
    assertThat(app.getSupplier().getName()).isEqualTo("Ville de Brume");
    assertThat(app.getSupplier().getContacts())
        .extracting(c -> c.getEmail())
        .containsExactly("secret@brume.fr", "ia@brume.fr");
    assertThat(app.getManufacturer().getName()).isEqualTo("Prestataire SA");
    assertThat(app.getProperties())
        .extracting(p -> p.getName() + "=" + p.getValue())
        .contains("civicai:language=fr", "civicai:purpose.goal=Réduire le délai de réponse.");

    Component model = app.getComponents().get(0);
    assertThat(model.getType()).isEqualTo(Component.Type.MACHINE_LEARNING_MODEL);
    assertThat(model.getName()).isEqualTo("camembert-tri");
    assertThat(model.getVersion()).isEqualTo("2.1");
    assertThat(model.getSupplier().getName()).isEqualTo("Prestataire SA");
    var card = model.getModelCard();
    assertThat(card.getModelParameters().getModelArchitecture()).isEqualTo("CamemBERT fine-tuned");
    assertThat(card.getModelParameters().getDatasets())
        .extracting(d -> d.getRef())
        .containsExactly("usage:tri-courrier/dataset:demandes-2024");
    var considerations = card.getConsiderations();
    assertThat(considerations.getUseCases()).containsExactly("Réduire le délai de réponse.");
    assertThat(considerations.getTechnicalLimitations())
        .containsExactly("Courrier mal orienté — mesures : relecture par un agent");
    assertThat(considerations.getFairnessAssessments())
        .singleElement()
        .satisfies(
            f -> assertThat(f.getMitigationStrategy()).isEqualTo("tri manuel des manuscrits"));
    assertThat(considerations.getEthicalConsiderations())
        .extracting(r -> r.getName())
        .containsExactly("Données personnelles lues");
    var energy = considerations.getEnvironmentalConsiderations().getEnergyConsumptions();
    assertThat(energy)
        .extracting(c -> c.getActivity())
        .containsExactly(Activity.TRAINING, Activity.INFERENCE);
    assertThat(energy.get(0).getActivityEnergyCost().getValue()).isEqualTo(1200.0);
    assertThat(energy.get(1).getActivityEnergyCost().getValue()).isEqualTo(3000.0);

    Component data = app.getComponents().get(1);
    assertThat(data.getType()).isEqualTo(Component.Type.DATA);
    assertThat(data.getBomRef()).isEqualTo("usage:tri-courrier/dataset:demandes-2024");
    assertThat(data.getName()).isEqualTo("Demandes d'aide 2024");
    assertThat(data.getLicenses().getLicenses().get(0).getName()).isEqualTo("Licence Ouverte 2.0");
    assertThat(
            data.getData()
                .get(0)
                .getGovernance()
                .getCustodians()
                .get(0)
                .getOrganization()
                .getName())
        .isEqualTo("Ville de Brume");
    // A dataset the lookup does not hold is still named, by its id.
    assertThat(app.getComponents().get(2).getName()).isEqualTo("courrier-entrant");

    // The usage model holds no measured performance: said, never invented.
    assertThat(e.diagnostics("export.expected"))
        .extracting(Diagnostic::column)
        .containsExactly("model[0].modelCard.quantitativeAnalysis.performanceMetrics");
    assertThat(e.text()).doesNotContain("performanceMetrics");
  }

  @Test
  void public_honoursEachPartsVisibility() throws Exception {
    Export e =
        CycloneDx.export(
            List.of(usage()), ExportProfile.PUBLIC, DatasetLookup.of(List.of(trainingSet())));

    assertThat(validate(e)).isEmpty();
    // The owner's contact is not public, the footprint is restricted by default.
    assertThat(e.text())
        .doesNotContain("secret@brume.fr", "Secret Agent", "energyConsumptions", "CodeCarbon")
        .contains("ia@brume.fr", "camembert-tri", "Courrier mal orienté");
    assertThat(e.text()).contains("\"value\" : \"public\"");
    assertThat(e.diagnostics("export.expected"))
        .extracting(Diagnostic::column)
        .contains("model[0].modelCard.considerations.environmentalConsiderations");
  }

  @Test
  void bytes_areDeterministic_serialFromContent_timestampFromTheRecordOrTheClock()
      throws Exception {
    DatasetLookup ds = DatasetLookup.of(List.of(trainingSet()));
    Export first = CycloneDx.export(List.of(usage()), ExportProfile.FULL, ds);
    Locale before = Locale.getDefault();
    Export again;
    try {
      // The library's own date format follows the default locale: the export must not.
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      again = CycloneDx.export(List.of(usage()), ExportProfile.FULL, ds);
    } finally {
      Locale.setDefault(before);
    }
    assertThat(again.bytes()).isEqualTo(first.bytes());
    assertThat(first.text()).contains("\"timestamp\" : \"2026-03-04T05:06:07Z\"");
    String serial = new JsonParser().parse(first.bytes()).getSerialNumber();
    assertThat(serial)
        .matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    AiUsage renamed = usage().toBuilder().name("Tri du courrier entrant").build();
    String other =
        new JsonParser()
            .parse(CycloneDx.export(List.of(renamed), ExportProfile.FULL, ds).bytes())
            .getSerialNumber();
    assertThat(other).isNotEqualTo(serial);

    Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00.5Z"), ZoneOffset.UTC);
    Export clocked = CycloneDx.export(List.of(usage()), ExportProfile.FULL, ds, clock);
    assertThat(clocked.text()).contains("\"timestamp\" : \"2026-12-01T10:00:00Z\"");
    assertThat(validate(clocked)).isEmpty();
    assertThat(first.text()).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void withoutModels_orWithSeveral_theFootprintIsTheApplicationsAndSaidSo() throws Exception {
    AiUsage none =
        usage().toBuilder().system(usage().system().toBuilder().models(List.of()).build()).build();
    AiUsage two =
        usage().toBuilder()
            .system(
                usage().system().toBuilder()
                    .models(AiModel.of("a").withVersion("1"), AiModel.of("b"))
                    .build())
            .build();

    Export e =
        CycloneDx.export(List.of(none, two), ExportProfile.FULL, DatasetLookup.of(List.of()));

    assertThat(validate(e)).isEmpty();
    assertThat(e.diagnostics("export.expected"))
        .extracting(d -> d.row() + " " + d.column())
        .contains(
            "1 components[machine-learning-model]", "2 model[1].version", "2 model[1].supplier");
    assertThat(e.diagnostics("export.approximate"))
        .extracting(Diagnostic::row)
        .containsExactly(1, 2);
    assertThat(e.text())
        .contains("civicai:footprint.trainingEnergy")
        .doesNotContain("energyConsumptions");
  }

  @Test
  void anAddressTheSchemaRefuses_isWrittenAsAProperty_andSaidSo() throws Exception {
    AiUsage u =
        usage().toBuilder()
            .contacts(List.of(Contact.of(ContactRole.OWNER, "Agent", "agent@brume.example")))
            .build();

    Export e = CycloneDx.export(List.of(u), ExportProfile.FULL, DatasetLookup.of(List.of()));

    assertThat(validate(e)).isEmpty();
    Component app = new JsonParser().parse(e.bytes()).getComponents().get(0);
    assertThat(app.getSupplier().getContacts().get(0).getEmail()).isNull();
    assertThat(app.getProperties())
        .extracting(p -> p.getName() + "=" + p.getValue())
        .contains("civicai:contact.email=agent@brume.example");
    assertThat(e.diagnostics("export.approximate"))
        .extracting(Diagnostic::column)
        .contains("supplier.contact[0].email");
  }

  @Test
  void restrictedIdentity_isWithheld_andAnEmptyRegisterIsAValidBom() throws Exception {
    AiUsage hidden =
        usage().toBuilder()
            .transparency(
                usage().transparency().toBuilder()
                    .visibility(Map.of(Part.IDENTITY, Visibility.RESTRICTED))
                    .build())
            .build();

    Export e = CycloneDx.export(List.of(hidden), ExportProfile.PUBLIC, DatasetLookup.of(List.of()));

    assertThat(validate(e)).isEmpty();
    assertThat(e.text()).doesNotContain("Tri du courrier", "timestamp");
    assertThat(e.diagnostics("export.withheld")).hasSize(1);
  }

  /** Generated registers, both profiles: never a crash, always valid against the 1.6 schema. */
  @Test
  void generatedRegisters_alwaysValid() throws Exception {
    Random extra = new Random(22);
    int models = 0;
    for (long seed = 1; seed <= 6; seed++) {
      RandomUsages random = new RandomUsages(seed);
      List<AiUsage> usages = new ArrayList<>();
      List<Dataset> datasets = new ArrayList<>();
      for (AiUsage u : random.next(40)) {
        usages.add(enrich(u, extra, datasets));
      }
      for (ExportProfile profile : ExportProfile.values()) {
        Export e = CycloneDx.export(usages, profile, DatasetLookup.of(datasets));
        assertThat(validate(e)).as("seed %d, %s", seed, profile).isEmpty();
        models +=
            new JsonParser()
                .parse(e.bytes()).getComponents().stream()
                    .flatMap(
                        c ->
                            c.getComponents() == null
                                ? java.util.stream.Stream.empty()
                                : c.getComponents().stream())
                    .filter(c -> c.getType() == Component.Type.MACHINE_LEARNING_MODEL)
                    .count();
      }
    }
    assertThat(models).as("the registers hold models").isGreaterThan(20);
  }

  /** Adds what the shared generator leaves out: energies, a second risk, datasets that exist. */
  private static AiUsage enrich(AiUsage u, Random r, List<Dataset> datasets) {
    AiUsage.Builder b = u.toBuilder();
    if (r.nextBoolean()) {
      b.footprint(
          f ->
              f.trainingEnergy(Quantity.of(r.nextInt(100_000), Unit.WH))
                  .inferenceEnergyPerYear(Quantity.of(r.nextDouble() * 10, Unit.MWH))
                  .carbonPerYear(Quantity.of(r.nextInt(90), Unit.T_CO2E))
                  .frugalityPractices("<b>" + r.nextInt() + "</b> \"quoted\""));
    }
    if (r.nextBoolean()) {
      b.risk(
          x ->
              x.category(RiskCategory.values()[r.nextInt(RiskCategory.values().length)])
                  .description("risque « " + r.nextInt() + " » \uD83D\uDE00 </script>"));
    }
    if (u.dataUse() != null && !u.dataUse().datasets().isEmpty() && r.nextBoolean()) {
      String id = u.dataUse().datasets().get(0).dataset().value();
      datasets.add(
          Dataset.builder(id)
              .name("Jeu " + id)
              .personalData(
                  PersonalDataLevel.values()[r.nextInt(PersonalDataLevel.values().length)])
              .licence("etalab-2.0")
              .build());
    }
    return b.build();
  }
}
