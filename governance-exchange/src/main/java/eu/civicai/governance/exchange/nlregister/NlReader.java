package eu.civicai.governance.exchange.nlregister;

import com.fasterxml.jackson.databind.JsonNode;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.internal.Language;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiSystem;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.Link;
import eu.civicai.governance.usage.Metadata;
import eu.civicai.governance.usage.Purpose;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Status;
import eu.civicai.governance.usage.Theme;
import eu.civicai.governance.usage.Transparency;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one record of the register into a usage. A value lands in a field of the usage or, when
 * none fits or the model refuses it, in the record's source values with a diagnostic; a record
 * without a name or an organisation is not imported. Not thread-safe: one per record.
 */
final class NlReader {
  private final int record;
  private final JsonNode node;
  private final List<Diagnostic> diagnostics;
  private final Map<String, String> source = new TreeMap<>();

  NlReader(int record, JsonNode node, List<Diagnostic> diagnostics) {
    this.record = record;
    this.node = node;
    this.diagnostics = diagnostics;
  }

  AiUsage read() {
    String name = text("name");
    String organization = text("organization");
    if (name == null || organization == null) {
      String missing = name == null ? "name" : "organization";
      diagnostics.add(new Diagnostic(record, missing, "", "row.identity", missing, false));
      return null;
    }
    String id = id(name);
    AiUsage.Builder b;
    try {
      b = AiUsage.builder(id).name(name);
    } catch (InvalidInputException e) {
      diagnostics.add(new Diagnostic(record, "name", "", "value.invalid", e.rule(), false));
      return null;
    }
    Authority authority =
        attempt(
            "organization", () -> Authority.of(organization, AuthorityKind.OTHER_PUBLIC_OPERATOR));
    if (authority == null) {
      diagnostics.add(
          new Diagnostic(record, "organization", "", "row.identity", "organization", false));
      return null;
    }
    b.authority(authority);
    set("description_short", b::summary);
    String contact = text("contact_email");
    if (contact != null) {
      Contact c =
          attempt("contact_email", () -> Contact.of(ContactRole.OWNER, null, contact).publicly());
      if (c != null) {
        b.contact(c);
      }
    }
    String website = text("website");
    if (website != null) {
      Link l = attempt("website", () -> new Link("Website", URI.create(website)));
      if (l != null) {
        b.link(l);
      }
    }
    status(b);
    purpose(b);
    oversight(b);
    risks(b);
    system(b);
    transparency(b);
    rest();
    Metadata metadata = attempt("lang", () -> metadataValue());
    if (metadata != null) {
      b.metadata(metadata);
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      diagnostics.add(new Diagnostic(record, e.field(), "", "value.invalid", e.rule(), false));
      return null;
    }
  }

  private String id(String name) {
    String sourceId = text("source_id");
    if (sourceId != null && sourceId.matches("[a-z0-9]+(-[a-z0-9]+)*") && sourceId.length() <= 64) {
      return sourceId;
    }
    if (sourceId != null) {
      source.put("source_id", sourceId);
    }
    String slug =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (slug.isEmpty()) {
      slug = "algoritme";
    }
    return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-$", "") : slug;
  }

  private void status(AiUsage.Builder b) {
    String status = text("status");
    Stage stage = null;
    if (status != null) {
      stage =
          switch (status) {
            case NlField.IN_DEVELOPMENT -> Stage.EXPERIMENTATION;
            case NlField.IN_USE -> Stage.DEPLOYMENT;
            case NlField.OUT_OF_USE -> Stage.ENDED;
            default -> {
              unknown("status", status);
              yield null;
            }
          };
    }
    LocalDate start = month("begin_date");
    LocalDate end = month("end_date");
    if (stage != null || start != null || end != null) {
      Stage s = stage;
      Status value =
          attempt(
              "status",
              () ->
                  new Status(
                      s,
                      null,
                      start,
                      end,
                      start == null ? null : eu.civicai.governance.usage.DatePrecision.MONTH));
      if (value != null) {
        b.status(value);
      }
    }
  }

  private LocalDate month(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    try {
      return YearMonth.parse(v).atDay(1);
    } catch (DateTimeParseException e) {
      keep(field, v, "date.format", "YYYY-MM");
      return null;
    }
  }

  private void purpose(AiUsage.Builder b) {
    Theme theme = null;
    List<String> subThemes = new ArrayList<>();
    JsonNode categories = node.get("category");
    if (categories != null && categories.isArray()) {
      for (JsonNode c : categories) {
        String v = c.asText();
        Theme t = themeOf(v);
        if (theme == null && t != null) {
          theme = t;
        } else if (NlField.CATEGORIES.contains(v)) {
          subThemes.add(v);
        } else {
          unknown("category", v);
        }
      }
    } else if (categories != null) {
      keep("category", categories.toString(), "value.invalid", "array");
    }
    String goal = html("goal");
    String why = html("proportionality");
    if (theme != null || goal != null || why != null || !subThemes.isEmpty()) {
      Theme t = theme;
      Purpose p =
          attempt(
              "goal", () -> new Purpose(goal, List.of(), t, subThemes, List.of(), why, List.of()));
      if (p != null) {
        b.purpose(p);
      }
    }
  }

  static Theme themeOf(String category) {
    return switch (category) {
      case "Natuur en milieu" -> Theme.ECOLOGICAL_TRANSITION;
      case "Economie" -> Theme.ATTRACTIVENESS_DEVELOPMENT;
      case "Zorg en gezondheid" -> Theme.HEALTH_SOLIDARITY;
      case "Verkeer" -> Theme.MOBILITY;
      case "Organisatie en bedrijfsvoering" -> Theme.INTERNAL_ADMINISTRATION;
      default -> null;
    };
  }

  private void oversight(AiUsage.Builder b) {
    String text = html("human_intervention");
    if (text != null) {
      HumanOversight o =
          attempt("human_intervention", () -> new HumanOversight(null, text, List.of(), null));
      if (o != null) {
        DecisionMaking d =
            attempt(
                "human_intervention",
                () ->
                    new DecisionMaking(
                        null, null, null, null, List.of(), o, null, null, null, null, null));
        if (d != null) {
          b.decision(d);
        }
      }
    }
  }

  /** Risks as this library writes them ("- " before each), else the whole text as one risk. */
  private void risks(AiUsage.Builder b) {
    String text = html("risks");
    if (text == null) {
      return;
    }
    List<String> items =
        text.startsWith("- ") ? List.of(text.substring(2).split("\n- ", -1)) : List.of(text);
    List<Risk> risks = new ArrayList<>();
    for (String item : items) {
      try {
        risks.add(new Risk(null, item, null, null, List.of(), null, null, null));
      } catch (InvalidInputException e) {
        keep("risks", node.get("risks").asText(), "value.invalid", e.rule());
        return;
      }
    }
    risks.forEach(b::risk);
  }

  private void system(AiUsage.Builder b) {
    String methods = html("methods_and_models");
    String provider = text("provider");
    URI code = uri("publiccode");
    if (methods == null && provider == null && code == null) {
      return;
    }
    Sourcing sourcing = null;
    List<eu.civicai.governance.usage.Supplier> suppliers = new ArrayList<>();
    if (provider != null) {
      if (provider.equals("Intern ontwikkeld")
          || provider.equals(Sourcing.IN_HOUSE.labelFr())
          || provider.equals(Sourcing.IN_HOUSE.labelEn())) {
        sourcing = Sourcing.IN_HOUSE;
      } else {
        for (String name : provider.split(", ")) {
          eu.civicai.governance.usage.Supplier s =
              attempt("provider", () -> eu.civicai.governance.usage.Supplier.of(name, null));
          if (s != null) {
            suppliers.add(s);
          }
        }
      }
    }
    Sourcing src = sourcing;
    AiSystem s =
        attempt(
            "methods_and_models",
            () ->
                new AiSystem(
                    null, methods, List.of(), null, List.of(), src, suppliers, null, null, code));
    if (s != null) {
      b.system(s);
    }
  }

  private void transparency(AiUsage.Builder b) {
    URI url = uri("url");
    if (url != null) {
      Transparency t =
          attempt("url", () -> new Transparency(null, url, null, null, null, null, null));
      if (t != null) {
        b.transparency(t);
      }
    }
  }

  private Metadata metadataValue() {
    String lang = text("lang");
    String language = lang == null ? null : Language.fromIso6393(lang);
    List<String> tags = new ArrayList<>();
    String t = html("tags");
    if (t != null) {
      for (String tag : t.split(",")) {
        if (!tag.isBlank()) {
          tags.add(tag.strip());
        }
      }
    }
    try {
      return new Metadata(1, null, language, tags, source);
    } catch (InvalidInputException e) {
      if (lang != null) {
        diagnostics.add(new Diagnostic(record, "lang", lang, "value.invalid", e.rule(), true));
      }
      return new Metadata(1, null, null, List.of(), source);
    }
  }

  /** Fields the usage has no place for: kept as source values, to be written back. */
  private void rest() {
    List<String> read =
        List.of(
            "name",
            "organization",
            "description_short",
            "contact_email",
            "website",
            "status",
            "begin_date",
            "end_date",
            "category",
            "goal",
            "proportionality",
            "human_intervention",
            "risks",
            "methods_and_models",
            "provider",
            "publiccode",
            "url",
            "lang",
            "source_id",
            "tags",
            "standard_version");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (read.contains(e.getKey()) || e.getValue().isNull()) {
        continue;
      }
      String value = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
      if (!value.isEmpty()) {
        keep(e.getKey(), value, "column.unmapped", "");
      }
    }
  }

  private <T> T attempt(String field, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidInputException | IllegalArgumentException e) {
      String rule = e instanceof InvalidInputException i ? i.rule() : "value.invalid";
      String value = node.has(field) ? node.get(field).asText() : "";
      keep(field, value, "value.invalid", rule);
      return null;
    }
  }

  private void set(String field, java.util.function.Consumer<String> setter) {
    String v = text(field);
    if (v != null) {
      attempt(
          field,
          () -> {
            setter.accept(v);
            return Boolean.TRUE;
          });
    }
  }

  private URI uri(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    try {
      URI uri = new URI(v);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // kept below
    }
    keep(field, v, "url.format", "");
    return null;
  }

  private void unknown(String field, String value) {
    keep(field, value, "enum.unknown", String.join(", ", NlField.named(field).permitted()));
  }

  private void keep(String field, String value, String rule, String detail) {
    if (!value.isEmpty()) {
      String prior = source.get(field);
      source.put(field, prior == null ? value : prior + ", " + value);
    }
    diagnostics.add(new Diagnostic(record, field, value, rule, detail, true));
  }

  private String text(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      keep(field, v.toString(), "value.invalid", "string");
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private String html(String field) {
    String v = text(field);
    return v == null ? null : Html.unescape(v);
  }
}
