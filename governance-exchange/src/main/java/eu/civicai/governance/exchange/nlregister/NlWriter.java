package eu.civicai.governance.exchange.nlregister;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.internal.Json;
import eu.civicai.governance.exchange.internal.Language;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiSystem;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.DpiaStatus;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.Link;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Supplier;
import eu.civicai.governance.usage.Theme;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes one usage as a record of the publication standard 1.0. Each field says which of the
 * usage's fields it carries; texts are written as the record holds them (its language is stated in
 * {@code lang}), escaped for the register's limited HTML. Not thread-safe: one per record.
 */
final class NlWriter {
  private final RecordOut out;
  private final AiUsage u;
  private final DatasetLookup datasets;
  private final ObjectNode node = Json.object();
  private final Locale locale;

  NlWriter(RecordOut out, DatasetLookup datasets) {
    this.out = out;
    this.u = out.usage();
    this.datasets = datasets;
    this.locale = Language.locale(u);
  }

  ObjectNode write() {
    text("name", u.name(), "name");
    text("description_short", u.summary(), "summary");
    text("organization", u.authority().name(), "authority.name");
    category();
    status();
    contact();
    website();
    publicationCategory();
    if (u.transparency() != null && u.transparency().publicationUrl() != null) {
      text("url", u.transparency().publicationUrl().toString(), "transparency.publicationUrl");
    }
    if (u.purpose() != null) {
      text("goal", u.purpose().goal(), "purpose.goal");
      text("proportionality", u.purpose().whyAi(), "purpose.whyAi");
    }
    humanIntervention();
    risks();
    dataUse();
    methodsAndModels();
    provider();
    if (u.system() != null && u.system().publicSourceCode() != null) {
      text("publiccode", u.system().publicSourceCode().toString(), "system.publicSourceCode");
    }
    language();
    node.put("standard_version", "1.0");
    text("source_id", u.id().value(), "id");
    if (!u.metadata().tags().isEmpty()) {
      text("tags", String.join(", ", u.metadata().tags()), "metadata.tags");
    }
    sourceValues();
    required();
    out.reportUnmapped();
    return ordered();
  }

  private void category() {
    List<String> categories = new ArrayList<>();
    if (u.purpose() == null) {
      return;
    }
    Theme theme = u.purpose().theme();
    if (theme != null) {
      String c = categoryOf(theme);
      if (c == null) {
        out.unsupported("category", Language.label(u, theme), "purpose.theme");
      } else {
        out.carried("purpose.theme");
        categories.add(c);
        if (theme == Theme.HEALTH_SOLIDARITY || theme == Theme.GOVERNANCE_TECHNOLOGY) {
          out.approximate("category", Language.label(u, theme), "purpose.theme");
        }
      }
    }
    List<String> subThemes = u.purpose().subThemes();
    for (int i = 0; i < subThemes.size(); i++) {
      if (NlField.CATEGORIES.contains(subThemes.get(i))) {
        out.carried("purpose.subThemes[" + i + "]");
        if (!categories.contains(subThemes.get(i))) {
          categories.add(subThemes.get(i));
        }
      }
    }
    Json.put(node, "category", categories);
  }

  static String categoryOf(Theme theme) {
    return switch (theme) {
      case ECOLOGICAL_TRANSITION -> "Natuur en milieu";
      case ATTRACTIVENESS_DEVELOPMENT -> "Economie";
      case HEALTH_SOLIDARITY -> "Zorg en gezondheid";
      case MOBILITY -> "Verkeer";
      case GOVERNANCE_TECHNOLOGY, INTERNAL_ADMINISTRATION -> "Organisatie en bedrijfsvoering";
      case CITIZENSHIP, OTHER -> null;
    };
  }

  private void status() {
    if (u.status() == null) {
      return;
    }
    Stage stage = u.status().stage();
    if (stage != null) {
      out.carried("status.stage");
      node.put("status", statusOf(stage));
      if (stage == Stage.IDEA || stage == Stage.SUSPENDED || stage == Stage.ABANDONED) {
        out.approximate("status", Language.label(u, stage), "status.stage");
      }
    }
    month("begin_date", u.status().startDate(), "status.startDate", "status.startDatePrecision");
    month("end_date", u.status().endDate(), "status.endDate");
  }

  static String statusOf(Stage stage) {
    return switch (stage) {
      case IDEA, EXPERIMENTATION -> NlField.IN_DEVELOPMENT;
      case DEPLOYMENT -> NlField.IN_USE;
      case SUSPENDED, ENDED, ABANDONED -> NlField.OUT_OF_USE;
    };
  }

  private void month(String field, LocalDate date, String... paths) {
    if (date != null) {
      out.carried(paths);
      if (date.getYear() < 1000 || date.getYear() > 9999) {
        out.unsupported(field, date.toString(), paths[0]);
        return;
      }
      node.put(
          field, String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue()));
    }
  }

  /** The register asks for a service address, not a person's: the first published email. */
  private void contact() {
    List<Contact> contacts = u.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      if (contacts.get(i).email() != null) {
        out.carried("contacts[" + i + "].email", "contacts[" + i + "].role");
        text("contact_email", contacts.get(i).email(), "contacts[" + i + "].email");
        return;
      }
    }
  }

  private void website() {
    List<Link> links = u.links();
    if (!links.isEmpty()) {
      out.carried("links[0].label");
      text("website", links.get(0).uri().toString(), "links[0].uri");
    }
  }

  /**
   * Category A for a high-risk AI system (the core AI Act classifier's tier), B for an algorithm
   * with an impact on people (it concerns individuals or decides on its own), C otherwise; unsaid
   * when the record does not tell.
   */
  private void publicationCategory() {
    if (!out.view().shows(Part.AI_ACT) || !out.view().shows(Part.DECISION)) {
      return; // the category is drawn from the AI Act profile and the decision part
    }
    AiActTier tier = AiActClassifier.classify(out.view().full()).tier();
    var decision = u.decision();
    Boolean individuals = decision == null ? null : decision.concernsIndividuals();
    boolean automated = decision != null && decision.outputRole() == OutputRole.AUTOMATED_DECISION;
    String category;
    if (tier == AiActTier.HIGH_RISK) {
      category = NlField.HIGH_RISK;
    } else if (Boolean.TRUE.equals(individuals) || automated) {
      category = NlField.IMPACTFUL;
    } else if (Boolean.FALSE.equals(individuals) && tier != AiActTier.UNDETERMINED) {
      category = NlField.OTHER;
    } else {
      return;
    }
    out.carried("decision.concernsIndividuals");
    node.put("publication_category", category);
  }

  private void humanIntervention() {
    if (u.decision() == null || u.decision().oversight() == null) {
      return;
    }
    HumanOversight o = u.decision().oversight();
    List<String> parts = new ArrayList<>();
    if (o.level() != null) {
      parts.add(Language.label(u, o.level()) + ".");
      out.carried("decision.oversight.level");
    }
    if (o.description() != null && !o.description().isBlank()) {
      parts.add(o.description());
    }
    text("human_intervention", String.join(" ", parts), "decision.oversight.description");
  }

  private void risks() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < u.risks().size(); i++) {
      Risk r = u.risks().get(i);
      if (r.description() == null) {
        continue;
      }
      String line = "- " + r.description();
      out.carried("risks[" + i + "].description");
      if (!r.mitigations().isEmpty()) {
        line +=
            (Language.french(u) ? " — mesures : " : " — mitigations: ")
                + String.join(" ; ", r.mitigations());
        out.carried("risks[" + i + "].mitigations");
      }
      lines.add(line);
    }
    if (!lines.isEmpty()) {
      text("risks", String.join("\n", lines), "risks");
    }
  }

  private void dataUse() {
    var d = u.dataUse();
    if (d == null) {
      return;
    }
    Set<String> bases = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < d.datasets().size(); i++) {
      DatasetUse use = d.datasets().get(i);
      out.carried("dataUse.datasets[" + i + "]");
      Dataset ds = datasets.findDataset(use.dataset()).orElse(null);
      names.add(ds == null ? use.dataset().value() : ds.name());
      if (ds != null && ds.legalBasis() != null) {
        bases.add(Language.label(u, ds.legalBasis()));
      }
    }
    for (int i = 0; i < d.sources().size(); i++) {
      out.carried("dataUse.sources[" + i + "]");
      names.add(Language.label(u, d.sources().get(i)));
    }
    if (!bases.isEmpty()) {
      text(
          "lawful_basis",
          (Language.french(u) ? "RGPD, art. 6 : " : "GDPR Art. 6: ") + String.join(" ; ", bases));
    }
    if (d.processingRecord() != null) {
      if (isWebAddress(d.processingRecord())) {
        text("process_index_url", d.processingRecord(), "dataUse.processingRecord");
      } else {
        out.unsupported("process_index_url", d.processingRecord(), "dataUse.processingRecord");
      }
    }
    impactAssessments();
    if (!names.isEmpty()) {
      text("source_data", String.join(", ", names), "dataUse.datasets");
    }
  }

  private void impactAssessments() {
    ArrayNode group = Json.array();
    var d = u.dataUse();
    if (d.dpia() == DpiaStatus.COMPLETED || d.dpia() == DpiaStatus.IN_PROGRESS) {
      out.carried("dataUse.dpia");
      group.add(assessment(NlField.DPIA, d.dpiaReference(), "dataUse.dpiaReference"));
    } else if (d.dpia() != null) {
      out.carried("dataUse.dpia");
      text("impacttoetsen", "DPIA: " + Language.label(u, d.dpia()) + ".", "dataUse.dpia");
      if (d.dpiaReference() != null) {
        out.unsupported("impacttoetsen_grouping", d.dpiaReference(), "dataUse.dpiaReference");
      }
    }
    if (out.view().shows(Part.AI_ACT) && u.aiAct() != null && u.aiAct().friaReference() != null) {
      group.add(assessment(NlField.FRAIA, u.aiAct().friaReference(), "aiAct.friaReference"));
    }
    if (!group.isEmpty()) {
      node.set("impacttoetsen_grouping", group);
    }
  }

  private ObjectNode assessment(String title, String reference, String path) {
    ObjectNode item = Json.object();
    item.put("title", title);
    if (reference != null) {
      if (isWebAddress(reference) && reference.length() <= NlField.GROUP_LINK) {
        out.carried(path);
        item.put("link", reference);
      } else {
        out.unsupported("impacttoetsen_grouping", reference, path);
      }
    }
    return item;
  }

  private void methodsAndModels() {
    AiSystem s = u.system();
    if (s == null) {
      return;
    }
    boolean fr = Language.french(u);
    List<String> parts = new ArrayList<>();
    if (s.description() != null) {
      parts.add(s.description());
    }
    if (!s.techniques().isEmpty()) {
      parts.add(
          (fr ? "Techniques : " : "Techniques: ")
              + String.join(", ", s.techniques().stream().map(t -> Language.label(u, t)).toList())
              + ".");
    }
    if (s.selfLearning() != null) {
      parts.add(
          fr
              ? "Auto-apprenant : " + (s.selfLearning() ? "oui." : "non.")
              : "Self-learning: " + (s.selfLearning() ? "yes." : "no."));
    }
    if (!s.models().isEmpty()) {
      List<String> models = new ArrayList<>();
      for (AiModel m : s.models()) {
        String text = m.name() == null ? "?" : m.name();
        if (m.version() != null) {
          text += " " + m.version();
        }
        if (m.provider() != null) {
          text += " (" + m.provider() + ")";
        }
        models.add(text);
      }
      parts.add((fr ? "Modèles : " : "Models: ") + String.join(", ", models) + ".");
    }
    if (!parts.isEmpty()) {
      text(
          "methods_and_models",
          String.join("\n", parts),
          "system.description",
          "system.techniques",
          "system.selfLearning",
          "system.models");
    }
  }

  private void provider() {
    AiSystem s = u.system();
    if (s == null) {
      return;
    }
    List<String> names = s.suppliers().stream().map(Supplier::name).filter(n -> n != null).toList();
    if (!names.isEmpty()) {
      text("provider", String.join(", ", names), "system.suppliers");
    } else if (s.sourcing() == Sourcing.IN_HOUSE) {
      text(
          "provider",
          "nl".equals(Language.of(u)) ? "Intern ontwikkeld" : Language.label(u, Sourcing.IN_HOUSE),
          "system.sourcing");
    }
  }

  /** The register offers Dutch only for now: another language is stated, and reported. */
  private void language() {
    String code = Language.iso6393(Language.of(u));
    if (code == null) {
      return;
    }
    node.put("lang", code);
    if (!"nld".equals(code)) {
      out.language("lang", code, "nld");
    }
  }

  /** Values kept from an earlier import go back to their field when the record has no other. */
  private void sourceValues() {
    for (Map.Entry<String, String> e : u.metadata().sourceValues().entrySet()) {
      String field = e.getKey();
      if (node.has(field) || NlField.ALL.stream().noneMatch(f -> f.name().equals(field))) {
        continue;
      }
      NlField spec = NlField.named(field);
      if (field.endsWith("_grouping")) {
        try {
          node.set(field, Json.mapper().readTree(e.getValue()));
        } catch (java.io.IOException | RuntimeException ex) {
          out.unsupported(field, e.getValue(), "metadata.sourceValues");
        }
      } else if (spec.permitted().isEmpty() || spec.permitted().contains(e.getValue())) {
        // As the register had it: already in its limited HTML, not escaped again.
        int max = spec.maxLength() == 0 ? Integer.MAX_VALUE : spec.maxLength();
        String written = out.text(field, max, e.getValue(), "metadata.sourceValues");
        if (written != null) {
          node.put(field, written);
        }
      }
    }
  }

  private void required() {
    for (NlField f : NlField.ALL) {
      if (f.required() && !node.has(f.name())) {
        out.missing(f.name(), "publicatiestandaard 1.0");
      }
    }
  }

  /** A text, escaped where the field allows limited HTML, cut to the field's length. */
  private void text(String field, String value, String... paths) {
    if (value == null || value.isBlank()) {
      return;
    }
    NlField spec = NlField.named(field);
    String escaped = spec.html() ? Html.escape(value) : value;
    int max = spec.maxLength() == 0 ? Integer.MAX_VALUE : spec.maxLength();
    String written = out.text(field, max, escaped, paths);
    if (written != null) {
      node.put(field, spec.html() ? Html.trimEntity(written) : written);
    }
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** The fields in the configuration's order, whatever order they were found in. */
  private ObjectNode ordered() {
    ObjectNode o = Json.object();
    for (NlField f : NlField.ALL) {
      if (node.has(f.name())) {
        o.set(f.name(), node.get(f.name()));
      }
    }
    return o;
  }
}
