package eu.civicai.governance.report;

import eu.civicai.governance.Visibility;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Alternative;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.Stage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Usages for the report's tests: a documented one, an idea, and one full of hostile text. */
final class Fixtures {
  static final Instant AT = Instant.parse("2026-11-27T16:00:00Z");
  static final Clock CLOCK = Clock.fixed(AT, ZoneId.of("Europe/Paris"));
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** A name that tries every way out of its place: a tag, an attribute, a bidi override. */
  static final String HOSTILE =
      "<script>alert(1)</script>\"onmouseover=alert(2) x='y' \u202eevil\u2066 |*[a](b)#";

  static final String SECRET_SYSTEM = "Modèle interne ultra-confidentiel XYZ-42";

  private static final CharterEvaluator EVALUATOR = CharterEvaluator.of(BuiltInCharters.all());

  private Fixtures() {}

  static AiUsage documented() {
    return AiUsage.builder("sicoval-fuites")
        .name("Détection des fuites du réseau d'eau potable")
        .summary("L'IA repère plus tôt les fuites sur les 1 000 km du réseau.")
        .authority(
            Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION)
                .withPopulation(80_000)
                .withAgents(900))
        .contact(
            Contact.of(ContactRole.OWNER, "Service de l'eau", "eau@sicoval.example").publicly())
        .contact(Contact.of(ContactRole.DPO, "Dupont Secret", "dpo@sicoval.example"))
        .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2021, 1, 1)))
        .purpose(
            p ->
                p.goal("Repérer les fuites plus tôt")
                    .whyAi("Des seuils fixes confondent fuites et consommations nocturnes.")
                    .audiences(Audience.GENERAL_PUBLIC)
                    .alternatives(Alternative.of("Campagnes d'écoute", "Trop lentes")))
        .system(s -> s.description(SECRET_SYSTEM).techniques(AiTechnique.ANOMALY_DETECTION))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .concernsIndividuals(false)
                    .affectedPersons(12_000L)
                    .contestation("Écrire au service de l'eau.")
                    .oversight(
                        HumanOversight.builder()
                            .level(OversightLevel.HUMAN_IN_THE_LOOP)
                            .description("Un agent vérifie chaque alerte")
                            .overrideRoles("technicien réseau")
                            .build()))
        .footprint(
            f ->
                f.inferenceEnergyPerYear(Quantity.of(1200, Unit.KWH))
                    .carbonPerYear(Quantity.of(70, Unit.KG_CO2E)))
        .benefit(b -> b.name("Gains annuels").measured(Quantity.of(8, Unit.MEUR)).period("par an"))
        .governance(g -> g.reviewDates(LocalDate.of(2027, 3, 15)))
        .transparency(
            t ->
                t.published(true)
                    .publicationUrl(java.net.URI.create("https://www.sicoval.example/algorithmes"))
                    .visibility(Map.of(Part.CONTACTS, Visibility.PUBLIC)))
        .build();
  }

  static AiUsage idea() {
    return AiUsage.builder("valmont-chatbot")
        .name("Agent conversationnel de la mairie")
        .authority(Authority.of("Valmont", AuthorityKind.COMMUNE).withPopulation(4_000))
        .status(s -> s.stage(Stage.IDEA))
        .build();
  }

  static AiUsage hostile() {
    return AiUsage.builder("hostile-usage")
        .name(HOSTILE)
        .summary(HOSTILE)
        .authority(Authority.of(HOSTILE, AuthorityKind.COMMUNE))
        .purpose(p -> p.goal(HOSTILE).whyAi(HOSTILE).alternatives(Alternative.of(HOSTILE, HOSTILE)))
        .benefit(b -> b.name(HOSTILE).period(HOSTILE))
        .build();
  }

  static AiUsage restricted() {
    return AiUsage.builder("restricted-usage")
        .name("Usage interne non publié")
        .authority(Authority.of("Valmont", AuthorityKind.COMMUNE).withPopulation(4_000))
        .transparency(t -> t.visibility(Map.of(Part.IDENTITY, Visibility.RESTRICTED)))
        .build();
  }

  /** Another authority's usage bearing the same name as {@link #documented()}. */
  static AiUsage namesake() {
    return AiUsage.builder("valmont-fuites")
        .name(documented().name())
        .authority(Authority.of("Valmont", AuthorityKind.COMMUNE).withPopulation(4_000))
        .status(s -> s.stage(Stage.IDEA))
        .footprint(f -> f.inferenceEnergyPerYear(Quantity.of(8, Unit.MWH)))
        .benefit(b -> b.name("Eau économisée").period("par an"))
        .build();
  }

  static List<AiUsage> usages() {
    return List.of(documented(), idea(), hostile());
  }

  static PortfolioReport.UsageEvaluation evaluate(AiUsage usage, Locale locale) {
    return new PortfolioReport.UsageEvaluation(
        usage.id(),
        AiActClassifier.classify(usage, TODAY),
        EVALUATOR.evaluate(usage, EvaluationContext.of(CLOCK, locale)));
  }

  /** Writes a report of the usages into a directory and returns its summary. */
  static ReportSummary write(
      CommitteeReport report, Path dir, List<AiUsage> usages, Locale locale) {
    try (ReportWriter out = report.open(dir)) {
      for (AiUsage u : usages) {
        out.add(u, evaluate(u, locale));
      }
      return out.finish();
    }
  }

  static ReportSummary write(Path dir, Locale locale) {
    return write(
        CommitteeReport.builder().clock(CLOCK).locale(locale).publicPages(true).build(),
        dir,
        new ArrayList<>(usages()),
        locale);
  }
}
