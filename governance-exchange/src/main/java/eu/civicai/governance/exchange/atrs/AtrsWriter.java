package eu.civicai.governance.exchange.atrs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.internal.Json;
import eu.civicai.governance.exchange.internal.Language;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiSystem;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Alternative;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Supplier;
import eu.civicai.governance.usage.Training;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one usage as an ATRS 4.0 record: tier 1 (title and summary information) and tier 2 (owner
 * and responsibility, description and rationale, deployment context, tool and model specification,
 * development and operational data, risks and impact assessments). The standard has no language
 * field: texts are written in the record's language as they are. Not thread-safe: one per record.
 */
final class AtrsWriter {
  private static final Set<DataRole> DEVELOPMENT =
      EnumSet.of(DataRole.TRAINING, DataRole.VALIDATION, DataRole.EVALUATION);

  /** Long enough for any text of the model; the standard sets no length. */
  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private final RecordOut out;
  private final AiUsage u;
  private final DatasetLookup datasets;
  private final boolean fr;
  private final Map<String, ObjectNode> sections = new LinkedHashMap<>();
  private final ArrayNode models = Json.array();
  private final ArrayNode developmentData = Json.array();
  private final ArrayNode operationalData = Json.array();

  AtrsWriter(RecordOut out, DatasetLookup datasets) {
    this.out = out;
    this.u = out.usage();
    this.datasets = datasets;
    this.fr = Language.french(u);
    for (String s :
        List.of(
            AtrsField.TITLE,
            AtrsField.TIER_1,
            AtrsField.OWNER,
            AtrsField.DESCRIPTION,
            AtrsField.DEPLOYMENT,
            AtrsField.TOOL,
            AtrsField.RISKS)) {
      sections.put(s, Json.object());
    }
  }

  ObjectNode write() {
    title();
    tier1();
    owner();
    description();
    deployment();
    tool();
    data();
    risks();
    required();
    out.reportUnmapped();
    ObjectNode record = Json.object();
    for (String s : AtrsField.SECTIONS) {
      switch (s) {
        case AtrsField.MODEL -> record.set(s, models);
        case AtrsField.DEVELOPMENT_DATA -> record.set(s, developmentData);
        case AtrsField.OPERATIONAL_DATA -> record.set(s, operationalData);
        default -> record.set(s, sections.get(s));
      }
    }
    return record;
  }

  private void title() {
    put(AtrsField.TITLE, "title", u.name(), "name");
    put(AtrsField.TITLE, "organisation_name", u.authority().name(), "authority.name");
    if (u.status() != null && u.status().stage() != null) {
      Stage stage = u.status().stage();
      put(AtrsField.TITLE, "phase", phaseOf(stage), "status.stage");
      if (stage == Stage.EXPERIMENTATION || stage == Stage.SUSPENDED || stage == Stage.ABANDONED) {
        out.approximate("phase", Language.label(u, stage), "status.stage");
      }
    }
    // The authority is outside the United Kingdom: the region 4.0 added for cross-border tools.
    put(AtrsField.TITLE, "region", "International");
    put(AtrsField.TITLE, "one_sentence_description", u.summary(), "summary");
  }

  static String phaseOf(Stage stage) {
    return switch (stage) {
      case IDEA -> "Idea";
      case EXPERIMENTATION -> "Private beta";
      case DEPLOYMENT -> "Production";
      case SUSPENDED, ENDED, ABANDONED -> "Retired";
    };
  }

  private void tier1() {
    put(AtrsField.TIER_1, "name", u.name(), "name");
    String description = u.description() != null ? u.description() : u.summary();
    put(AtrsField.TIER_1, "description", description, "description", "summary");
    if (!u.links().isEmpty()) {
      out.carried("links[0].label");
      put(AtrsField.TIER_1, "website_url", u.links().get(0).uri().toString(), "links[0].uri");
    } else if (u.transparency() != null && u.transparency().publicationUrl() != null) {
      put(
          AtrsField.TIER_1,
          "website_url",
          u.transparency().publicationUrl().toString(),
          "transparency.publicationUrl");
    }
    List<Contact> contacts = u.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      if (contacts.get(i).email() != null) {
        out.carried("contacts[" + i + "].role");
        put(
            AtrsField.TIER_1,
            "contact_email",
            contacts.get(i).email(),
            "contacts[" + i + "].email");
        break;
      }
    }
  }

  private void owner() {
    put(AtrsField.OWNER, "organisation_or_department", u.authority().name(), "authority.name");
    put(AtrsField.OWNER, "team", u.team(), "team");
    List<Contact> contacts = u.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      if (c.role() == ContactRole.OWNER && c.name() != null) {
        out.carried("contacts[" + i + "].role");
        put(
            AtrsField.OWNER,
            "senior_responsible_owner",
            c.name() + " (" + Language.label(u, c.role()) + ")",
            "contacts[" + i + "].name");
        break;
      }
    }
    AiSystem s = u.system();
    if (s == null) {
      return;
    }
    List<Supplier> suppliers = s.suppliers();
    if (s.sourcing() != null || !suppliers.isEmpty()) {
      boolean third = !suppliers.isEmpty() || s.sourcing() != Sourcing.IN_HOUSE;
      put(AtrsField.OWNER, "third_party_involvement", third ? "Yes" : "No", "system.sourcing");
    }
    List<String> names = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (int i = 0; i < suppliers.size(); i++) {
      Supplier x = suppliers.get(i);
      if (x.name() != null) {
        names.add(x.name());
        out.carried("system.suppliers[" + i + "].name");
        if (x.role() != null) {
          roles.add(x.name() + ": " + x.role());
          out.carried("system.suppliers[" + i + "].role");
        }
      }
    }
    put(AtrsField.OWNER, "third_party", join(names, ", "));
    put(AtrsField.OWNER, "third_party_role", join(roles, "\n"));
    if (s.procurement() != null) {
      put(
          AtrsField.OWNER,
          "procurement_procedure_type",
          s.procurement().procedure(),
          "system.procurement.procedure");
    }
  }

  private void description() {
    List<String> detail = new ArrayList<>();
    if (u.description() != null) {
      detail.add(u.description());
    }
    if (u.purpose() != null && u.purpose().goal() != null) {
      detail.add(u.purpose().goal());
      out.carried("purpose.goal");
    }
    put(AtrsField.DESCRIPTION, "detailed_description", join(detail, "\n\n"), "description");
    List<String> benefits = new ArrayList<>();
    for (int i = 0; i < u.benefits().size(); i++) {
      BenefitIndicator b = u.benefits().get(i);
      String line = "- " + b.name();
      if (b.measured() != null) {
        line += ": " + b.measured();
      } else if (b.target() != null) {
        line += (fr ? " : cible " : ": target ") + b.target();
      }
      if (b.period() != null) {
        line += " (" + b.period() + ")";
      }
      out.carried(
          "benefits[" + i + "].name",
          "benefits[" + i + "].measured",
          "benefits[" + i + "].target",
          "benefits[" + i + "].period");
      benefits.add(line);
    }
    put(AtrsField.DESCRIPTION, "benefit", join(benefits, "\n"));
    if (u.purpose() != null) {
      List<String> alternatives = new ArrayList<>();
      if (u.purpose().whyAi() != null) {
        alternatives.add(u.purpose().whyAi());
        out.carried("purpose.whyAi");
      }
      List<Alternative> list = u.purpose().alternatives();
      for (int i = 0; i < list.size(); i++) {
        Alternative a = list.get(i);
        alternatives.add(
            "- " + a.description() + (a.whyNotChosen() == null ? "" : ": " + a.whyNotChosen()));
        out.carried("purpose.alternatives[" + i + "]");
      }
      put(AtrsField.DESCRIPTION, "alternatives_considered", join(alternatives, "\n"));
    }
  }

  private void deployment() {
    var d = u.decision();
    if (d == null) {
      return;
    }
    if (d.outputRole() != null) {
      put(
          AtrsField.DEPLOYMENT,
          "integration_into_broader_operational_process",
          Language.label(u, d.outputRole()),
          "decision.outputRole");
    }
    if (d.oversight() != null) {
      List<String> parts = new ArrayList<>();
      if (d.oversight().level() != null) {
        parts.add(Language.label(u, d.oversight().level()) + ".");
        out.carried("decision.oversight.level");
      }
      if (d.oversight().description() != null) {
        parts.add(d.oversight().description());
        out.carried("decision.oversight.description");
      }
      if (!d.oversight().overrideRoles().isEmpty()) {
        parts.add(
            (fr ? "Peuvent passer outre : " : "May override: ")
                + String.join(", ", d.oversight().overrideRoles()));
        out.carried("decision.oversight.overrideRoles");
      }
      put(AtrsField.DEPLOYMENT, "human_review", join(parts, " "));
    }
    List<String> scale = new ArrayList<>();
    if (d.decisionsPerYear() != null) {
      scale.add(d.decisionsPerYear() + (fr ? " décisions par an" : " decisions a year"));
      out.carried("decision.decisionsPerYear");
    }
    if (d.affectedPersons() != null) {
      scale.add(d.affectedPersons() + (fr ? " personnes concernées" : " persons affected"));
      out.carried("decision.affectedPersons");
    }
    put(AtrsField.DEPLOYMENT, "frequency_and_scale_of_usage", join(scale, ", "));
    List<String> training = new ArrayList<>();
    if (d.oversight() != null && d.oversight().overseersTrained() != null) {
      training.add(
          fr
              ? (d.oversight().overseersTrained()
                  ? "Les personnes qui supervisent sont formées."
                  : "Les personnes qui supervisent ne sont pas formées.")
              : (d.oversight().overseersTrained()
                  ? "The people overseeing are trained."
                  : "The people overseeing are not trained."));
      out.carried("decision.oversight.overseersTrained");
    }
    if (u.governance() != null) {
      List<Training> trainings = u.governance().trainings();
      for (int i = 0; i < trainings.size(); i++) {
        Training t = trainings.get(i);
        training.add("- " + t.topic() + (t.date() == null ? "" : " (" + t.date() + ")"));
        out.carried(
            "governance.trainings[" + i + "].topic", "governance.trainings[" + i + "].date");
      }
    }
    put(AtrsField.DEPLOYMENT, "required_training", join(training, "\n"));
    put(AtrsField.DEPLOYMENT, "appeals_and_review", d.contestation(), "decision.contestation");
  }

  private void tool() {
    AiSystem s = u.system();
    if (u.governance() != null && !u.governance().reviewDates().isEmpty()) {
      put(
          AtrsField.TOOL,
          "maintenance",
          (fr ? "Revues : " : "Reviews: ")
              + String.join(
                  ", ", u.governance().reviewDates().stream().map(Object::toString).toList()),
          "governance.reviewDates");
    }
    if (s == null) {
      return;
    }
    List<String> architecture = new ArrayList<>();
    if (s.algorithmName() != null) {
      architecture.add(s.algorithmName());
      out.carried("system.algorithmName");
    }
    if (s.description() != null) {
      architecture.add(s.description());
      out.carried("system.description");
    }
    if (s.hosting() != null) {
      List<String> hosting = new ArrayList<>();
      if (s.hosting().mode() != null) {
        hosting.add(Language.label(u, s.hosting().mode()));
        out.carried("system.hosting.mode");
      }
      if (s.hosting().region() != null) {
        hosting.add(Language.label(u, s.hosting().region()));
        out.carried("system.hosting.region");
      }
      if (s.hosting().provider() != null) {
        hosting.add(s.hosting().provider());
        out.carried("system.hosting.provider");
      }
      if (!hosting.isEmpty()) {
        architecture.add((fr ? "Hébergement : " : "Hosting: ") + String.join(", ", hosting));
      }
    }
    if (s.publicSourceCode() != null) {
      architecture.add(s.publicSourceCode().toString());
      out.carried("system.publicSourceCode");
    }
    put(AtrsField.TOOL, "system_architecture", join(architecture, "\n"));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < s.models().size(); i++) {
      AiModel m = s.models().get(i);
      out.carried("system.models[" + i + "]");
      names.add(m.name());
      ObjectNode model = Json.object();
      Json.put(model, "model_name", m.name());
      Json.put(model, "model_version", m.version());
      if (!s.techniques().isEmpty()) {
        out.carried("system.techniques");
        model.put(
            "model_architecture",
            String.join(", ", s.techniques().stream().map(t -> Language.label(u, t)).toList()));
      }
      List<String> trainedOn = datasetsWith(DEVELOPMENT);
      if (!trainedOn.isEmpty()) {
        model.put("datasets", String.join("\n", trainedOn));
      }
      for (AtrsField f : AtrsField.MODEL_FIELDS) {
        if (f.required() && !model.has(f.name())) {
          out.missing(AtrsField.MODEL + "[" + i + "]." + f.name(), "ATRS 4.0");
        }
      }
      models.add(model);
    }
    if (names.isEmpty() && !s.techniques().isEmpty()) {
      names.addAll(s.techniques().stream().map(t -> Language.label(u, t)).toList());
      out.carried("system.techniques");
    }
    put(AtrsField.TOOL, "models", join(names, "\n"));
  }

  /** The datasets of some roles, each as "name (role)". */
  private List<String> datasetsWith(Set<DataRole> roles) {
    List<String> out = new ArrayList<>();
    if (u.dataUse() != null) {
      for (DatasetUse use : u.dataUse().datasets()) {
        if (use.role() != null && roles.contains(use.role())) {
          Dataset ds = datasets.findDataset(use.dataset()).orElse(null);
          String name = ds == null ? use.dataset().value() : ds.name();
          out.add(name + " (" + Language.label(u, use.role()) + ")");
        }
      }
    }
    return out;
  }

  /** Development data: what trained, validated or evaluated a model; operational: the rest. */
  private void data() {
    if (u.dataUse() == null) {
      return;
    }
    List<DatasetUse> uses = u.dataUse().datasets();
    for (int i = 0; i < uses.size(); i++) {
      DatasetUse use = uses.get(i);
      out.carried("dataUse.datasets[" + i + "]");
      boolean development = use.role() != null && DEVELOPMENT.contains(use.role());
      ArrayNode target = development ? developmentData : operationalData;
      String section = development ? AtrsField.DEVELOPMENT_DATA : AtrsField.OPERATIONAL_DATA;
      ObjectNode item = dataset(use);
      for (AtrsField f : AtrsField.DATA) {
        if (f.required() && !item.has(f.name())) {
          out.missing(section + "[" + target.size() + "]." + f.name(), "ATRS 4.0");
        }
      }
      target.add(item);
    }
    if (!u.dataUse().sources().isEmpty() || !u.dataUse().collectionModes().isEmpty()) {
      out.carried("dataUse.sources", "dataUse.collectionModes");
    }
  }

  private ObjectNode dataset(DatasetUse use) {
    ObjectNode item = Json.object();
    Dataset ds = datasets.findDataset(use.dataset()).orElse(null);
    item.put("source_data_name", ds == null ? use.dataset().value() : ds.name());
    if (ds == null) {
      return item;
    }
    Json.put(item, "data_description", ds.description());
    List<String> sensitive = new ArrayList<>();
    if (ds.personalData() != null) {
      sensitive.add(Language.label(u, ds.personalData()));
    }
    sensitive.addAll(ds.dataCategories());
    if (!sensitive.isEmpty()) {
      item.put("sensitive_attributes", String.join(", ", sensitive));
    }
    List<String> collection = new ArrayList<>();
    if (ds.source() != null) {
      collection.add(Language.label(u, ds.source()));
    }
    if (ds.collectionMode() != null) {
      collection.add(Language.label(u, ds.collectionMode()));
    }
    collection.addAll(ds.purposes());
    if (!collection.isEmpty()) {
      item.put("data_collection", String.join(", ", collection));
    }
    if (!ds.recipients().isEmpty()) {
      item.put("data_sharing_agreements", String.join(", ", ds.recipients()));
    }
    List<String> storage = new ArrayList<>();
    if (ds.storageLocation() != null) {
      storage.add(ds.storageLocation());
    }
    if (ds.storageRegion() != null) {
      storage.add(Language.label(u, ds.storageRegion()));
    }
    if (ds.securityMeasures() != null) {
      storage.add(ds.securityMeasures());
    }
    if (!storage.isEmpty()) {
      item.put("data_access_and_storage", String.join("\n", storage));
    }
    Json.put(item, "data_completeness_and_representativeness", ds.qualityNotes());
    return item;
  }

  private void risks() {
    List<String> assessments = new ArrayList<>();
    if (u.dataUse() != null && u.dataUse().dpia() != null) {
      assessments.add(
          (fr ? "AIPD : " : "DPIA: ")
              + Language.label(u, u.dataUse().dpia())
              + (u.dataUse().dpiaReference() == null ? "" : " — " + u.dataUse().dpiaReference()));
      out.carried("dataUse.dpia", "dataUse.dpiaReference");
    }
    if (u.aiAct() != null && u.aiAct().friaReference() != null) {
      assessments.add(
          (fr ? "AIDF (règlement IA, art. 27) : " : "FRIA (AI Act Art. 27): ")
              + u.aiAct().friaReference());
      out.carried("aiAct.friaReference");
    }
    put(AtrsField.RISKS, "impact_assessment", join(assessments, "\n"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < u.risks().size(); i++) {
      Risk r = u.risks().get(i);
      if (r.description() == null) {
        continue;
      }
      String line = "- " + r.description();
      if (!r.mitigations().isEmpty()) {
        line += (fr ? " — mesures : " : " — mitigations: ") + String.join(" ; ", r.mitigations());
      }
      out.carried("risks[" + i + "].description", "risks[" + i + "].mitigations");
      lines.add(line);
    }
    put(AtrsField.RISKS, "risks_and_mitigations", join(lines, "\n"));
  }

  private void required() {
    for (AtrsField f : AtrsField.ALL) {
      if (f.required() && !sections.get(f.section()).has(f.name())) {
        out.missing(f.section() + "." + f.name(), "ATRS 4.0");
      }
    }
    if (operationalData.isEmpty()) {
      out.missing(AtrsField.OPERATIONAL_DATA, "ATRS 4.0");
    }
  }

  private void put(String section, String field, String value, String... paths) {
    String written = out.text(section + "." + field, NO_LIMIT, value, paths);
    if (written != null) {
      sections.get(section).put(field, written);
    }
  }

  private static String join(List<String> parts, String separator) {
    return parts.isEmpty() ? null : String.join(separator, parts);
  }
}
