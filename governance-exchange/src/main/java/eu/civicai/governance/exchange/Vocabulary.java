package eu.civicai.governance.exchange;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.BudgetBand;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values of the Interconnectés schema and the drifts real exports show, both ways. Matching
 * ignores case, accents, spaces and punctuation; writing uses the schema's own labels.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final Map<String, AuthorityKind> KINDS = new LinkedHashMap<>();
  static final Map<String, Stage> STAGES = new LinkedHashMap<>();
  static final Map<String, Sourcing> SOURCINGS = new LinkedHashMap<>();
  static final Map<String, Theme> THEMES = new LinkedHashMap<>();
  static final Map<String, Audience> AUDIENCES = new LinkedHashMap<>();
  static final Map<String, HostingMode> HOSTINGS = new LinkedHashMap<>();
  static final Map<String, AiTechnique> TECHNIQUES = new LinkedHashMap<>();
  static final Map<String, BudgetBand> BUDGETS = new LinkedHashMap<>();
  static final Map<String, DataSource> SOURCES = new LinkedHashMap<>();
  static final Map<String, CollectionMode> COLLECTION = new LinkedHashMap<>();

  static {
    // The first label of each value is the schema's: it is the one written on export.
    put(KINDS, AuthorityKind.COMMUNE, "Commune");
    put(KINDS, AuthorityKind.EPCI, "EPCI");
    put(KINDS, AuthorityKind.DEPARTEMENT, "Département");
    put(KINDS, AuthorityKind.REGION, "Région");
    put(KINDS, AuthorityKind.SYNDICAT_MIXTE, "Syndicat mixte");
    put(KINDS, AuthorityKind.OTHER_PUBLIC_OPERATOR, "Opérateur");
    put(KINDS, AuthorityKind.METROPOLE, "Métropole");
    put(KINDS, AuthorityKind.EPT, "EPT", "Établissement public territorial");
    put(KINDS, AuthorityKind.COMMUNAUTE_AGGLOMERATION, "Communauté d'agglomération", "CA");
    put(KINDS, AuthorityKind.COMMUNAUTE_COMMUNES, "Communauté de communes", "CC");
    put(KINDS, AuthorityKind.COMMUNAUTE_URBAINE, "Communauté urbaine", "CU");
    put(STAGES, Stage.EXPERIMENTATION, "En expérimentation", "Expérimentation");
    put(STAGES, Stage.DEPLOYMENT, "En déploiement", "Déploiement", "Déployé");
    put(STAGES, Stage.ENDED, "Terminée", "Terminé", "Fini");
    put(STAGES, Stage.ABANDONED, "Abandonné", "Abandonnée");
    put(STAGES, Stage.IDEA, "Idée", "En réflexion");
    put(STAGES, Stage.SUSPENDED, "Suspendu", "Suspendue");
    put(SOURCINGS, Sourcing.IN_HOUSE, "Projet développé en interne");
    put(SOURCINGS, Sourcing.EXTERNAL_DEVELOPMENT, "projet développé en externe");
    put(SOURCINGS, Sourcing.PROVIDER, "mobilisation de prestataire(s)");
    put(SOURCINGS, Sourcing.PUBLIC_PROCUREMENT, "marché public");
    put(THEMES, Theme.ECOLOGICAL_TRANSITION, "Transition écologique");
    put(THEMES, Theme.ATTRACTIVENESS_DEVELOPMENT, "Attractivité et développement");
    put(THEMES, Theme.CITIZENSHIP, "Citoyenneté");
    put(THEMES, Theme.HEALTH_SOLIDARITY, "Santé et solidarité");
    put(THEMES, Theme.MOBILITY, "Mobilité", "Transports et mobilités");
    put(THEMES, Theme.GOVERNANCE_TECHNOLOGY, "Gouvernance et socles technologiques");
    put(THEMES, Theme.INTERNAL_ADMINISTRATION, "Administration et organisation interne");
    put(AUDIENCES, Audience.GENERAL_PUBLIC, "Grand public", "Citoyens", "Usagers");
    put(AUDIENCES, Audience.BENEFICIARIES, "Bénéficiaire", "Bénéficiaires");
    put(AUDIENCES, Audience.AGENTS, "Agent", "Agents");
    put(AUDIENCES, Audience.ASSOCIATIONS, "Association", "Associations");
    put(AUDIENCES, Audience.ELECTED_OFFICIALS, "Elu", "Élus", "Elus");
    put(AUDIENCES, Audience.BUSINESSES, "Entreprises", "Entreprise");
    put(AUDIENCES, Audience.PUBLIC_AUTHORITIES, "Collectivités");
    put(AUDIENCES, Audience.SCHOOLS, "Etablissement scolaire", "Établissements scolaires");
    put(AUDIENCES, Audience.HEALTH_FACILITIES, "Etablissement santé", "Établissements de santé");
    put(HOSTINGS, HostingMode.THIRD_PARTY_CLOUD, "cloud chez un tiers");
    put(HOSTINGS, HostingMode.ON_PREMISES, "en interne de l'administration");
    put(TECHNIQUES, AiTechnique.MACHINE_LEARNING, "Machine Learning", "Apprentissage automatique");
    put(
        TECHNIQUES,
        AiTechnique.NATURAL_LANGUAGE_PROCESSING,
        "Traitement Automatique du langage",
        "TAL");
    put(TECHNIQUES, AiTechnique.GENERATIVE_AI, "IA générative");
    put(TECHNIQUES, AiTechnique.COMPUTER_VISION, "Computer vision", "Vision par ordinateur");
    put(TECHNIQUES, AiTechnique.NEURAL_NETWORKS, "Réseaux de neurones");
    put(BUDGETS, BudgetBand.UNDER_50K, "moins de 50k€");
    put(BUDGETS, BudgetBand.FROM_50K_TO_100K, "de 50k€ à 100k€", "entre 50k€ et 100k€");
    put(BUDGETS, BudgetBand.OVER_100K, "plus de 100k€");
    put(SOURCES, DataSource.CITIZENS, "usager", "usagers");
    put(SOURCES, DataSource.INTERNAL, "jeu de données interne", "interne");
    put(SOURCES, DataSource.OPEN_DATA, "open data", "données ouvertes");
    put(SOURCES, DataSource.THIRD_PARTY, "données d'un tiers", "tiers");
    put(SOURCES, DataSource.SENSORS, "capteurs", "Capteurs IoT");
    put(SOURCES, DataSource.PARTNER_AUTHORITY, "collectivité partenaire");
    put(COLLECTION, CollectionMode.API, "par API", "API");
    put(COLLECTION, CollectionMode.AUTOMATED, "automatisée", "automatique");
    put(COLLECTION, CollectionMode.MANUAL, "par récupération manuelle", "manuelle");
  }

  /** "Ne sait pas": an answer that says nothing, imported as absent. */
  static boolean unknownAnswer(String value) {
    return fold(value).equals("nsp");
  }

  @SafeVarargs
  private static <E> void put(Map<String, E> map, E value, String... labels) {
    for (String label : labels) {
      map.put(label, value);
    }
  }

  /** Finds a value by any of its labels, ignoring case, accents, spaces and punctuation. */
  static <E> E find(Map<String, E> map, String text) {
    String wanted = fold(text);
    for (Map.Entry<String, E> e : map.entrySet()) {
      if (fold(e.getKey()).equals(wanted)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Returns the schema's label of a value (the first one registered). */
  static <E> String label(Map<String, E> map, E value) {
    return map.entrySet().stream()
        .filter(e -> e.getValue().equals(value))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  /** Returns the schema's labels, for messages. */
  static <E> List<String> labels(Map<String, E> map) {
    Map<E, String> first = new LinkedHashMap<>();
    map.forEach((k, v) -> first.putIfAbsent(v, k));
    return List.copyOf(first.values());
  }

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9€]+", "");
  }
}
