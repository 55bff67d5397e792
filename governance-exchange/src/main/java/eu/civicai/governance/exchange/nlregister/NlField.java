package eu.civicai.governance.exchange.nlregister;

import java.util.List;

/**
 * One field of the publication standard 1.0, as its field configuration defines it
 * (MinBZK/Algoritmeregister, {@code backend/app/schemas/config/v1_0.json}): name, maximum length (0
 * when the configuration gives none), whether it is required, the permitted values (empty when
 * free), whether limited HTML is allowed. A test checks this table against the configuration.
 */
record NlField(String name, int maxLength, boolean required, List<String> permitted, boolean html) {

  static final List<String> CATEGORIES =
      List.of(
          "Organisatie en bedrijfsvoering",
          "Cultuur en recreatie",
          "Economie",
          "Overheidsfinanciën",
          "Wonen",
          "Internationaal",
          "Migratie en integratie",
          "Natuur en milieu",
          "Onderwijs en wetenschap",
          "Openbare orde en veiligheid",
          "Recht",
          "Ruimte en infrastructuur",
          "Sociale zekerheid",
          "Verkeer",
          "Werk",
          "Zorg en gezondheid");

  static final String IN_DEVELOPMENT = "In ontwikkeling";
  static final String IN_USE = "In gebruik";
  static final String OUT_OF_USE = "Buiten gebruik";
  static final String HIGH_RISK = "Hoog-risico AI-systeem";
  static final String IMPACTFUL = "Impactvolle algoritmes";
  static final String OTHER = "Overige algoritmes";
  static final String DPIA = "Data Protection Impact Assessment (DPIA)";
  static final String FRAIA = "Fundamentele Rechten en Algoritme Impact Assessment (FRAIA)";

  /** Every field the export writes, in the configuration's order. */
  static final List<NlField> ALL =
      List.of(
          text("name", 100, true),
          text("description_short", 400, true),
          text("organization", 100, true),
          new NlField("category", 0, false, CATEGORIES, false),
          new NlField("status", 0, true, List.of(IN_DEVELOPMENT, IN_USE, OUT_OF_USE), false),
          text("begin_date", 7, false),
          text("end_date", 7, false),
          text("contact_email", 500, true),
          text("website", 500, false),
          new NlField("publication_category", 0, true, List.of(HIGH_RISK, IMPACTFUL, OTHER), false),
          text("url", 500, false),
          html("goal", 2500),
          html("proportionality", 2500),
          html("human_intervention", 2500),
          html("risks", 2500),
          html("lawful_basis", 2500),
          new NlField("lawful_basis_grouping", 0, false, List.of(), false),
          text("process_index_url", 500, false),
          new NlField("impacttoetsen_grouping", 0, false, List.of(), false),
          html("impacttoetsen", 2500),
          html("source_data", 2500),
          new NlField("source_data_grouping", 0, false, List.of(), false),
          html("methods_and_models", 5000),
          text("provider", 200, false),
          text("publiccode", 500, false),
          new NlField("lang", 0, true, List.of("nld"), false),
          new NlField("standard_version", 0, false, List.of("1.0"), false),
          text("source_id", 100, false),
          html("tags", 2500));

  /** The title and link of a grouping item: at most 100 (a legal basis' title) and 500. */
  static final int GROUP_TITLE = 100;

  static final int GROUP_LINK = 500;

  private static NlField text(String name, int max, boolean required) {
    return new NlField(name, max, required, List.of(), false);
  }

  private static NlField html(String name, int max) {
    return new NlField(name, max, false, List.of(), true);
  }

  static NlField named(String name) {
    return ALL.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
  }
}
