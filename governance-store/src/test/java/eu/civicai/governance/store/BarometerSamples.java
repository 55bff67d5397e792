package eu.civicai.governance.store;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.usage.AiSystem;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DataUse;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.Footprint;
import eu.civicai.governance.usage.Governance;
import eu.civicai.governance.usage.Purpose;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Theme;
import eu.civicai.governance.usage.Transparency;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded register of many authorities for the barometer's contract (issue 21): authorities of
 * every kind and band (some of unknown population, some named by their usages only, some by their
 * strategy only), usages with random parts and themes, strategies with random parts and committee
 * meetings around the six-month boundary, and a ledger whose uses name some usages.
 */
final class BarometerSamples {
  /** The day the barometer is judged on. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private static final long[] POPULATIONS = {
    0, 800, 3_499, 3_500, 9_999, 10_000, 49_999, 50_000, 120_000, 199_999, 200_000, 2_100_000
  };

  /** Meeting days on either side of both ends of the six-month window. */
  private static final LocalDate[] BOUNDARIES = {
    AS_OF, AS_OF.plusDays(1), AS_OF.minusMonths(6), AS_OF.minusMonths(6).minusDays(1)
  };

  private BarometerSamples() {}

  /** A register and its ledger, from a seed. */
  record Sample(Register register, Ledger ledger) {}

  static Sample generate(long seed, int authorities, Clock clock) {
    return generate(seed, authorities, clock, 0);
  }

  /** The SIREN every tenant's shared authority carries: one authority in several tenants. */
  static final String SHARED_SIREN = Tenants.tenant(99_000_002).value();

  /**
   * A register and its ledger for tenant number {@code tenant} of a store with many (from 1; 0 for
   * the single-tenant register of {@link #generate(long, int, Clock)}): half of its authorities
   * have a SIREN of their own, authority 1 is a "Saint-Martin" with a SIREN of its tenant (so every
   * tenant has its own Saint-Martin), and authority 2 is the same syndicate in every tenant (one
   * SIREN, {@link #SHARED_SIREN}), so that merging across tenants is exercised. A third of the
   * usages of an authority with a SIREN leave it out, as an imported record may.
   */
  static Sample generate(long seed, int authorities, Clock clock, int tenant) {
    Random random = new Random(seed);
    Register register = Register.inMemory(clock);
    register.addDataset(
        Dataset.builder("capteurs").name("Capteurs").personalData(PersonalDataLevel.NONE).build());
    List<AiUsage> all = new ArrayList<>();
    List<AiUsage> used = new ArrayList<>();
    for (int a = 0; a < authorities; a++) {
      AuthorityKind kind = AuthorityKind.values()[random.nextInt(AuthorityKind.values().length)];
      String name = "Collectivité " + (char) ('A' + a % 26) + " " + a;
      String siren = null;
      if (tenant > 0) {
        if (a == 1) {
          name = "Saint-Martin";
          siren = Tenants.tenant(tenant * 1_000 + a).value();
        } else if (a == 2) {
          name = "Syndicat mixte partagé";
          kind = AuthorityKind.SYNDICAT_MIXTE;
          siren = SHARED_SIREN;
        } else {
          name = name + " (" + tenant + ")";
          siren = random.nextBoolean() ? Tenants.tenant(tenant * 1_000 + a).value() : null;
        }
      }
      Authority bare =
          siren == null ? Authority.of(name, kind) : Authority.of(name, kind).withSiren(siren);
      Long population =
          random.nextInt(5) == 0 ? null : POPULATIONS[random.nextInt(POPULATIONS.length)];
      // One authority in eight records everything, so that every component is known for some.
      boolean complete = a % 8 == 0;
      int usages = !complete && random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(4);
      boolean strategy = complete || usages == 0 || random.nextBoolean();
      for (int u = 0; u < usages; u++) {
        // Some usages state the population, others not: the first that states it counts.
        Authority owner =
            population != null && random.nextBoolean() ? bare.withPopulation(population) : bare;
        if (siren != null && random.nextInt(3) == 0) {
          // A record that leaves the SIREN out: the one SIREN of its name in the tenant is its.
          owner =
              owner.population() == null
                  ? Authority.of(name, kind)
                  : Authority.of(name, kind).withPopulation(owner.population());
        }
        AiUsage usage = usage(random, "a" + a + "-usage-" + u, owner);
        register.add(usage);
        all.add(usage);
        if (complete && u == 0) {
          used.add(usage);
        }
      }
      if (strategy) {
        Authority own =
            population != null && random.nextBoolean() ? bare.withPopulation(population) : bare;
        register.putStrategy(strategy(random, own, complete));
      }
    }
    Ledger ledger = Ledger.inMemory(register, clock);
    DatasetId capteurs = DatasetId.of("capteurs");
    Instant at = Instant.parse("2026-01-05T08:00:00Z");
    ledger.append(LifecycleEvent.collected(capteurs).at(at).by("dsi"));
    for (AiUsage u : all) {
      if (used.contains(u) || random.nextInt(3) == 0) {
        at = at.plusSeconds(3_600);
        ledger.append(
            LifecycleEvent.usedForInference(capteurs, u.id(), "pilotage").at(at).by("dsi"));
      }
    }
    return new Sample(register, ledger);
  }

  private static AiUsage usage(Random random, String id, Authority owner) {
    AiUsage.Builder b = AiUsage.builder(id).name("Usage " + id).authority(owner);
    if (random.nextBoolean()) {
      b.summary(random.nextInt(4) == 0 ? "" : "Un résumé en langage clair.");
    }
    if (random.nextBoolean()) {
      Purpose.Builder p = Purpose.builder();
      if (random.nextInt(4) != 0) {
        p.theme(Theme.values()[random.nextInt(Theme.values().length)]);
      }
      if (random.nextBoolean()) {
        p.goal("Servir les habitants");
      }
      b.purpose(p.build());
    }
    if (random.nextBoolean()) {
      b.system(AiSystem.builder().build());
    }
    if (random.nextBoolean()) {
      b.decision(DecisionMaking.builder().concernsIndividuals(random.nextBoolean()).build());
    }
    if (random.nextBoolean()) {
      b.dataUse(
          DataUse.builder()
              .datasets(DatasetUse.of(DatasetId.of("capteurs"), DataRole.INPUT))
              .build());
    }
    if (random.nextBoolean()) {
      b.risks(List.of(Risk.builder().description("Fausses alertes").build()));
    }
    if (random.nextBoolean()) {
      b.footprint(Footprint.builder().build());
    }
    if (random.nextBoolean()) {
      b.benefits(
          List.of(
              BenefitIndicator.builder()
                  .name("Heures gagnées")
                  .measured(Quantity.of(120, Unit.HOUR))
                  .build()));
    }
    if (random.nextBoolean()) {
      b.governance(Governance.builder().build());
    }
    if (random.nextBoolean()) {
      b.transparency(Transparency.builder().build());
    }
    return b.build();
  }

  private static Strategy strategy(Random random, Authority authority, boolean complete) {
    Strategy.Builder s = Strategy.builder(authority);
    if (complete || random.nextBoolean()) {
      s.charterAdoptedOn(LocalDate.of(2025, 1 + random.nextInt(12), 1));
    }
    if (complete || random.nextBoolean()) {
      Roadmap.Builder r = Roadmap.builder("Feuille de route IA");
      int indicators = random.nextInt(3);
      List<RoadmapIndicator> list = new ArrayList<>();
      for (int i = 0; i < indicators; i++) {
        list.add(
            RoadmapIndicator.of(
                "indicateur-" + i,
                "Indicateur " + i,
                null,
                random.nextBoolean() ? Quantity.of(100, Unit.AGENT) : null));
      }
      s.roadmap(r.indicators(list).build());
    }
    if (complete || random.nextBoolean()) {
      Acculturation.Builder a = Acculturation.builder();
      if (complete || random.nextBoolean()) {
        int using = (complete ? 1 : 0) + random.nextInt(60);
        a.literacy(using, using == 0 ? 0 : random.nextInt(using + 1), LocalDate.of(2026, 6, 1));
      }
      s.acculturation(a.build());
    }
    if (complete || random.nextBoolean()) {
      WatchCommittee.Builder c =
          WatchCommittee.builder("Comité de veille")
              .members(
                  CommitteeMember.of("Élue", MemberRole.ELECTED_OFFICIAL),
                  CommitteeMember.of("DSI", MemberRole.TECHNICIAN),
                  CommitteeMember.of("Habitante", MemberRole.RESIDENT));
      int meetings = random.nextInt(3);
      for (int m = 0; m < meetings; m++) {
        // Around the boundary: from nine months before the day to one month after it.
        LocalDate day =
            random.nextBoolean()
                ? BOUNDARIES[random.nextInt(BOUNDARIES.length)]
                : AS_OF.minusMonths(6).plusDays(random.nextInt(240) - 90);
        c.meeting(
            random.nextBoolean()
                ? CommitteeMeeting.of(day, "Élue", "DSI")
                : CommitteeMeeting.of(day, "DSI", "Habitante"));
      }
      s.committee(c.build());
    }
    return s.build();
  }
}
