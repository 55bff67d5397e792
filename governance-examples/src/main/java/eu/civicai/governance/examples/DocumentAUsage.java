package eu.civicai.governance.examples;

import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.time.LocalDate;

/** Documents an AI usage in about twenty lines: the README's first example. */
public final class DocumentAUsage {
  private DocumentAUsage() {}

  /** Returns the Sicoval leak-detection usage, documented with the fluent API. */
  public static AiUsage sicovalLeakDetection() {
    return AiUsage.builder("sicoval-detection-fuites")
        .name("Détection des fuites du réseau d'eau potable")
        .summary("L'IA repère les fuites sur 1 000 km de réseau à partir de la télérelève.")
        .authority(
            Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION)
                .withSiren("243100633")
                .withPopulation(80_000))
        .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2019, 1, 1)))
        .purpose(p -> p.goal("Réduire les pertes d'eau potable").theme(Theme.ECOLOGICAL_TRANSITION))
        .system(s -> s.techniques(AiTechnique.MACHINE_LEARNING, AiTechnique.ANOMALY_DETECTION))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .oversight(
                        HumanOversight.builder().level(OversightLevel.HUMAN_IN_THE_LOOP).build()))
        .benefit(
            b ->
                b.name("Gains cumulés")
                    .measured(Quantity.of(8, Unit.MEUR))
                    .period("depuis le déploiement"))
        .benefit(
            b ->
                b.name("Eau économisée")
                    .measured(Quantity.of(950, Unit.HOUSEHOLD))
                    .period("par an"))
        .build();
  }

  /**
   * Prints the usage's identity.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    AiUsage usage = sicovalLeakDetection();
    System.out.println(usage.id() + " — " + usage.name() + " (" + usage.authority().name() + ")");
  }
}
