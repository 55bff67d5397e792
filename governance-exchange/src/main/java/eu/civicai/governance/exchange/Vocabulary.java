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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values of one column of the Interconnectés schema and how real exports spell them.
 *
 * <p>A cell is read in three steps, the first that succeeds wins:
 *
 * <ol>
 *   <li><b>exact</b>: it is one of the value's labels, ignoring case, accents, spaces and
 *       punctuation ("en déploiement", "ETABLISSEMENT SCOLAIRE"); no diagnostic;
 *   <li><b>normalised</b>: it is a label or a known synonym once each word is reduced to a common
 *       form (plural and feminine endings dropped: "Mobilités", "Terminé", "Communauté
 *       d'agglomérations") and small words left out ("de", "et", "en"…); a drift diagnostic;
 *   <li><b>contained</b>: its words hold all the words of a label, and of one value only, or of a
 *       value whose words hold those of every other match ("Transition écologique et énergétique",
 *       "Communauté de communes du Pays d'Aix"); a drift diagnostic.
 * </ol>
 *
 * Anything else is unknown. Writing uses the schema's own label (the first one registered).
 * Immutable and thread-safe.
 */
final class Vocabulary<E> {

  /** A value read from a cell, and whether the cell drifted from the value's label. */
  record Match<E>(E value, boolean drift) {}

  private record Entry<E>(E value, String fold, String key, Set<String> words, boolean exact) {}

  private static final Set<String> SMALL_WORDS =
      Set.of(
          "de", "d", "du", "des", "la", "le", "les", "l", "et", "en", "a", "au", "aux", "par",
          "pour", "un", "une", "ou");

  private final List<Entry<E>> entries = new ArrayList<>();
  private final Map<E, String> labels = new LinkedHashMap<>();

  private Vocabulary() {}

  /** Registers a value, its label written on export, then other labels read without drift. */
  @SafeVarargs
  private Vocabulary<E> value(E value, String label, String... others) {
    labels.putIfAbsent(value, label);
    add(value, label, true);
    for (String other : others) {
      add(value, other, true);
    }
    return this;
  }

  /** Registers synonyms seen in real exports: read as the value, with a drift diagnostic. */
  private Vocabulary<E> synonyms(E value, String... texts) {
    for (String text : texts) {
      add(value, text, false);
    }
    return this;
  }

  private void add(E value, String text, boolean exact) {
    entries.add(new Entry<>(value, fold(text), key(text), words(text), exact));
  }

  /** Reads a cell, or returns null when no value fits. */
  Match<E> match(String text) {
    String folded = fold(text);
    if (folded.isEmpty()) {
      return null;
    }
    for (Entry<E> e : entries) {
      if (e.exact && e.fold.equals(folded)) {
        return new Match<>(e.value, false);
      }
    }
    String key = key(text);
    E found = unique(entries.stream().filter(e -> e.fold.equals(folded) || e.key.equals(key)));
    if (found != null) {
      return new Match<>(found, true);
    }
    Set<String> words = words(text);
    List<Entry<E>> contained =
        entries.stream().filter(e -> !e.words.isEmpty() && words.containsAll(e.words)).toList();
    for (Entry<E> widest : contained) {
      if (contained.stream()
          .allMatch(e -> e.value.equals(widest.value) || widest.words.containsAll(e.words))) {
        return new Match<>(widest.value, true);
      }
    }
    return null;
  }

  private static <E> E unique(java.util.stream.Stream<Entry<E>> matches) {
    List<E> values = matches.map(Entry::value).distinct().toList();
    return values.size() == 1 ? values.get(0) : null;
  }

  /** Returns whether the schema has a label for the value. */
  boolean writes(E value) {
    return labels.containsKey(value);
  }

  /** Returns the schema's label of a value, or null when the schema has none. */
  @Nullable String label(E value) {
    return labels.get(value);
  }

  /** Returns the labels written on export, for messages. */
  List<String> labels() {
    return List.copyOf(labels.values());
  }

  /** Folds case, accents, spaces and punctuation away: what "the same spelling" means. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9€]+", "");
  }

  /** The words of a text reduced to a common form, small words left out. */
  static Set<String> words(String text) {
    String decomposed =
        Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String word : decomposed.split("[^a-z0-9€]+")) {
      if (!word.isEmpty() && !SMALL_WORDS.contains(word)) {
        out.add(stem(word));
      }
    }
    return out;
  }

  private static String key(String text) {
    return String.join(" ", words(text));
  }

  /** Drops a plural ending (s, x), then feminine or silent final e's: "terminées" → "termin". */
  private static String stem(String word) {
    String w = word;
    if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
      w = w.substring(0, w.length() - 1);
    }
    while (w.length() > 3 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "Ne sait pas": an answer that says nothing, imported as absent. */
  static boolean unknownAnswer(String value) {
    String f = fold(value);
    return f.equals("nsp") || f.equals("nesaitpas");
  }

  static final Vocabulary<AuthorityKind> KINDS =
      new Vocabulary<AuthorityKind>()
          .value(AuthorityKind.COMMUNE, "Commune")
          .value(AuthorityKind.EPCI, "EPCI")
          .value(AuthorityKind.DEPARTEMENT, "Département")
          .value(AuthorityKind.REGION, "Région")
          .value(AuthorityKind.SYNDICAT_MIXTE, "Syndicat mixte")
          .value(AuthorityKind.OTHER_PUBLIC_OPERATOR, "Opérateur")
          // Beyond the schema's list, as real exports say (ANCHORS.md): exact model values.
          .value(AuthorityKind.METROPOLE, "Métropole")
          .value(AuthorityKind.EPT, "EPT", "Établissement public territorial")
          .value(AuthorityKind.COMMUNAUTE_AGGLOMERATION, "Communauté d'agglomération")
          .value(AuthorityKind.COMMUNAUTE_COMMUNES, "Communauté de communes")
          .value(AuthorityKind.COMMUNAUTE_URBAINE, "Communauté urbaine")
          .synonyms(AuthorityKind.COMMUNAUTE_AGGLOMERATION, "CA", "Agglomération", "Agglo")
          .synonyms(AuthorityKind.COMMUNAUTE_COMMUNES, "CC", "CdC")
          .synonyms(AuthorityKind.COMMUNAUTE_URBAINE, "CU")
          .synonyms(AuthorityKind.COMMUNE, "Ville", "Mairie")
          .synonyms(AuthorityKind.DEPARTEMENT, "Conseil départemental")
          .synonyms(AuthorityKind.REGION, "Conseil régional")
          .synonyms(AuthorityKind.OTHER_PUBLIC_OPERATOR, "Opérateur public");

  static final Vocabulary<Stage> STAGES =
      new Vocabulary<Stage>()
          .value(Stage.EXPERIMENTATION, "En expérimentation")
          .value(Stage.DEPLOYMENT, "En déploiement")
          .value(Stage.ENDED, "Terminée")
          .value(Stage.ABANDONED, "Abandonné")
          .value(Stage.IDEA, "Idée")
          .value(Stage.SUSPENDED, "Suspendu")
          // The schema's description lists the form's items: en réflexion, en construction, POC.
          .synonyms(Stage.IDEA, "En réflexion", "Réflexion")
          .synonyms(Stage.EXPERIMENTATION, "En construction", "POC", "Expérimentation", "Pilote")
          .synonyms(Stage.DEPLOYMENT, "Déployé", "En production", "En service")
          .synonyms(Stage.ENDED, "Fini", "Achevé", "Clos")
          .synonyms(Stage.ABANDONED, "Arrêté")
          .synonyms(Stage.SUSPENDED, "En pause");

  static final Vocabulary<Sourcing> SOURCINGS =
      new Vocabulary<Sourcing>()
          .value(Sourcing.IN_HOUSE, "Projet développé en interne")
          .value(Sourcing.EXTERNAL_DEVELOPMENT, "projet développé en externe")
          .value(Sourcing.PROVIDER, "mobilisation de prestataire(s)")
          .value(Sourcing.PUBLIC_PROCUREMENT, "marché public")
          .synonyms(Sourcing.IN_HOUSE, "En régie", "Interne")
          .synonyms(Sourcing.EXTERNAL_DEVELOPMENT, "Externe")
          .synonyms(Sourcing.PROVIDER, "Prestataire");

  static final Vocabulary<Theme> THEMES =
      new Vocabulary<Theme>()
          .value(Theme.ECOLOGICAL_TRANSITION, "Transition écologique")
          .value(Theme.ATTRACTIVENESS_DEVELOPMENT, "Attractivité et développement")
          .value(Theme.CITIZENSHIP, "Citoyenneté")
          .value(Theme.HEALTH_SOLIDARITY, "Santé et solidarité")
          .value(Theme.MOBILITY, "Mobilité")
          .value(Theme.GOVERNANCE_TECHNOLOGY, "Gouvernance et socles technologiques")
          .value(Theme.INTERNAL_ADMINISTRATION, "Administration et organisation interne")
          .synonyms(Theme.MOBILITY, "Transports", "Transport")
          .synonyms(Theme.ECOLOGICAL_TRANSITION, "Environnement", "Écologie")
          .synonyms(Theme.HEALTH_SOLIDARITY, "Affaires sociales", "Solidarités", "Social")
          .synonyms(Theme.ATTRACTIVENESS_DEVELOPMENT, "Développement économique")
          .synonyms(Theme.INTERNAL_ADMINISTRATION, "Organisation interne");

  static final Vocabulary<Audience> AUDIENCES =
      new Vocabulary<Audience>()
          .value(Audience.GENERAL_PUBLIC, "Grand public")
          .value(Audience.BENEFICIARIES, "Bénéficiaire")
          .value(Audience.AGENTS, "Agent")
          .value(Audience.ASSOCIATIONS, "Association")
          .value(Audience.ELECTED_OFFICIALS, "Elu")
          .value(Audience.BUSINESSES, "Entreprises")
          .value(Audience.PUBLIC_AUTHORITIES, "Collectivités")
          .value(Audience.SCHOOLS, "Etablissement scolaire")
          .value(Audience.HEALTH_FACILITIES, "Etablissement santé")
          .synonyms(Audience.GENERAL_PUBLIC, "Citoyens", "Usagers", "Habitants")
          .synonyms(Audience.SCHOOLS, "Écoles")
          .synonyms(Audience.HEALTH_FACILITIES, "Établissements de santé");

  static final Vocabulary<HostingMode> HOSTINGS =
      new Vocabulary<HostingMode>()
          .value(HostingMode.THIRD_PARTY_CLOUD, "cloud chez un tiers")
          .value(HostingMode.ON_PREMISES, "en interne de l'administration")
          .synonyms(HostingMode.THIRD_PARTY_CLOUD, "Cloud", "Cloud public")
          .synonyms(HostingMode.ON_PREMISES, "En interne", "Serveurs internes");

  static final Vocabulary<AiTechnique> TECHNIQUES =
      new Vocabulary<AiTechnique>()
          .value(AiTechnique.MACHINE_LEARNING, "Machine Learning")
          .value(AiTechnique.NATURAL_LANGUAGE_PROCESSING, "Traitement Automatique du langage")
          .value(AiTechnique.GENERATIVE_AI, "IA générative")
          .value(AiTechnique.COMPUTER_VISION, "Computer vision")
          .value(AiTechnique.NEURAL_NETWORKS, "Réseaux de neurones")
          .synonyms(AiTechnique.MACHINE_LEARNING, "Apprentissage automatique", "ML")
          .synonyms(AiTechnique.NATURAL_LANGUAGE_PROCESSING, "TAL", "NLP")
          .synonyms(AiTechnique.GENERATIVE_AI, "IA générative (LLM)", "LLM", "GenAI")
          .synonyms(AiTechnique.COMPUTER_VISION, "Vision par ordinateur")
          .synonyms(AiTechnique.NEURAL_NETWORKS, "Deep learning", "Réseau de neurones");

  static final Vocabulary<BudgetBand> BUDGETS =
      new Vocabulary<BudgetBand>()
          .value(BudgetBand.UNDER_50K, "moins de 50k€")
          .value(BudgetBand.FROM_50K_TO_100K, "de 50k€ à 100k€")
          .value(BudgetBand.OVER_100K, "plus de 100k€")
          .synonyms(BudgetBand.UNDER_50K, "< 50k€")
          .synonyms(BudgetBand.FROM_50K_TO_100K, "entre 50k€ et 100k€", "50-100k€")
          .synonyms(BudgetBand.OVER_100K, "> 100k€");

  static final Vocabulary<DataSource> SOURCES =
      new Vocabulary<DataSource>()
          .value(DataSource.CITIZENS, "usager")
          .value(DataSource.INTERNAL, "jeu de données interne")
          .value(DataSource.OPEN_DATA, "open data")
          .value(DataSource.THIRD_PARTY, "données d'un tiers")
          .value(DataSource.SENSORS, "capteurs")
          .value(DataSource.PARTNER_AUTHORITY, "collectivité partenaire")
          .synonyms(DataSource.INTERNAL, "interne", "données internes")
          .synonyms(DataSource.OPEN_DATA, "données ouvertes")
          .synonyms(DataSource.THIRD_PARTY, "tiers")
          .synonyms(DataSource.SENSORS, "capteur", "IoT");

  static final Vocabulary<CollectionMode> COLLECTION =
      new Vocabulary<CollectionMode>()
          .value(CollectionMode.API, "par API")
          .value(CollectionMode.AUTOMATED, "automatisée")
          .value(CollectionMode.MANUAL, "par récupération manuelle")
          .synonyms(CollectionMode.AUTOMATED, "automatique")
          .synonyms(CollectionMode.MANUAL, "manuelle", "saisie manuelle");

  /** The schema's sub-themes: a sub-theme cell is split on hyphens only into these. */
  static final Set<String> SUB_THEMES =
      Set.copyOf(
          Arrays.asList(
                  "Déchets et économie circulaire",
                  "Santé et accès aux soins",
                  "Plateforme de données",
                  "Flux et trafic",
                  "Stationnement",
                  "Prévention et gestion des risques",
                  "Immobilier",
                  "Education",
                  "Biodiversité et préservation des espaces naturels")
              .stream()
              .map(Vocabulary::fold)
              .toList());
}
