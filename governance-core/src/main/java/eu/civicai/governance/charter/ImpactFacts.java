package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.FactReads.emptyToNull;
import static eu.civicai.governance.charter.FactReads.sizeOrNull;

import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.EstimationBasis;

/**
 * The facts of group {@code impacts} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class ImpactFacts {
  private static final FactGroup FACTS = new FactGroup("impacts");

  private ImpactFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Effects on agents\' work: {@code impacts.onAgents}. */
  public static final TextFact IMPACT_ON_AGENTS =
      FACTS.add(
          new TextFact(
              "impacts.onAgents",
              Scope.USAGE,
              Text.of("Effets sur le travail des agents", "Effects on agents\' work"),
              (FactSubject s) ->
                  s.usage().impacts() == null ? null : s.usage().impacts().onAgents()));

  /** Agents consulted on the effects: {@code impacts.agentsConsulted}. */
  public static final BooleanFact AGENTS_CONSULTED =
      FACTS.add(
          new BooleanFact(
              "impacts.agentsConsulted",
              Scope.USAGE,
              Text.of("Agents consultés sur les effets", "Agents consulted on the effects"),
              (FactSubject s) ->
                  s.usage().impacts() == null ? null : s.usage().impacts().agentsConsulted()));

  /** Effects on citizens: {@code impacts.onCitizens}. */
  public static final TextFact IMPACT_ON_CITIZENS =
      FACTS.add(
          new TextFact(
              "impacts.onCitizens",
              Scope.USAGE,
              Text.of("Effets sur les citoyens", "Effects on citizens"),
              (FactSubject s) ->
                  s.usage().impacts() == null ? null : s.usage().impacts().onCitizens()));

  /** Effects on the environment: {@code impacts.onEnvironment}. */
  public static final TextFact IMPACT_ON_ENVIRONMENT =
      FACTS.add(
          new TextFact(
              "impacts.onEnvironment",
              Scope.USAGE,
              Text.of("Effets sur l'environnement", "Effects on the environment"),
              (FactSubject s) ->
                  s.usage().impacts() == null ? null : s.usage().impacts().onEnvironment()));

  /** Energy or carbon footprint known: {@code footprint.known}. */
  public static final BooleanFact FOOTPRINT_KNOWN =
      FACTS.add(
          new BooleanFact(
              "footprint.known",
              Scope.USAGE,
              Text.of(
                  "Empreinte énergétique ou carbone connue", "Energy or carbon footprint known"),
              (FactSubject s) ->
                  s.usage().footprint() == null ? null : s.usage().footprint().isKnown()));

  /** Footprint measured or estimated: {@code footprint.basis}. */
  public static final EnumFact<EstimationBasis> FOOTPRINT_BASIS =
      FACTS.add(
          new EnumFact<>(
              "footprint.basis",
              Scope.USAGE,
              EstimationBasis.class,
              Text.of("Empreinte mesurée ou estimée", "Footprint measured or estimated"),
              (FactSubject s) ->
                  s.usage().footprint() == null ? null : s.usage().footprint().basis()));

  /** Measuring or estimation method: {@code footprint.method}. */
  public static final TextFact FOOTPRINT_METHOD =
      FACTS.add(
          new TextFact(
              "footprint.method",
              Scope.USAGE,
              Text.of("Méthode de mesure ou d'estimation", "Measuring or estimation method"),
              (FactSubject s) ->
                  s.usage().footprint() == null ? null : s.usage().footprint().method()));

  /** Hardware used: {@code footprint.hardware}. */
  public static final TextFact HARDWARE =
      FACTS.add(
          new TextFact(
              "footprint.hardware",
              Scope.USAGE,
              Text.of("Matériel utilisé", "Hardware used"),
              (FactSubject s) ->
                  s.usage().footprint() == null ? null : s.usage().footprint().hardware()));

  /** Inference energy per year (kWh): {@code footprint.inferenceEnergyKwhPerYear}. */
  public static final NumberFact INFERENCE_ENERGY_KWH =
      FACTS.add(
          new NumberFact(
              "footprint.inferenceEnergyKwhPerYear",
              Scope.USAGE,
              Text.of("Énergie d'inférence par an (kWh)", "Inference energy per year (kWh)"),
              (FactSubject s) ->
                  s.usage().footprint() == null
                          || s.usage().footprint().inferenceEnergyPerYear() == null
                      ? null
                      : s.usage().footprint().inferenceEnergyPerYear().to(Unit.KWH).value()));

  /** Training energy (kWh): {@code footprint.trainingEnergyKwh}. */
  public static final NumberFact TRAINING_ENERGY_KWH =
      FACTS.add(
          new NumberFact(
              "footprint.trainingEnergyKwh",
              Scope.USAGE,
              Text.of("Énergie d'entraînement (kWh)", "Training energy (kWh)"),
              (FactSubject s) ->
                  s.usage().footprint() == null || s.usage().footprint().trainingEnergy() == null
                      ? null
                      : s.usage().footprint().trainingEnergy().to(Unit.KWH).value()));

  /** Emissions per year (kgCO2e): {@code footprint.carbonKgPerYear}. */
  public static final NumberFact CARBON_KG_PER_YEAR =
      FACTS.add(
          new NumberFact(
              "footprint.carbonKgPerYear",
              Scope.USAGE,
              Text.of("Émissions par an (kgCO2e)", "Emissions per year (kgCO2e)"),
              (FactSubject s) ->
                  s.usage().footprint() == null || s.usage().footprint().carbonPerYear() == null
                      ? null
                      : s.usage().footprint().carbonPerYear().to(Unit.KG_CO2E).value()));

  /** Number of frugality practices: {@code footprint.practiceCount}. */
  public static final NumberFact FRUGALITY_PRACTICE_COUNT =
      FACTS.add(
          new NumberFact(
              "footprint.practiceCount",
              Scope.USAGE,
              Text.of("Nombre de pratiques de frugalité", "Number of frugality practices"),
              (FactSubject s) ->
                  s.usage().footprint() == null
                      ? null
                      : sizeOrNull(s.usage().footprint().frugalityPractices())));

  /** Benefit indicators: {@code benefits}. */
  public static final ListFact BENEFITS =
      FACTS.add(
          new ListFact(
              "benefits",
              Scope.BENEFIT,
              Text.of("Indicateurs de bénéfices", "Benefit indicators"),
              (FactSubject s) -> emptyToNull(s.usage().benefits())));

  /** Baseline known: {@code benefit.baselineKnown}. */
  public static final BooleanFact BENEFIT_BASELINE_KNOWN =
      FACTS.add(
          new BooleanFact(
              "benefit.baselineKnown",
              Scope.BENEFIT,
              Text.of("Valeur de référence connue", "Baseline known"),
              (BenefitIndicator b) -> b.baseline() != null));

  /** Target known: {@code benefit.targetKnown}. */
  public static final BooleanFact BENEFIT_TARGET_KNOWN =
      FACTS.add(
          new BooleanFact(
              "benefit.targetKnown",
              Scope.BENEFIT,
              Text.of("Cible connue", "Target known"),
              (BenefitIndicator b) -> b.target() != null));

  /** Measured value known: {@code benefit.measuredKnown}. */
  public static final BooleanFact BENEFIT_MEASURED_KNOWN =
      FACTS.add(
          new BooleanFact(
              "benefit.measuredKnown",
              Scope.BENEFIT,
              Text.of("Valeur mesurée connue", "Measured value known"),
              (BenefitIndicator b) -> b.measured() != null));
}
