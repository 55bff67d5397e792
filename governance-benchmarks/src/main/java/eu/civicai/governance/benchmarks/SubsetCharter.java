package eu.civicai.governance.benchmarks;

import static eu.civicai.governance.charter.DecisionFacts.*;
import static eu.civicai.governance.charter.GovernanceFacts.*;
import static eu.civicai.governance.charter.ImpactFacts.*;
import static eu.civicai.governance.charter.RiskFacts.*;
import static eu.civicai.governance.charter.SystemFacts.*;
import static eu.civicai.governance.charter.TransparencyFacts.*;
import static eu.civicai.governance.charter.UsageFacts.*;

import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Evidence;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Stakeholder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ten criteria of the ethics charter, written four ways for benchmark 1: the library's DSL, the
 * same charter loaded from JSON, hand-written Java (the limit), and CEL expressions.
 */
final class SubsetCharter {
  private SubsetCharter() {}

  static Charter dsl() {
    return Charter.builder("bench.subset", "1")
        .title("Sous-ensemble", "Subset")
        .source("civicai.ethics, ten criteria")
        .principle(
            "p",
            "P",
            "P",
            p ->
                p.criterion(
                        "oversight.level",
                        Severity.BLOCKING,
                        c -> text(c).requires(OVERSIGHT_LEVEL.isNot(OversightLevel.NONE)))
                    .criterion(
                        "oversight.trained",
                        Severity.MAJOR,
                        c -> text(c).requires(OVERSEERS_TRAINED.isTrue()))
                    .criterion(
                        "transparency.published",
                        Severity.MAJOR,
                        c -> text(c).requires(PUBLISHED.isTrue()))
                    .criterion(
                        "transparency.summary",
                        Severity.MINOR,
                        c -> text(c).requires(SUMMARY.known()))
                    .criterion(
                        "risks.mitigated",
                        Severity.MAJOR,
                        c -> text(c).requires(RISKS.all(RISK_MITIGATION_COUNT.atLeast(1))))
                    .criterion(
                        "risks.no-maximal-residual",
                        Severity.MAJOR,
                        c -> text(c).requires(RISKS.none(RISK_RESIDUAL_SEVERITY.equalTo(4))))
                    .criterion(
                        "security.hosting-region",
                        Severity.MAJOR,
                        c ->
                            text(c)
                                .requires(
                                    HOSTING_REGION.in(HostingRegion.FRANCE, HostingRegion.EU)))
                    .criterion(
                        "value.baselines",
                        Severity.MINOR,
                        c ->
                            text(c)
                                .appliesWhen(BENEFITS.countAtLeast(1))
                                .requires(BENEFITS.all(BENEFIT_BASELINE_KNOWN.isTrue())))
                    .criterion(
                        "involvement.agents-trained",
                        Severity.MAJOR,
                        c -> text(c).requires(AGENT_TRAININGS.atLeast(1)))
                    .criterion(
                        "oversight.no-automated-individual-decision",
                        Severity.BLOCKING,
                        c ->
                            text(c)
                                .appliesWhen(CONCERNS_INDIVIDUALS.isTrue())
                                .requires(OUTPUT_ROLE.isNot(OutputRole.AUTOMATED_DECISION))))
        .build();
  }

  private static eu.civicai.governance.charter.Criterion.Builder text(
      eu.civicai.governance.charter.Criterion.Builder c) {
    return c.title("t", "t").rationale("r", "r").remediation("m", "m").references("ref");
  }

  /** The same ten checks written by hand, in three-valued logic, outcomes only. */
  static Outcome[] handWritten(AiUsage u) {
    Outcome[] out = new Outcome[10];
    var d = u.decision();
    var o = d == null ? null : d.oversight();
    out[0] =
        o == null || o.level() == null ? Outcome.UNKNOWN : of(o.level() != OversightLevel.NONE);
    out[1] = o == null || o.overseersTrained() == null ? Outcome.UNKNOWN : of(o.overseersTrained());
    out[2] =
        u.transparency() == null || u.transparency().published() == null
            ? Outcome.UNKNOWN
            : of(u.transparency().published());
    out[3] = of(u.summary() != null && !u.summary().isBlank());
    List<Risk> risks = u.risks();
    if (risks.isEmpty()) {
      out[4] = Outcome.UNKNOWN;
      out[5] = Outcome.UNKNOWN;
    } else {
      boolean all = true;
      boolean anyMax = false;
      boolean unknownResidual = false;
      for (Risk r : risks) {
        all &= !r.mitigations().isEmpty();
        if (r.residualSeverity() == null) {
          unknownResidual = true;
        } else if (r.residualSeverity() == 4) {
          anyMax = true;
        }
      }
      out[4] = of(all);
      out[5] =
          anyMax ? Outcome.NOT_SATISFIED : unknownResidual ? Outcome.UNKNOWN : Outcome.SATISFIED;
    }
    var h = u.system() == null ? null : u.system().hosting();
    out[6] =
        h == null || h.region() == null
            ? Outcome.UNKNOWN
            : of(h.region() != HostingRegion.OUTSIDE_EU);
    List<BenefitIndicator> benefits = u.benefits();
    out[7] =
        benefits.isEmpty()
            ? Outcome.UNKNOWN
            : of(benefits.stream().allMatch(b -> b.baseline() != null));
    var g = u.governance();
    out[8] =
        g == null
            ? Outcome.UNKNOWN
            : of(g.trainings().stream().anyMatch(t -> t.audience() == Stakeholder.AGENTS));
    if (d == null || d.concernsIndividuals() == null) {
      out[9] =
          d == null || d.outputRole() == null || d.outputRole() == OutputRole.AUTOMATED_DECISION
              ? Outcome.UNKNOWN
              : Outcome.SATISFIED;
    } else if (!d.concernsIndividuals()) {
      out[9] = Outcome.NOT_APPLICABLE;
    } else {
      out[9] =
          d.outputRole() == null
              ? Outcome.UNKNOWN
              : of(d.outputRole() != OutputRole.AUTOMATED_DECISION);
    }
    return out;
  }

  private static final String[] IDS = {
    "oversight.level",
    "oversight.trained",
    "transparency.published",
    "transparency.summary",
    "risks.mitigated",
    "risks.no-maximal-residual",
    "security.hosting-region",
    "value.baselines",
    "involvement.agents-trained",
    "oversight.no-automated-individual-decision"
  };
  private static final Severity[] SEVERITIES = {
    Severity.BLOCKING,
    Severity.MAJOR,
    Severity.MAJOR,
    Severity.MINOR,
    Severity.MAJOR,
    Severity.MAJOR,
    Severity.MAJOR,
    Severity.MINOR,
    Severity.MAJOR,
    Severity.BLOCKING
  };
  private static final List<String> REFERENCES = List.of("ref");

  /**
   * The same ten checks written by hand producing the same findings as the library: outcome,
   * English message, the facts read as evidence, remediation when unmet or unknown. This is the
   * limit of benchmark 1 (a).
   */
  static List<Finding> handWrittenFindings(AiUsage u) {
    Outcome[] outcomes = handWritten(u);
    Finding[] findings = new Finding[10];
    var d = u.decision();
    var o = d == null ? null : d.oversight();
    findings[0] =
        finding(0, outcomes, ev("decision.oversightLevel", o == null ? null : name(o.level())));
    findings[1] =
        finding(
            1,
            outcomes,
            ev("decision.overseersTrained", o == null ? null : text(o.overseersTrained())));
    findings[2] =
        finding(
            2,
            outcomes,
            ev(
                "transparency.published",
                u.transparency() == null ? null : text(u.transparency().published())));
    findings[3] = finding(3, outcomes, ev("usage.summary", u.summary()));
    List<Risk> risks = u.risks();
    Evidence riskCount = ev("risks", risks.isEmpty() ? null : Integer.toString(risks.size()));
    Evidence[] mitigations = new Evidence[risks.size() + 1];
    Evidence[] residuals = new Evidence[risks.size() + 1];
    mitigations[0] = riskCount;
    residuals[0] = riskCount;
    for (int i = 0; i < risks.size(); i++) {
      Risk r = risks.get(i);
      mitigations[i + 1] =
          ev("risks[" + i + "].mitigationCount", Integer.toString(r.mitigations().size()));
      residuals[i + 1] = ev("risks[" + i + "].residualSeverity", text(r.residualSeverity()));
    }
    findings[4] = finding(4, outcomes, mitigations);
    findings[5] = finding(5, outcomes, residuals);
    var h = u.system() == null ? null : u.system().hosting();
    findings[6] =
        finding(6, outcomes, ev("system.hostingRegion", h == null ? null : name(h.region())));
    List<BenefitIndicator> benefits = u.benefits();
    Evidence[] baselines = new Evidence[benefits.size() + 1];
    baselines[0] = ev("benefits", benefits.isEmpty() ? null : Integer.toString(benefits.size()));
    for (int i = 0; i < benefits.size(); i++) {
      baselines[i + 1] =
          ev("benefits[" + i + "].baselineKnown", text(benefits.get(i).baseline() != null));
    }
    findings[7] = finding(7, outcomes, baselines);
    var g = u.governance();
    findings[8] =
        finding(
            8,
            outcomes,
            ev(
                "governance.agentTrainings",
                g == null
                    ? null
                    : Long.toString(
                        g.trainings().stream()
                            .filter(t -> t.audience() == Stakeholder.AGENTS)
                            .count())));
    Evidence individuals =
        ev("decision.concernsIndividuals", d == null ? null : text(d.concernsIndividuals()));
    findings[9] =
        outcomes[9] == Outcome.NOT_APPLICABLE
            ? finding(9, outcomes, individuals)
            : finding(
                9,
                outcomes,
                individuals,
                ev("decision.outputRole", d == null ? null : name(d.outputRole())));
    return List.of(findings);
  }

  private static Finding finding(int i, Outcome[] outcomes, Evidence... evidence) {
    Outcome outcome = outcomes[i];
    boolean unmet = outcome == Outcome.NOT_SATISFIED || outcome == Outcome.UNKNOWN;
    return new Finding(
        IDS[i],
        "p",
        SEVERITIES[i],
        outcome,
        message(outcome),
        List.of(evidence),
        unmet ? "m" : null,
        REFERENCES,
        null);
  }

  private static String message(Outcome outcome) {
    return switch (outcome) {
      case SATISFIED -> "Satisfied: t";
      case NOT_SATISFIED -> "Not satisfied: t";
      case UNKNOWN -> "Unknown, information missing: t";
      case NOT_APPLICABLE -> "Not applicable: t";
      case WAIVED -> "Waived: t";
    };
  }

  private static Evidence ev(String fact, String value) {
    return new Evidence(fact, value);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Outcome of(boolean b) {
    return b ? Outcome.SATISFIED : Outcome.NOT_SATISFIED;
  }

  /** The ten checks in CEL, over a map of facts; a missing fact is an evaluation error: unknown. */
  static final String[][] CEL = {
    {"true", "u['decision.oversightLevel'] != 'NONE'"},
    {"true", "u['decision.overseersTrained'] == true"},
    {"true", "u['transparency.published'] == true"},
    {"true", "'usage.summary' in u"},
    {"true", "u['risks'].all(r, r['risk.mitigationCount'] >= 1)"},
    {"true", "!u['risks'].exists(r, r['risk.residualSeverity'] == 4)"},
    {"true", "u['system.hostingRegion'] in ['FRANCE', 'EU']"},
    {"size(u['benefits']) >= 1", "u['benefits'].all(b, b['benefit.baselineKnown'])"},
    {"true", "u['governance.agentTrainings'] >= 1"},
    {
      "u['decision.concernsIndividuals'] == true",
      "u['decision.outputRole'] != 'AUTOMATED_DECISION'"
    },
  };

  /** The facts of a usage as a CEL activation: absent facts are absent keys. */
  static Map<String, Object> facts(AiUsage u) {
    Map<String, Object> m = new HashMap<>();
    var d = u.decision();
    var o = d == null ? null : d.oversight();
    if (o != null && o.level() != null) {
      m.put("decision.oversightLevel", o.level().name());
    }
    if (o != null && o.overseersTrained() != null) {
      m.put("decision.overseersTrained", o.overseersTrained());
    }
    if (u.transparency() != null && u.transparency().published() != null) {
      m.put("transparency.published", u.transparency().published());
    }
    if (u.summary() != null) {
      m.put("usage.summary", u.summary());
    }
    if (!u.risks().isEmpty()) {
      m.put(
          "risks",
          u.risks().stream()
              .map(
                  r -> {
                    Map<String, Object> e = new HashMap<>();
                    e.put("risk.mitigationCount", (long) r.mitigations().size());
                    if (r.residualSeverity() != null) {
                      e.put("risk.residualSeverity", (long) r.residualSeverity());
                    }
                    return e;
                  })
              .toList());
    }
    var h = u.system() == null ? null : u.system().hosting();
    if (h != null && h.region() != null) {
      m.put("system.hostingRegion", h.region().name());
    }
    if (!u.benefits().isEmpty()) {
      m.put(
          "benefits",
          u.benefits().stream()
              .map(b -> Map.<String, Object>of("benefit.baselineKnown", b.baseline() != null))
              .toList());
    }
    if (u.governance() != null) {
      m.put(
          "governance.agentTrainings",
          u.governance().trainings().stream()
              .filter(t -> t.audience() == Stakeholder.AGENTS)
              .count());
    }
    if (d != null && d.concernsIndividuals() != null) {
      m.put("decision.concernsIndividuals", d.concernsIndividuals());
    }
    if (d != null && d.outputRole() != null) {
      m.put("decision.outputRole", d.outputRole().name());
    }
    return m;
  }
}
