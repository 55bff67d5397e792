package eu.civicai.governance.store;

import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.AcculturationSession;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.SessionAudience;
import eu.civicai.governance.strategy.SessionFormat;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import java.time.LocalDate;

/** Strategies for the store's tests (issue 21). */
final class StrategySamples {
  private StrategySamples() {}

  /** A strategy with every part, for an authority of this name, kind and population. */
  static Strategy full(String name, AuthorityKind kind, long population) {
    return Strategy.builder(Authority.of(name, kind).withPopulation(population))
        .charterAdoptedOn(LocalDate.of(2025, 6, 1))
        .roadmap(
            Roadmap.builder("Feuille de route IA")
                .indicators(
                    RoadmapIndicator.of(
                        "agents-formes",
                        "Agents formés",
                        Quantity.of(0, Unit.AGENT),
                        Quantity.of(100, Unit.AGENT)))
                .build())
        .acculturation(
            Acculturation.builder()
                .sessions(
                    AcculturationSession.of(
                        LocalDate.of(2026, 1, 15),
                        SessionAudience.AGENTS,
                        SessionFormat.CAFE_IA,
                        "L'IA au quotidien",
                        25,
                        "2"))
                .literacy(40, 30, LocalDate.of(2026, 2, 1))
                .build())
        .committee(
            WatchCommittee.builder("Comité de veille")
                .members(
                    CommitteeMember.of("Maire adjoint", MemberRole.ELECTED_OFFICIAL),
                    CommitteeMember.of("DGS", MemberRole.TECHNICIAN))
                .meeting(CommitteeMeeting.of(LocalDate.of(2026, 2, 10), "Maire adjoint", "DGS"))
                .build())
        .build();
  }
}
