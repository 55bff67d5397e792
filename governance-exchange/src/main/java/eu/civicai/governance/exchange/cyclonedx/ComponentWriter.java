package eu.civicai.governance.exchange.cyclonedx;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.internal.Language;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.measure.Dimension;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiSystem;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.Footprint;
import eu.civicai.governance.usage.Link;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.RiskCategory;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Supplier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.Tags;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.data.Governance;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.consideration.EnvironmentalConsideration;
import org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment;
import org.cyclonedx.model.component.modelCard.consideration.consumption.Activity;
import org.cyclonedx.model.component.modelCard.consideration.consumption.EnergyConsumption;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyMeasure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyProvider;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergySource;

/**
 * Writes one usage as an {@code application} component with its models and datasets nested in it.
 * Reads only the view the profile lets through. Not thread-safe: one per record.
 */
final class ComponentWriter {
  private static final String MODEL_CARD = "CycloneDX 1.6 model card";
  private static final Set<DataRole> DEVELOPMENT =
      EnumSet.of(DataRole.TRAINING, DataRole.VALIDATION, DataRole.EVALUATION);
  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private final RecordOut out;
  private final AiUsage u;
  private final DatasetLookup datasets;
  private final boolean fr;
  private final String ref;
  private final List<Property> properties = new ArrayList<>();

  /** The bom-ref of each dataset component, by dataset id, in the order of first use. */
  private final Map<String, String> datasetRefs = new LinkedHashMap<>();

  /** The e-mail addresses the schema refuses, as "component:contact", both from 0. */
  private final Set<String> refusedEmails;

  ComponentWriter(RecordOut out, DatasetLookup datasets, Set<String> refusedEmails) {
    this.refusedEmails = refusedEmails;
    this.out = out;
    this.u = out.usage();
    this.datasets = datasets;
    this.fr = Language.french(u);
    this.ref = "usage:" + u.id().value();
  }

  Component write() {
    Component app = new Component();
    app.setType(Component.Type.APPLICATION);
    app.setBomRef(ref);
    app.setName(text("name", u.name(), "name"));
    List<String> description = new ArrayList<>();
    add(description, text("description", u.summary(), "summary"));
    add(description, text("description", u.description(), "description"));
    if (!description.isEmpty()) {
      app.setDescription(String.join("\n\n", description));
    }
    app.setSupplier(authority());
    manufacturer(app);
    references(app);
    if (!u.metadata().tags().isEmpty()) {
      app.setTags(new Tags(List.copyOf(u.metadata().tags())));
    }
    String language = u.metadata().language();
    property("civicai:language", language == null ? null : language, "metadata.language");
    property("civicai:team", u.team(), "team");
    identityAndPurpose();
    decisionAndAiAct();
    dataUse();
    hosting();
    benefits();
    List<Component> nested = new ArrayList<>();
    List<DatasetUse> uses = u.dataUse() == null ? List.of() : u.dataUse().datasets();
    for (int i = 0; i < uses.size(); i++) {
      datasetRefs.putIfAbsent(
          uses.get(i).dataset().value(), ref + "/dataset:" + uses.get(i).dataset().value());
    }
    nested.addAll(models(uses));
    nested.addAll(datasetComponents(uses));
    if (!nested.isEmpty()) {
      app.setComponents(nested);
    }
    if (!properties.isEmpty()) {
      app.setProperties(properties);
    }
    out.reportUnmapped();
    return app;
  }

  // --- the authority and the suppliers ----------------------------------------------------------

  private OrganizationalEntity authority() {
    OrganizationalEntity a = new OrganizationalEntity();
    a.setName(u.authority().name());
    out.carried("authority.name");
    List<OrganizationalContact> contacts = new ArrayList<>();
    for (int i = 0; i < u.contacts().size(); i++) {
      Contact c = u.contacts().get(i);
      if (c.name() == null && c.email() == null) {
        continue;
      }
      OrganizationalContact oc = new OrganizationalContact();
      oc.setName(c.name() != null ? c.name() : Language.label(u, c.role()));
      if (refusedEmails.contains((out.record() - 1) + ":" + contacts.size())) {
        property("civicai:contact.email", c.email(), null);
        out.add(
            "supplier.contact[" + contacts.size() + "].email",
            c.email(),
            "export.approximate",
            "contacts["
                + i
                + "].email: not an address of CycloneDX's idn-email format; a property");
      } else {
        oc.setEmail(c.email());
      }
      contacts.add(oc);
      out.carried(
          "contacts[" + i + "].name", "contacts[" + i + "].email", "contacts[" + i + "].role");
      if (c.organisation() != null) {
        property("civicai:contact.organisation", c.organisation(), "contacts[" + i + "]");
      }
    }
    if (!contacts.isEmpty()) {
      a.setContacts(contacts);
    }
    if (u.authority().siren() != null) {
      property("civicai:authority.siren", u.authority().siren().value(), "authority.siren");
    }
    if (u.authority().kind() != null) {
      property("civicai:authority.kind", Language.label(u, u.authority().kind()), "authority.kind");
    }
    if (!u.partners().isEmpty()) {
      property("civicai:partners", String.join(", ", u.partners()), "partners");
    }
    return a;
  }

  /** Who made the system: the authority in house, otherwise its first supplier. */
  private void manufacturer(Component app) {
    AiSystem s = u.system();
    if (s == null) {
      return;
    }
    List<Supplier> suppliers = s.suppliers();
    if (s.sourcing() != null) {
      property("civicai:sourcing", Language.label(u, s.sourcing()), "system.sourcing");
    }
    if (suppliers.isEmpty() && s.sourcing() == Sourcing.IN_HOUSE) {
      OrganizationalEntity m = new OrganizationalEntity();
      m.setName(u.authority().name());
      app.setManufacturer(m);
    }
    for (int i = 0; i < suppliers.size(); i++) {
      Supplier x = suppliers.get(i);
      out.carried("system.suppliers[" + i + "]");
      if (i == 0) {
        OrganizationalEntity m = new OrganizationalEntity();
        m.setName(x.name());
        app.setManufacturer(m);
      }
      property("civicai:supplier", x.name() + (x.role() == null ? "" : " — " + x.role()), null);
    }
    if (s.procurement() != null && s.procurement().procedure() != null) {
      property(
          "civicai:procurement.procedure",
          s.procurement().procedure(),
          "system.procurement.procedure");
    }
  }

  private void references(Component app) {
    List<ExternalReference> refs = new ArrayList<>();
    for (int i = 0; i < u.links().size(); i++) {
      Link l = u.links().get(i);
      refs.add(reference(ExternalReference.Type.WEBSITE, l.uri().toString(), l.label()));
      out.carried("links[" + i + "]");
    }
    if (u.transparency() != null && u.transparency().publicationUrl() != null) {
      refs.add(
          reference(
              ExternalReference.Type.DOCUMENTATION,
              u.transparency().publicationUrl().toString(),
              fr ? "Publication (CRPA L312-1-3)" : "Publication"));
      out.carried("transparency.publicationUrl");
    }
    if (u.system() != null && u.system().publicSourceCode() != null) {
      refs.add(
          reference(
              ExternalReference.Type.VCS,
              u.system().publicSourceCode().toString(),
              fr ? "Code source public" : "Public source code"));
      out.carried("system.publicSourceCode");
    }
    if (!refs.isEmpty()) {
      app.setExternalReferences(refs);
    }
  }

  private static ExternalReference reference(ExternalReference.Type type, String url, String note) {
    ExternalReference r = new ExternalReference();
    r.setType(type);
    r.setUrl(url);
    r.setComment(note);
    return r;
  }

  // --- what CycloneDX has no field for: properties ---------------------------------------------

  private void identityAndPurpose() {
    if (u.status() != null) {
      if (u.status().stage() != null) {
        property("civicai:status.stage", Language.label(u, u.status().stage()), "status.stage");
      }
      if (u.status().startDate() != null) {
        property("civicai:status.startDate", u.status().startDate().toString(), "status.startDate");
      }
      if (u.status().endDate() != null) {
        property("civicai:status.endDate", u.status().endDate().toString(), "status.endDate");
      }
      property("civicai:status.abandonReason", u.status().abandonReason(), "status.abandonReason");
    }
    if (u.purpose() != null) {
      if (u.purpose().theme() != null) {
        property("civicai:purpose.theme", Language.label(u, u.purpose().theme()), "purpose.theme");
      }
      if (!u.purpose().subThemes().isEmpty()) {
        property(
            "civicai:purpose.subThemes",
            String.join(", ", u.purpose().subThemes()),
            "purpose.subThemes");
      }
      property("civicai:purpose.goal", u.purpose().goal(), "purpose.goal");
      property("civicai:purpose.whyAi", u.purpose().whyAi(), "purpose.whyAi");
    }
  }

  private void decisionAndAiAct() {
    var d = u.decision();
    if (d != null) {
      if (d.outputRole() != null) {
        property(
            "civicai:decision.outputRole",
            Language.label(u, d.outputRole()),
            "decision.outputRole");
      }
      if (d.concernsIndividuals() != null) {
        property(
            "civicai:decision.concernsIndividuals",
            d.concernsIndividuals().toString(),
            "decision.concernsIndividuals");
      }
      if (d.decisionsPerYear() != null) {
        property(
            "civicai:decision.decisionsPerYear",
            d.decisionsPerYear().toString(),
            "decision.decisionsPerYear");
      }
      if (d.oversight() != null && d.oversight().level() != null) {
        property(
            "civicai:decision.oversight",
            Language.label(u, d.oversight().level())
                + (d.oversight().description() == null ? "" : " — " + d.oversight().description()),
            "decision.oversight.level");
        out.carried("decision.oversight.description");
      }
      property("civicai:decision.contestation", d.contestation(), "decision.contestation");
    }
    if (out.view().shows(Part.AI_ACT) && u.aiAct() != null) {
      // The tier is a conclusion drawn from the whole record, published with the AI Act part.
      property(
          "civicai:aiAct.tier",
          Language.label(u, AiActClassifier.classify(out.view().full()).tier()),
          "aiAct.role");
      if (u.aiAct().annexIiiPoint() != null) {
        property("civicai:aiAct.annexIii", u.aiAct().annexIiiPoint().name(), "aiAct.annexIiiPoint");
      } else if (u.aiAct().annexIiiArea() != null) {
        property("civicai:aiAct.annexIii", u.aiAct().annexIiiArea().name(), "aiAct.annexIiiArea");
      }
      property("civicai:aiAct.friaReference", u.aiAct().friaReference(), "aiAct.friaReference");
      property(
          "civicai:aiAct.registrationReference",
          u.aiAct().registrationReference(),
          "aiAct.registrationReference");
    }
  }

  private void dataUse() {
    if (u.dataUse() == null) {
      return;
    }
    if (u.dataUse().dpia() != null) {
      property(
          "civicai:dataUse.dpia",
          Language.label(u, u.dataUse().dpia())
              + (u.dataUse().dpiaReference() == null ? "" : " — " + u.dataUse().dpiaReference()),
          "dataUse.dpia");
      out.carried("dataUse.dpiaReference");
    }
    property(
        "civicai:dataUse.processingRecord",
        u.dataUse().processingRecord(),
        "dataUse.processingRecord");
    if (!u.dataUse().sources().isEmpty()) {
      property(
          "civicai:dataUse.sources",
          String.join(", ", u.dataUse().sources().stream().map(x -> Language.label(u, x)).toList()),
          "dataUse.sources");
    }
    if (!u.dataUse().collectionModes().isEmpty()) {
      property(
          "civicai:dataUse.collectionModes",
          String.join(
              ", ", u.dataUse().collectionModes().stream().map(x -> Language.label(u, x)).toList()),
          "dataUse.collectionModes");
    }
  }

  private void hosting() {
    if (u.system() == null || u.system().hosting() == null) {
      return;
    }
    var h = u.system().hosting();
    if (h.mode() != null) {
      property("civicai:hosting.mode", Language.label(u, h.mode()), "system.hosting.mode");
    }
    if (h.region() != null) {
      property("civicai:hosting.region", Language.label(u, h.region()), "system.hosting.region");
    }
    property("civicai:hosting.provider", h.provider(), "system.hosting.provider");
    if (h.secNumCloud() != null) {
      property(
          "civicai:hosting.secNumCloud", h.secNumCloud().toString(), "system.hosting.secNumCloud");
    }
  }

  private void benefits() {
    for (int i = 0; i < u.benefits().size(); i++) {
      BenefitIndicator b = u.benefits().get(i);
      String value = b.name();
      if (b.measured() != null) {
        value += ": " + b.measured();
      } else if (b.target() != null) {
        value += (fr ? " : cible " : ": target ") + b.target();
      }
      if (b.period() != null) {
        value += " (" + b.period() + ")";
      }
      property("civicai:benefit", value, null);
      out.carried(
          "benefits[" + i + "].name",
          "benefits[" + i + "].measured",
          "benefits[" + i + "].target",
          "benefits[" + i + "].period");
    }
  }

  // --- models ---------------------------------------------------------------------------------

  private List<Component> models(List<DatasetUse> uses) {
    AiSystem s = u.system();
    List<AiModel> models = s == null ? List.of() : s.models();
    if (models.isEmpty()) {
      // Without a model there is no model card: the record says nothing CycloneDX can hold there.
      out.expected("components[machine-learning-model]", MODEL_CARD);
      footprintAsProperties();
      return List.of();
    }
    List<Component> list = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      AiModel m = models.get(i);
      String field = "model[" + i + "]";
      out.carried("system.models[" + i + "]");
      Component c = new Component();
      c.setType(Component.Type.MACHINE_LEARNING_MODEL);
      c.setBomRef(ref + "/model:" + i);
      c.setName(m.name());
      if (m.version() != null) {
        c.setVersion(m.version());
      } else {
        out.expected(field + ".version", MODEL_CARD);
      }
      if (m.provider() != null) {
        OrganizationalEntity p = new OrganizationalEntity();
        p.setName(m.provider());
        c.setSupplier(p);
      } else {
        out.expected(field + ".supplier", MODEL_CARD);
      }
      if (m.openWeights() != null) {
        c.setProperties(List.of(new Property("civicai:openWeights", m.openWeights().toString())));
      }
      ModelCard card = new ModelCard();
      card.setModelParameters(parameters(field, uses));
      // The usage model holds no measured performance of a model (accuracy, error rates…).
      out.expected(field + ".modelCard.quantitativeAnalysis.performanceMetrics", MODEL_CARD);
      Considerations considerations = considerations(field);
      if (models.size() == 1) {
        EnvironmentalConsideration env = environment(field);
        if (env != null) {
          considerations.setEnvironmentalConsiderations(env);
        }
      }
      card.setConsiderations(considerations);
      c.setModelCard(card);
      list.add(c);
    }
    if (models.size() > 1) {
      footprintAsProperties();
    }
    return list;
  }

  private ModelParameters parameters(String field, List<DatasetUse> uses) {
    AiSystem s = u.system();
    ModelParameters p = new ModelParameters();
    if (!s.techniques().isEmpty()) {
      p.setArchitectureFamily(
          String.join(", ", s.techniques().stream().map(t -> Language.label(u, t)).toList()));
      out.carried("system.techniques");
    }
    if (s.algorithmName() != null) {
      p.setModelArchitecture(s.algorithmName());
      out.carried("system.algorithmName");
    }
    if (s.description() != null) {
      property("civicai:system.description", s.description(), "system.description");
    }
    if (s.selfLearning() != null) {
      property("civicai:system.selfLearning", s.selfLearning().toString(), "system.selfLearning");
    }
    List<DatasetChoice> trained = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (DatasetUse use : uses) {
      if (use.role() != null
          && DEVELOPMENT.contains(use.role())
          && !seen.contains(use.dataset().value())) {
        seen.add(use.dataset().value());
        DatasetChoice choice = new DatasetChoice();
        choice.setRef(datasetRefs.get(use.dataset().value()));
        trained.add(choice);
      }
    }
    if (trained.isEmpty()) {
      out.expected(field + ".modelCard.modelParameters.datasets", MODEL_CARD);
    } else {
      p.setDatasets(trained);
    }
    return p;
  }

  private Considerations considerations(String field) {
    Considerations c = new Considerations();
    if (u.purpose() != null) {
      if (!u.purpose().audiences().isEmpty()) {
        c.setUsers(u.purpose().audiences().stream().map(a -> Language.label(u, a)).toList());
        out.carried("purpose.audiences");
      }
      if (u.purpose().goal() != null) {
        c.setUseCases(List.of(u.purpose().goal()));
      }
    }
    List<String> limitations = new ArrayList<>();
    List<org.cyclonedx.model.component.modelCard.consideration.Risk> ethical = new ArrayList<>();
    List<FairnessAssessment> fairness = new ArrayList<>();
    for (int i = 0; i < u.risks().size(); i++) {
      Risk r = u.risks().get(i);
      out.carried(
          "risks[" + i + "].description",
          "risks[" + i + "].mitigations",
          "risks[" + i + "].category");
      String mitigation = r.mitigations().isEmpty() ? null : String.join(" ; ", r.mitigations());
      if (r.category() == RiskCategory.RELIABILITY) {
        limitations.add(
            r.description()
                + (mitigation == null
                    ? ""
                    : (fr ? " — mesures : " : " — mitigations: ") + mitigation));
      } else if (r.category() == RiskCategory.DISCRIMINATION) {
        FairnessAssessment f = new FairnessAssessment();
        f.setHarms(r.description());
        f.setMitigationStrategy(mitigation);
        if (u.decision() != null && !u.decision().vulnerableGroups().isEmpty()) {
          f.setGroupAtRisk(String.join(", ", u.decision().vulnerableGroups()));
          out.carried("decision.vulnerableGroups");
        }
        fairness.add(f);
      } else {
        var e = new org.cyclonedx.model.component.modelCard.consideration.Risk();
        e.setName(r.description());
        e.setMitigationStrategy(mitigation);
        ethical.add(e);
      }
    }
    if (!limitations.isEmpty()) {
      c.setTechnicalLimitations(limitations);
    }
    if (!fairness.isEmpty()) {
      c.setFairnessAssessments(fairness);
    }
    if (!ethical.isEmpty()) {
      c.setEthicalConsiderations(ethical);
    }
    if (u.risks().isEmpty()) {
      out.expected(field + ".modelCard.considerations.ethicalConsiderations", MODEL_CARD);
    }
    return c;
  }

  /** Energy of training and of a year of inference, with the provider unknown to the record. */
  private EnvironmentalConsideration environment(String field) {
    Footprint f = u.footprint();
    List<EnergyConsumption> consumptions = new ArrayList<>();
    if (f != null) {
      consumption(consumptions, Activity.TRAINING, f.trainingEnergy(), "footprint.trainingEnergy");
      consumption(
          consumptions,
          Activity.INFERENCE,
          f.inferenceEnergyPerYear(),
          "footprint.inferenceEnergyPerYear");
    }
    if (consumptions.isEmpty()) {
      out.expected(field + ".modelCard.considerations.environmentalConsiderations", MODEL_CARD);
    }
    List<Property> props = footprintProperties();
    if (consumptions.isEmpty() && props.isEmpty()) {
      return null;
    }
    EnvironmentalConsideration env = new EnvironmentalConsideration();
    if (!consumptions.isEmpty()) {
      env.setEnergyConsumptions(consumptions);
    }
    if (!props.isEmpty()) {
      env.setProperties(props);
    }
    return env;
  }

  private void consumption(
      List<EnergyConsumption> list, Activity activity, Quantity energy, String path) {
    if (energy == null) {
      return;
    }
    if (energy.unit().dimension() != Dimension.ENERGY) {
      out.unsupported("energyConsumption", energy.toString(), path);
      return;
    }
    out.carried(path);
    EnergyMeasure kwh = kwh(energy);
    EnergyConsumption c = new EnergyConsumption();
    c.setActivity(activity);
    c.setActivityEnergyCost(kwh);
    EnergyProvider provider = new EnergyProvider();
    OrganizationalEntity organisation = new OrganizationalEntity();
    String hoster =
        u.system() != null && u.system().hosting() != null ? u.system().hosting().provider() : null;
    // CycloneDX requires a provider and a source; the record knows the hoster at best.
    organisation.setName(hoster != null ? hoster : fr ? "Non renseigné" : "Not stated");
    provider.setOrganization(organisation);
    provider.setEnergySource(EnergySource.UNKNOWN);
    provider.setEnergyProvided(kwh(energy));
    c.setEnergyProviders(List.of(provider));
    if (activity == Activity.INFERENCE) {
      c.setProperties(List.of(new Property("civicai:period", "P1Y")));
    }
    list.add(c);
  }

  private static EnergyMeasure kwh(Quantity energy) {
    EnergyMeasure m = new EnergyMeasure();
    m.setValue(energy.to(Unit.KWH).value().doubleValue());
    m.setUnit(org.cyclonedx.model.component.modelCard.consideration.consumption.energy.Unit.KWH);
    return m;
  }

  /** What of the footprint has no field of its own in a model card. */
  private List<Property> footprintProperties() {
    Footprint f = u.footprint();
    List<Property> props = new ArrayList<>();
    if (f == null) {
      return props;
    }
    if (f.carbonPerYear() != null) {
      props.add(new Property("civicai:footprint.carbonPerYear", f.carbonPerYear().toString()));
      out.carried("footprint.carbonPerYear");
    }
    if (f.hardware() != null) {
      props.add(new Property("civicai:footprint.hardware", f.hardware()));
      out.carried("footprint.hardware");
    }
    if (f.basis() != null) {
      props.add(new Property("civicai:footprint.basis", Language.label(u, f.basis())));
      out.carried("footprint.basis");
    }
    if (f.method() != null) {
      props.add(new Property("civicai:footprint.method", f.method()));
      out.carried("footprint.method");
    }
    for (int i = 0; i < f.frugalityPractices().size(); i++) {
      props.add(new Property("civicai:footprint.frugalityPractice", f.frugalityPractices().get(i)));
      out.carried("footprint.frugalityPractices[" + i + "]");
    }
    return props;
  }

  /**
   * Without exactly one model, the usage's footprint belongs to no one model card: it is written on
   * the application, and said to be the usage's.
   */
  private void footprintAsProperties() {
    Footprint f = u.footprint();
    if (f == null) {
      return;
    }
    if (f.trainingEnergy() != null) {
      property(
          "civicai:footprint.trainingEnergy",
          f.trainingEnergy().toString(),
          "footprint.trainingEnergy");
    }
    if (f.inferenceEnergyPerYear() != null) {
      property(
          "civicai:footprint.inferenceEnergyPerYear",
          f.inferenceEnergyPerYear().toString(),
          "footprint.inferenceEnergyPerYear");
    }
    List<Property> rest = footprintProperties();
    properties.addAll(rest);
    if (f.trainingEnergy() != null || f.inferenceEnergyPerYear() != null || !rest.isEmpty()) {
      out.approximate(
          "environmentalConsiderations",
          "footprint",
          "the usage's footprint, written on the application: "
              + (u.system() == null ? 0 : u.system().models().size())
              + " models");
    }
  }

  // --- datasets -------------------------------------------------------------------------------

  private List<Component> datasetComponents(List<DatasetUse> uses) {
    List<Component> list = new ArrayList<>();
    for (Map.Entry<String, String> e : datasetRefs.entrySet()) {
      List<String> roles = new ArrayList<>();
      for (int i = 0; i < uses.size(); i++) {
        DatasetUse use = uses.get(i);
        if (use.dataset().value().equals(e.getKey())) {
          out.carried("dataUse.datasets[" + i + "]");
          if (use.role() != null && !roles.contains(Language.label(u, use.role()))) {
            roles.add(Language.label(u, use.role()));
          }
        }
      }
      Dataset ds =
          datasets.findDataset(new eu.civicai.governance.DatasetId(e.getKey())).orElse(null);
      Component c = new Component();
      c.setType(Component.Type.DATA);
      c.setBomRef(e.getValue());
      c.setName(ds == null ? e.getKey() : ds.name());
      ComponentData data = new ComponentData();
      data.setType(ComponentData.ComponentDataType.DATASET);
      data.setName(c.getName());
      List<Property> props = new ArrayList<>();
      props.add(new Property("civicai:dataset.id", e.getKey()));
      if (!roles.isEmpty()) {
        props.add(new Property("civicai:dataset.roles", String.join(", ", roles)));
      }
      if (ds != null) {
        describe(c, data, props, ds);
      }
      c.setData(List.of(data));
      c.setProperties(props);
      list.add(c);
    }
    return list;
  }

  private void describe(Component c, ComponentData data, List<Property> props, Dataset ds) {
    if (ds.description() != null) {
      c.setDescription(ds.description());
      data.setDescription(ds.description());
    }
    if (ds.personalData() != null) {
      data.setClassification(Language.label(u, ds.personalData()));
    }
    if (!ds.dataCategories().isEmpty()) {
      data.setSensitiveData(List.copyOf(ds.dataCategories()));
    }
    if (ds.controller() != null) {
      Governance g = new Governance();
      Governance.DataGovernanceResponsibleParty custodian =
          new Governance.DataGovernanceResponsibleParty();
      OrganizationalEntity controller = new OrganizationalEntity();
      controller.setName(ds.controller().name());
      custodian.setOrganization(controller);
      g.setCustodians(List.of(custodian));
      data.setGovernance(g);
    }
    if (ds.licence() != null) {
      LicenseChoice licences = new LicenseChoice();
      License l = new License();
      l.setName(ds.licence());
      licences.addLicense(l);
      c.setLicenses(licences);
    }
    if (ds.source() != null) {
      props.add(new Property("civicai:dataset.source", Language.label(u, ds.source())));
    }
    if (ds.legalBasis() != null) {
      props.add(new Property("civicai:dataset.legalBasis", Language.label(u, ds.legalBasis())));
    }
    if (ds.storageRegion() != null) {
      props.add(
          new Property("civicai:dataset.storageRegion", Language.label(u, ds.storageRegion())));
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private String text(String field, String value, String... paths) {
    return out.text(field, NO_LIMIT, value, paths);
  }

  private void property(String name, String value, String path) {
    if (value == null || value.isBlank()) {
      return;
    }
    if (path != null) {
      out.carried(path);
    }
    properties.add(new Property(name, value));
  }

  private static void add(List<String> list, String value) {
    if (value != null) {
      list.add(value);
    }
  }
}
