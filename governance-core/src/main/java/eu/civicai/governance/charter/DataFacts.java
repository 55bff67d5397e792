package eu.civicai.governance.charter;

import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.LegalBasis;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.data.Transfer;
import eu.civicai.governance.usage.DpiaStatus;
import java.util.List;

/**
 * The facts of group {@code data} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class DataFacts {
  private static final FactGroup FACTS = new FactGroup("data");

  private DataFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Datasets used (resolved in the register): {@code data.datasets}. */
  public static final ListFact DATASETS =
      FACTS.add(
          new ListFact(
              "data.datasets",
              Scope.DATASET,
              Text.of(
                  "Jeux de données utilisés (résolus dans le registre) ; « tous » et « aucun » sont"
                      + " inconnus quand aucun n'est listé ou qu'une référence est introuvable",
                  "Datasets used (resolved in the register); `all` and `none` are unknown when none"
                      + " is listed or a reference does not resolve"),
              (FactSubject s) -> s.datasets(),
              "data.datasetsComplete"));

  /** Dataset references that do not resolve: {@code data.unresolvedReferences}. */
  public static final NumberFact UNRESOLVED_DATASETS =
      FACTS.add(
          new NumberFact(
              "data.unresolvedReferences",
              Scope.USAGE,
              Text.of(
                  "Références de jeux de données introuvables",
                  "Dataset references that do not resolve"),
              (FactSubject s) -> s.usage().dataUse() == null ? null : s.unresolved()));

  /** Link to the record of processing (GDPR Art. 30): {@code data.processingRecord}. */
  public static final TextFact PROCESSING_RECORD =
      FACTS.add(
          new TextFact(
              "data.processingRecord",
              Scope.USAGE,
              Text.of(
                  "Lien vers le registre des traitements (RGPD art. 30)",
                  "Link to the record of processing (GDPR Art. 30)"),
              (FactSubject s) ->
                  s.usage().dataUse() == null ? null : s.usage().dataUse().processingRecord()));

  /** Data protection impact assessment status: {@code data.dpia}. */
  public static final EnumFact<DpiaStatus> DPIA =
      FACTS.add(
          new EnumFact<>(
              "data.dpia",
              Scope.USAGE,
              DpiaStatus.class,
              Text.of(
                  "Statut de l'analyse d'impact (AIPD)",
                  "Data protection impact assessment status"),
              (FactSubject s) -> s.usage().dataUse() == null ? null : s.usage().dataUse().dpia()));

  /** Data sources declared for the usage: {@code data.sources}. */
  public static final EnumSetFact<DataSource> DATA_SOURCES =
      FACTS.add(
          new EnumSetFact<>(
              "data.sources",
              Scope.USAGE,
              DataSource.class,
              Text.of(
                  "Sources de données déclarées pour l'usage",
                  "Data sources declared for the usage"),
              (FactSubject s) ->
                  s.usage().dataUse() == null || s.usage().dataUse().sources().isEmpty()
                      ? null
                      : s.usage().dataUse().sources()));

  /** Collection modes declared for the usage: {@code data.collectionModes}. */
  public static final EnumSetFact<CollectionMode> COLLECTION_MODES =
      FACTS.add(
          new EnumSetFact<>(
              "data.collectionModes",
              Scope.USAGE,
              CollectionMode.class,
              Text.of(
                  "Modes de collecte déclarés pour l'usage",
                  "Collection modes declared for the usage"),
              (FactSubject s) ->
                  s.usage().dataUse() == null || s.usage().dataUse().collectionModes().isEmpty()
                      ? null
                      : s.usage().dataUse().collectionModes()));

  /** Personal data used: {@code data.personalDataUsed}. */
  public static final BooleanFact PERSONAL_DATA_USED =
      FACTS.add(
          new BooleanFact(
              "data.personalDataUsed",
              Scope.USAGE,
              Text.of(
                  "Données personnelles utilisées (inconnu sans jeu de données listé ou quand une"
                      + " référence est introuvable)",
                  "Personal data used (unknown when no dataset is listed or a reference does not"
                      + " resolve)"),
              (FactSubject s) -> anyDataset(s, Dataset::isPersonal)));

  /** Special categories or offences: {@code data.specialCategoriesUsed}. */
  public static final BooleanFact SPECIAL_CATEGORIES_USED =
      FACTS.add(
          new BooleanFact(
              "data.specialCategoriesUsed",
              Scope.USAGE,
              Text.of("Catégories particulières ou infractions", "Special categories or offences"),
              (FactSubject s) ->
                  anyDataset(
                      s,
                      d ->
                          d.personalData() == PersonalDataLevel.SPECIAL_CATEGORIES
                              || d.personalData() == PersonalDataLevel.OFFENCES)));

  /** Holds personal data: {@code dataset.personal}. */
  public static final BooleanFact DATASET_PERSONAL =
      FACTS.add(
          new BooleanFact(
              "dataset.personal",
              Scope.DATASET,
              Text.of("Contient des données personnelles", "Holds personal data"),
              (Dataset d) -> d.isPersonal()));

  /** Personal data level: {@code dataset.personalData}. */
  public static final EnumFact<PersonalDataLevel> DATASET_PERSONAL_DATA =
      FACTS.add(
          new EnumFact<>(
              "dataset.personalData",
              Scope.DATASET,
              PersonalDataLevel.class,
              Text.of("Niveau de données personnelles", "Personal data level"),
              (Dataset d) -> d.personalData()));

  /** Legal basis (GDPR Art. 6): {@code dataset.legalBasis}. */
  public static final EnumFact<LegalBasis> DATASET_LEGAL_BASIS =
      FACTS.add(
          new EnumFact<>(
              "dataset.legalBasis",
              Scope.DATASET,
              LegalBasis.class,
              Text.of("Base légale (RGPD art. 6)", "Legal basis (GDPR Art. 6)"),
              (Dataset d) -> d.legalBasis()));

  /** Retention set: {@code dataset.retentionSet}. */
  public static final BooleanFact DATASET_RETENTION_SET =
      FACTS.add(
          new BooleanFact(
              "dataset.retentionSet",
              Scope.DATASET,
              Text.of("Durée de conservation fixée", "Retention set"),
              (Dataset d) -> d.retention() != null));

  /** Data source: {@code dataset.source}. */
  public static final EnumFact<DataSource> DATASET_SOURCE =
      FACTS.add(
          new EnumFact<>(
              "dataset.source",
              Scope.DATASET,
              DataSource.class,
              Text.of("Source des données", "Data source"),
              (Dataset d) -> d.source()));

  /** Collection mode: {@code dataset.collectionMode}. */
  public static final EnumFact<CollectionMode> DATASET_COLLECTION_MODE =
      FACTS.add(
          new EnumFact<>(
              "dataset.collectionMode",
              Scope.DATASET,
              CollectionMode.class,
              Text.of("Mode de collecte", "Collection mode"),
              (Dataset d) -> d.collectionMode()));

  /** Storage region: {@code dataset.storageRegion}. */
  public static final EnumFact<HostingRegion> DATASET_STORAGE_REGION =
      FACTS.add(
          new EnumFact<>(
              "dataset.storageRegion",
              Scope.DATASET,
              HostingRegion.class,
              Text.of("Région de stockage", "Storage region"),
              (Dataset d) -> d.storageRegion()));

  /** Every transfer outside the EU has a safeguard: {@code dataset.transfersSafeguarded}. */
  public static final BooleanFact DATASET_TRANSFERS_SAFEGUARDED =
      FACTS.add(
          new BooleanFact(
              "dataset.transfersSafeguarded",
              Scope.DATASET,
              Text.of(
                  "Tout transfert hors UE a une garantie",
                  "Every transfer outside the EU has a safeguard"),
              (Dataset d) -> d.transfers().stream().allMatch(Transfer::hasSafeguard)));

  /** Number of declared purposes: {@code dataset.purposeCount}. */
  public static final NumberFact DATASET_PURPOSE_COUNT =
      FACTS.add(
          new NumberFact(
              "dataset.purposeCount",
              Scope.DATASET,
              Text.of("Nombre de finalités déclarées", "Number of declared purposes"),
              (Dataset d) -> d.purposes().size()));

  /**
   * The datasets of the usage are all listed and found in the register (true), or not (false: none
   * is listed, or a reference does not resolve; no dataset listed is not "no data", since no field
   * says that a usage uses none); unknown without a data-use part: {@code data.datasetsComplete}.
   */
  public static final BooleanFact DATASETS_COMPLETE =
      FACTS.add(
          new BooleanFact(
              "data.datasetsComplete",
              Scope.USAGE,
              Text.of(
                  "Les jeux de données de l'usage sont tous listés et trouvés dans le registre",
                  "The usage's datasets are all listed and found in the register"),
              (FactSubject s) ->
                  s.datasets() == null ? null : !s.datasets().isEmpty() && s.unresolved() == 0));

  /**
   * Whether a dataset of the usage has a property: true when a listed one has it; unknown when none
   * is listed, when the data-use part is absent or when a reference does not resolve (an unlisted
   * or unresolved dataset may have it); false only when every dataset is listed and none has it.
   */
  private static Boolean anyDataset(FactSubject s, java.util.function.Predicate<Dataset> property) {
    List<Dataset> datasets = s.datasets();
    if (datasets == null) {
      return null;
    }
    for (int i = 0; i < datasets.size(); i++) {
      if (property.test(datasets.get(i))) {
        return Boolean.TRUE;
      }
    }
    return datasets.isEmpty() || s.unresolved() > 0 ? null : Boolean.FALSE;
  }
}
