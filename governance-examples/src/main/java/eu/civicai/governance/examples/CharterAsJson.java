package eu.civicai.governance.examples;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import java.time.Clock;
import java.util.Locale;

/** A commune writes its own charter as JSON, loads it, and evaluates a usage with it. */
public final class CharterAsJson {
  /** A two-criterion charter, as a commune would write it in a file. */
  public static final String CHARTER =
      """
      {
        "schemaVersion": "1.0",
        "type": "charter",
        "content": {
          "id": "valmont.charte-ia",
          "version": "2026.1",
          "title": {"fr": "Charte IA de Valmont", "en": "Valmont AI charter"},
          "source": "Délibération du conseil municipal (exemple)",
          "principles": [{
            "id": "humain",
            "title": {"fr": "Un humain décide", "en": "A person decides"},
            "criteria": [{
              "id": "humain.supervision",
              "severity": "BLOCKING",
              "title": {"fr": "Un agent supervise les réponses", "en": "An agent oversees the answers"},
              "requirement": {"fact": "decision.oversightLevel", "op": "NE", "value": "NONE"},
              "rationale": {"fr": "Pas de service public sans humain.", "en": "No public service without a person."},
              "remediation": {"fr": "Désigner l'agent qui supervise.", "en": "Name the overseeing agent."},
              "references": ["AI Act art. 14"]
            }, {
              "id": "humain.recours",
              "severity": "MAJOR",
              "title": {"fr": "Un recours humain est indiqué", "en": "A human recourse is stated"},
              "appliesWhen": {"fact": "purpose.audiences", "op": "CONTAINS", "value": "GENERAL_PUBLIC"},
              "requirement": {"known": "decision.contestation"},
              "rationale": {"fr": "Chacun peut joindre la mairie.", "en": "Everyone can reach the town hall."},
              "remediation": {"fr": "Indiquer comment joindre un agent.", "en": "Say how to reach an agent."},
              "references": ["CRPA R311-3-1-2"]
            }]
          }]
        }
      }
      """;

  private CharterAsJson() {}

  /** Loads the charter and evaluates the small commune's chatbot with it. */
  public static EvaluationReport run(Clock clock, Locale locale) {
    Charter charter = GovernanceJson.create().read(DocumentType.CHARTER, CHARTER);
    EvaluationReport report =
        CharterEvaluator.of(charter)
            .evaluate(TerritorialCases.smallCommuneChatbot(), EvaluationContext.of(clock, locale))
            .get(0);
    report.findings().forEach(f -> System.out.println(f.message()));
    return report;
  }

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(Clock.fixed(Portfolio.AT, java.time.ZoneId.of("Europe/Paris")), Locale.FRENCH);
  }
}
