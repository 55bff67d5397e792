package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.FactReads.emptyToNull;
import static eu.civicai.governance.charter.FactReads.sizeOrNull;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.Sourcing;

/**
 * The facts of group {@code system} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class SystemFacts {
  private static final FactGroup FACTS = new FactGroup("system");

  private SystemFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Name of the algorithm: {@code system.algorithmName}. */
  public static final TextFact ALGORITHM_NAME =
      FACTS.add(
          new TextFact(
              "system.algorithmName",
              Scope.USAGE,
              Text.of("Nom de l'algorithme", "Name of the algorithm"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().algorithmName()));

  /** How the system works: {@code system.description}. */
  public static final TextFact SYSTEM_DESCRIPTION =
      FACTS.add(
          new TextFact(
              "system.description",
              Scope.USAGE,
              Text.of("Description du fonctionnement", "How the system works"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().description()));

  /** AI techniques: {@code system.techniques}. */
  public static final EnumSetFact<AiTechnique> TECHNIQUES =
      FACTS.add(
          new EnumSetFact<>(
              "system.techniques",
              Scope.USAGE,
              AiTechnique.class,
              Text.of("Techniques d'IA", "AI techniques"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().techniques()));

  /** Number of AI techniques: {@code system.techniqueCount}. */
  public static final NumberFact TECHNIQUE_COUNT =
      FACTS.add(
          new NumberFact(
              "system.techniqueCount",
              Scope.USAGE,
              Text.of("Nombre de techniques d'IA", "Number of AI techniques"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : sizeOrNull(s.usage().system().techniques())));

  /** Keeps learning in service: {@code system.selfLearning}. */
  public static final BooleanFact SELF_LEARNING =
      FACTS.add(
          new BooleanFact(
              "system.selfLearning",
              Scope.USAGE,
              Text.of("Apprend en service", "Keeps learning in service"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().selfLearning()));

  /** Models used: {@code system.models}. */
  public static final ListFact MODELS =
      FACTS.add(
          new ListFact(
              "system.models",
              Scope.MODEL,
              Text.of("Modèles utilisés", "Models used"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : emptyToNull(s.usage().system().models())));

  /** How the system was developed: {@code system.sourcing}. */
  public static final EnumFact<Sourcing> SOURCING =
      FACTS.add(
          new EnumFact<>(
              "system.sourcing",
              Scope.USAGE,
              Sourcing.class,
              Text.of("Mode de développement", "How the system was developed"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().sourcing()));

  /** Number of suppliers: {@code system.supplierCount}. */
  public static final NumberFact SUPPLIER_COUNT =
      FACTS.add(
          new NumberFact(
              "system.supplierCount",
              Scope.USAGE,
              Text.of("Nombre de fournisseurs", "Number of suppliers"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : sizeOrNull(s.usage().system().suppliers())));

  /** Procurement procedure: {@code system.procurementProcedure}. */
  public static final TextFact PROCUREMENT_PROCEDURE =
      FACTS.add(
          new TextFact(
              "system.procurementProcedure",
              Scope.USAGE,
              Text.of("Procédure d'achat", "Procurement procedure"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().procurement() == null
                      ? null
                      : s.usage().system().procurement().procedure()));

  /** Environmental criteria in the call for tenders: {@code system.environmentalCriteria}. */
  public static final BooleanFact ENVIRONMENTAL_CRITERIA =
      FACTS.add(
          new BooleanFact(
              "system.environmentalCriteria",
              Scope.USAGE,
              Text.of(
                  "Critères environnementaux dans l'appel d'offres",
                  "Environmental criteria in the call for tenders"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().procurement() == null
                      ? null
                      : s.usage().system().procurement().environmentalCriteria()));

  /** Hosting mode: {@code system.hostingMode}. */
  public static final EnumFact<HostingMode> HOSTING_MODE =
      FACTS.add(
          new EnumFact<>(
              "system.hostingMode",
              Scope.USAGE,
              HostingMode.class,
              Text.of("Mode d'hébergement", "Hosting mode"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().hosting() == null
                      ? null
                      : s.usage().system().hosting().mode()));

  /** Hosting region: {@code system.hostingRegion}. */
  public static final EnumFact<HostingRegion> HOSTING_REGION =
      FACTS.add(
          new EnumFact<>(
              "system.hostingRegion",
              Scope.USAGE,
              HostingRegion.class,
              Text.of("Région d'hébergement", "Hosting region"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().hosting() == null
                      ? null
                      : s.usage().system().hosting().region()));

  /** SecNumCloud-qualified host: {@code system.secNumCloud}. */
  public static final BooleanFact SEC_NUM_CLOUD =
      FACTS.add(
          new BooleanFact(
              "system.secNumCloud",
              Scope.USAGE,
              Text.of("Hébergeur qualifié SecNumCloud", "SecNumCloud-qualified host"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().hosting() == null
                      ? null
                      : s.usage().system().hosting().secNumCloud()));

  /** Address of the public source code: {@code system.publicSourceCode}. */
  public static final TextFact PUBLIC_SOURCE_CODE =
      FACTS.add(
          new TextFact(
              "system.publicSourceCode",
              Scope.USAGE,
              Text.of("Adresse du code source public", "Address of the public source code"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().publicSourceCode() == null
                      ? null
                      : s.usage().system().publicSourceCode().toString()));

  /** Open weights: {@code model.openWeights}. */
  public static final BooleanFact MODEL_OPEN_WEIGHTS =
      FACTS.add(
          new BooleanFact(
              "model.openWeights",
              Scope.MODEL,
              Text.of("Poids ouverts", "Open weights"),
              (AiModel m) -> m.openWeights()));

  /** Model provider: {@code model.provider}. */
  public static final TextFact MODEL_PROVIDER =
      FACTS.add(
          new TextFact(
              "model.provider",
              Scope.MODEL,
              Text.of("Fournisseur du modèle", "Model provider"),
              (AiModel m) -> m.provider()));

  /** Model version: {@code model.version}. */
  public static final TextFact MODEL_VERSION =
      FACTS.add(
          new TextFact(
              "model.version",
              Scope.MODEL,
              Text.of("Version du modèle", "Model version"),
              (AiModel m) -> m.version()));
}
