package eu.civicai.governance.tender;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Criterion;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.OutputRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Generates the clauses of a call for tenders from a charter (built-in or a collectivité's own) and
 * the draft of a usage: requirements of the technical specification (CCTP), award criteria with
 * suggested weights for the consultation rules (RC), and the documents each bidder must supply.
 *
 * <p>Each clause of the catalogue comes from one or more charter criteria: it is kept when the
 * charter holds one of them (the first one found is the clause's {@link TenderClause#criterion()},
 * its references join the clause's sources), and left out otherwise. A clause the draft makes
 * irrelevant (no individual decision, no generated content, no personal data in the datasets given,
 * not an AI system) is left out with the reason. The price criterion rests on the Code de la
 * commande publique (R2152-7) and is always kept. Stateless and thread-safe.
 */
public final class TenderClauses {
  /** The ids of the clauses that are environmental criteria of the call (AFNOR SPEC 2314). */
  static final Set<String> ENVIRONMENTAL =
      Set.of("cctp.energy-measurement", "rc.environmental", "doc.energy-method");

  private static final String AFNOR = "AFNOR SPEC 2314 (IA frugale)";
  private static final String CCP = "Code de la commande publique, art. R2152-7";

  private record Entry(
      String id,
      ClauseSection section,
      String title,
      String text,
      Integer weight,
      List<String> criteria,
      String source,
      Function<Draft, String> irrelevance) {}

  /** The draft and the datasets given, as the catalogue's relevance rules read them. */
  private record Draft(AiUsage usage, List<Dataset> datasets) {
    boolean noIndividualDecision() {
      return usage.decision() != null
          && (Boolean.FALSE.equals(usage.decision().concernsIndividuals())
              || usage.decision().outputRole() == OutputRole.INFORMATION);
    }

    boolean noPersonalData() {
      if (usage.dataUse() == null || usage.dataUse().datasets().isEmpty()) {
        return false; // not said: never assumed
      }
      for (DatasetUse use : usage.dataUse().datasets()) {
        Optional<Dataset> d =
            datasets.stream().filter(x -> x.id().equals(use.dataset())).findFirst();
        if (d.isEmpty() || d.get().personalData() != PersonalDataLevel.NONE) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Entry> CATALOGUE =
      List.of(
          new Entry(
              "cctp.energy-measurement",
              ClauseSection.CCTP,
              "Mesure de l'énergie et du carbone",
              "Le titulaire mesure la consommation d'énergie (kWh) et les émissions (kgCO2e) de"
                  + " l'entraînement et de l'inférence, par an et par requête, selon une méthode"
                  + " documentée (CodeCarbon, CarbonTracker ou Green Algorithms), et les communique"
                  + " à l'acheteur chaque année.",
              null,
              List.of("frugal.method", "frugal.footprint", "sobriety.method"),
              AFNOR,
              d -> null),
          new Entry(
              "cctp.hosting-eu",
              ClauseSection.CCTP,
              "Hébergement dans l'Union européenne",
              "Les données et les traitements sont hébergés dans l'Union européenne ; aucun"
                  + " transfert hors de l'Union n'a lieu sans garantie du chapitre V du RGPD"
                  + " acceptée par écrit par l'acheteur.",
              null,
              List.of(
                  "frugal.hosting-region",
                  "security.hosting-region",
                  "security.sovereign-hosting-personal-data",
                  "gdpr.transfers"),
              "RGPD, chapitre V",
              d -> null),
          new Entry(
              "cctp.human-oversight",
              ClauseSection.CCTP,
              "Contrôle humain",
              "La solution permet à un agent de vérifier, corriger ou écarter chaque résultat avant"
                  + " qu'il produise un effet, et trace ces interventions.",
              null,
              List.of("oversight.level", "aiact.oversight-assigned"),
              "AI Act, art. 14 et 26(2)",
              d ->
                  d.usage().decision() != null
                          && d.usage().decision().outputRole() == OutputRole.INFORMATION
                      ? "le résultat ne fait qu'informer : aucune décision n'en dépend"
                      : null),
          new Entry(
              "cctp.explanation",
              ClauseSection.CCTP,
              "Explication des décisions individuelles",
              "Pour chaque décision individuelle, la solution restitue le degré et le mode de"
                  + " contribution du traitement, les données et leurs sources, les paramètres et"
                  + " leur pondération appliqués à la personne, et les opérations effectuées.",
              null,
              List.of("crpa.explanation", "aiact.explanation"),
              "CRPA, art. L311-3-1 et R311-3-1-2",
              d ->
                  d.noIndividualDecision()
                      ? "la fiche indique qu'aucune décision individuelle n'en dépend"
                      : null),
          new Entry(
              "cctp.content-marking",
              ClauseSection.CCTP,
              "Marquage des contenus générés",
              "Les contenus générés (texte, image, audio, vidéo) sont marqués comme tels dans un"
                  + " format lisible par machine.",
              null,
              List.of("aiact.mark-content", "aiact.disclose-generated"),
              "AI Act, art. 50(2)",
              d ->
                  d.usage().decision() != null
                          && Boolean.FALSE.equals(d.usage().decision().generatesContent())
                      ? "la fiche indique que le système ne génère pas de contenu"
                      : null),
          new Entry(
              "cctp.logs",
              ClauseSection.CCTP,
              "Journaux",
              "La solution tient des journaux de fonctionnement que l'acheteur conserve au moins six"
                  + " mois.",
              null,
              List.of("aiact.logs"),
              "AI Act, art. 12 et 26(6)",
              d -> null),
          new Entry(
              "rc.technical",
              ClauseSection.RC,
              "Valeur technique et adéquation au besoin",
              "Adéquation de la solution au besoin décrit, qualité des résultats mesurée sur des"
                  + " données représentatives, contrôle humain et explicabilité.",
              40,
              List.of("utility.goal", "frugal.necessity", "oversight.level"),
              CCP,
              d -> null),
          new Entry(
              "rc.environmental",
              ClauseSection.RC,
              "Performance environnementale",
              "Énergie et carbone mesurés par requête et par an, sobriété du modèle et du matériel"
                  + " proposés, bonnes pratiques d'IA frugale mises en œuvre.",
              20,
              List.of(
                  "frugal.procurement-criteria", "frugal.footprint", "sobriety.footprint-known"),
              AFNOR + " ; " + CCP,
              d -> null),
          new Entry(
              "rc.transparency",
              ClauseSection.RC,
              "Transparence, réversibilité et accès aux sources",
              "Qualité de la documentation du modèle, accès au code source, plan de réversibilité"
                  + " et format ouvert des données restituées.",
              15,
              List.of("transparency.published", "security.supplier-identified", "crpa.publication"),
              "Charte éthique territoriale ; " + CCP,
              d -> null),
          new Entry(
              "rc.price",
              ClauseSection.RC,
              "Prix",
              "Coût global sur la durée du marché, exploitation et énergie comprises.",
              25,
              List.of(),
              CCP,
              d -> null),
          new Entry(
              "doc.energy-method",
              ClauseSection.DOCUMENT,
              "Méthode de mesure de l'énergie et du carbone",
              "La méthode et l'outil de mesure (périmètre, facteur d'émission, fréquence) et une"
                  + " première estimation pour le volume prévu.",
              null,
              List.of("frugal.method", "sobriety.method"),
              AFNOR,
              d -> null),
          new Entry(
              "doc.hosting-location",
              ClauseSection.DOCUMENT,
              "Lieu d'hébergement",
              "Les pays et centres de données d'hébergement, de sauvegarde et d'accès à distance,"
                  + " et la qualification SecNumCloud le cas échéant.",
              null,
              List.of("frugal.hosting-region", "security.hosting-region", "gdpr.transfers"),
              "RGPD, chapitre V",
              d -> null),
          new Entry(
              "doc.model-documentation",
              ClauseSection.DOCUMENT,
              "Documentation du modèle",
              "Le nom, la version et le fournisseur de chaque modèle, les données d'entraînement,"
                  + " les performances et limites connues, la taille et le matériel requis.",
              null,
              List.of("frugal.model-documented"),
              "AI Act, art. 13 ; " + AFNOR,
              d -> null),
          new Entry(
              "doc.dpa-art28",
              ClauseSection.DOCUMENT,
              "Accord de sous-traitance (RGPD art. 28)",
              "Le projet de contrat de sous-traitance prévu par l'article 28(3) du RGPD : objet,"
                  + " durée, nature et finalité du traitement, catégories de données, instructions,"
                  + " sécurité, sous-traitants ultérieurs, sort des données en fin de contrat.",
              null,
              List.of("gdpr.legal-basis", "gdpr.processing-record", "gdpr.transfers"),
              "RGPD, art. 28",
              d ->
                  d.noPersonalData()
                      ? "les jeux de données de la fiche ne contiennent aucune donnée personnelle"
                      : null),
          new Entry(
              "doc.ai-act-provider",
              ClauseSection.DOCUMENT,
              "Documentation du fournisseur au titre du règlement IA",
              "La notice d'utilisation, la classification retenue par le fournisseur, et pour un"
                  + " système à haut risque la déclaration UE de conformité et la référence"
                  + " d'enregistrement dans la base de l'UE.",
              null,
              List.of(
                  "aiact.classified", "aiact.use-per-instructions", "aiact.registration-checked"),
              "AI Act, art. 13, 16 et 49(1)",
              d ->
                  d.usage().aiAct() != null && d.usage().aiAct().aiSystem() == Answer.NO
                      ? "la fiche indique que ce n'est pas un système d'IA au sens de l'art. 3(1)"
                      : null),
          new Entry(
              "doc.reversibility",
              ClauseSection.DOCUMENT,
              "Plan de réversibilité",
              "Le plan de restitution des données, des paramètres et des journaux en formats"
                  + " ouverts, et d'accompagnement au changement de prestataire.",
              null,
              List.of("security.supplier-identified", "frugal.reuse"),
              "Charte éthique territoriale (sécurité et souveraineté)",
              d -> null),
          new Entry(
              "doc.source-access",
              ClauseSection.DOCUMENT,
              "Accès au code source",
              "Les conditions d'accès au code source et de sa communication, les codes sources"
                  + " étant des documents administratifs communicables.",
              null,
              List.of("transparency.published", "crpa.publication"),
              "CRPA, art. L300-2",
              d -> null));

  private TenderClauses() {}

  /**
   * Generates the clauses for a usage draft from a charter.
   *
   * @param charter the charter, built-in or a collectivité's own
   * @param draft the draft of the usage
   * @param datasets the datasets the draft refers to, for whether they hold personal data; a
   *     dataset not given is never assumed free of personal data
   * @return the clauses kept and those left out
   * @throws eu.civicai.governance.InvalidInputException when an argument is null or holds null
   */
  public static TenderDossier generate(
      Charter charter, AiUsage draft, Collection<Dataset> datasets) {
    Check.notNull("charter", charter);
    Check.notNull("draft", draft);
    Draft d = new Draft(draft, Check.list("datasets", datasets));
    List<TenderClause> kept = new ArrayList<>();
    List<OmittedClause> omitted = new ArrayList<>();
    for (Entry e : CATALOGUE) {
      Optional<Criterion> criterion =
          e.criteria().stream().map(id -> find(charter, id)).flatMap(Optional::stream).findFirst();
      if (!e.criteria().isEmpty() && criterion.isEmpty()) {
        omitted.add(
            new OmittedClause(
                e.id(),
                e.title(),
                "la charte "
                    + charter.id()
                    + " ne contient aucun des critères "
                    + String.join(", ", e.criteria())));
        continue;
      }
      String irrelevant = e.irrelevance().apply(d);
      if (irrelevant != null) {
        omitted.add(new OmittedClause(e.id(), e.title(), irrelevant));
        continue;
      }
      List<String> sources = new ArrayList<>();
      sources.add(e.source());
      criterion.ifPresent(
          c -> c.references().stream().filter(r -> !sources.contains(r)).forEach(sources::add));
      kept.add(
          new TenderClause(
              e.id(),
              e.section(),
              e.title(),
              e.text(),
              e.weight(),
              criterion.map(Criterion::id).orElse(null),
              sources));
    }
    return new TenderDossier(charter.id(), charter.version(), draft.id(), kept, omitted);
  }

  private static Optional<Criterion> find(Charter charter, String id) {
    return charter.criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
