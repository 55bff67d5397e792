package eu.civicai.governance.barometer;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.Labelled;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Theme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The barometer of AI governance maturity over the authorities of a register: one {@link
 * AuthorityMaturity} per authority, sorted by name (then by {@link AuthorityFigures#key()}), and
 * their distribution over all authorities, by {@link PopulationBand} (every band, empty ones
 * included), by {@link AuthorityKind} and by {@link Theme} (the kinds and themes present, in the
 * enums' order). An authority counts in the group of every theme its usages state. The formula is
 * defined in {@code docs/barometer.md}.
 *
 * <p>An authority is identified by its SIREN when its records state one, by its name otherwise: two
 * communes named Saint-Martin with two SIRENs are two authorities. Over several registers (the
 * tenants of a store), the figures of each are {@linkplain #merge merged} by that key.
 *
 * <p>Compute it with {@link #of(Register, Ledger, Clock)} in memory, or from figures counted
 * elsewhere (a store, in SQL) with {@link #fromFigures}. The components weigh what {@link
 * BarometerWeights#defaults()} gives unless the caller gives its own weights. Immutable and
 * thread-safe; the static methods are thread-safe as long as the register and ledger they read are
 * (both are).
 *
 * <pre>{@code
 * Barometer barometer = Barometer.of(register, ledger, clock);
 * for (BarometerGroup<PopulationBand> band : barometer.byBand()) {
 *   System.out.println(band.key().label(Locale.FRENCH) + " : " + band.medianScore());
 * }
 * }</pre>
 *
 * @param asOf the day the committees' activity is judged on (six months up to it)
 * @param authorities one per authority, sorted by name (String order)
 * @param overall all authorities together (its key is null)
 * @param byBand one group per population band, in the enum's order
 * @param bySize both sides of the 50,000-inhabitant boundary, {@link SizeClass#UNDER_50000} first
 *     (authorities of unknown population are on neither side)
 * @param byKind one group per authority kind present, in the enum's order
 * @param byTheme one group per theme stated by a usage, in the enum's order
 * @param withoutTheme authorities none of whose usages states a theme
 * @param weights the weights the scores were computed with
 */
public record Barometer(
    LocalDate asOf,
    List<AuthorityMaturity> authorities,
    BarometerGroup<Labelled> overall,
    List<BarometerGroup<PopulationBand>> byBand,
    List<BarometerGroup<SizeClass>> bySize,
    List<BarometerGroup<AuthorityKind>> byKind,
    List<BarometerGroup<Theme>> byTheme,
    long withoutTheme,
    BarometerWeights weights) {

  /** The months, up to the barometer's date, in which a committee meeting counts as activity. */
  public static final int COMMITTEE_MONTHS = 6;

  private static final int PARTS = DocumentedPart.values().length;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Copies the lists. */
  public Barometer {
    Check.notNull("asOf", asOf);
    authorities = Check.list("authorities", authorities);
    Check.notNull("overall", overall);
    byBand = Check.list("byBand", byBand);
    bySize = Check.list("bySize", bySize);
    byKind = Check.list("byKind", byKind);
    byTheme = Check.list("byTheme", byTheme);
    Check.notNull("weights", weights);
  }

  /**
   * Computes the barometer of a register without a ledger: {@link MaturityComponent#LEDGER_KEPT} is
   * unknown for every authority.
   *
   * @param register the register, not null
   * @param clock gives the barometer's date (in the clock's zone), not null
   * @return the barometer
   * @throws InvalidInputException {@code notNull} naming a null parameter
   */
  public static Barometer of(Register register, Clock clock) {
    return of(register, null, clock);
  }

  /**
   * Computes the barometer of a register and its data-lifecycle ledger.
   *
   * @param register the register, not null
   * @param ledger the ledger of the register's datasets; null when none is kept or known (then
   *     {@link MaturityComponent#LEDGER_KEPT} is unknown, as it is when the ledger is empty)
   * @param clock gives the barometer's date (in the clock's zone), not null
   * @return the barometer
   * @throws InvalidInputException {@code notNull} naming a null parameter
   */
  public static Barometer of(Register register, @Nullable Ledger ledger, Clock clock) {
    return of(register, ledger, clock, BarometerWeights.defaults());
  }

  /**
   * Computes the barometer of a register and its ledger with the caller's weights.
   *
   * @param register the register, not null
   * @param ledger its ledger; null when none is kept or known
   * @param clock gives the barometer's date (in the clock's zone), not null
   * @param weights the components' weights, not null
   * @return the barometer
   * @throws InvalidInputException {@code notNull} naming a null parameter
   */
  public static Barometer of(
      Register register, @Nullable Ledger ledger, Clock clock, BarometerWeights weights) {
    Check.notNull("register", register);
    Check.notNull("clock", clock);
    Check.notNull("weights", weights);
    LocalDate asOf = LocalDate.ofInstant(clock.instant(), clock.getZone());
    return fromFigures(figures(register, ledger, asOf), asOf, weights);
  }

  /**
   * Counts, in memory, what the barometer reads about each authority of a register: every authority
   * that owns a usage or has a strategy, sorted by name (then key). An authority is keyed by the
   * SIREN its records state ({@code authority.siren}); a record that states none belongs to the
   * SIREN that the register's records of the same name state, when they state exactly one, and is
   * keyed by its name otherwise. A strategy belongs to the authority of its own authority's key.
   * Name, kind and population come from the authority's strategy when it has one (the population
   * only when the strategy states it), otherwise from its first usage by id (the population from
   * the first usage that states one).
   *
   * @param register the register, not null
   * @param ledger its ledger; null when none is given
   * @param asOf the day committees' activity is judged on, not null
   * @return the figures, sorted by authority name
   * @throws InvalidInputException {@code notNull} naming a null parameter
   */
  public static List<AuthorityFigures> figures(
      Register register, @Nullable Ledger ledger, LocalDate asOf) {
    Check.notNull("register", register);
    Check.notNull("asOf", asOf);
    // A name's SIREN: the one SIREN the register's records of that name state, if only one.
    Map<String, Set<String>> sirensOfName = new HashMap<>();
    for (AiUsage u : register.usages()) {
      noteSiren(sirensOfName, u.authority());
    }
    for (Strategy s : register.strategies()) {
      noteSiren(sirensOfName, s.authority());
    }
    java.util.function.Function<eu.civicai.governance.org.Authority, String> key =
        a -> key(a, sirensOfName);
    Map<String, List<AiUsage>> usagesByAuthority = new TreeMap<>();
    for (AiUsage u : register.usages()) { // sorted by id
      usagesByAuthority.computeIfAbsent(key.apply(u.authority()), k -> new ArrayList<>()).add(u);
    }
    Map<String, Strategy> strategies = new HashMap<>();
    List<Strategy> byName = new ArrayList<>(register.strategies());
    byName.sort(java.util.Comparator.comparing(Strategy::key));
    for (Strategy s : byName) {
      // Two strategies naming one SIREN: the first by name counts.
      strategies.putIfAbsent(key.apply(s.authority()), s);
      usagesByAuthority.computeIfAbsent(key.apply(s.authority()), k -> new ArrayList<>());
    }
    Set<UsageId> usedInLedger = null;
    // An empty ledger is no evidence either way: unknown, as a store without ledger entries says.
    if (ledger != null && ledger.size() > 0) {
      usedInLedger = new HashSet<>();
      for (LedgerEntry e : ledger.entries()) {
        if (e.event().usage() != null) {
          usedInLedger.add(e.event().usage());
        }
      }
    }
    List<AuthorityFigures> out = new ArrayList<>(usagesByAuthority.size());
    for (Map.Entry<String, List<AiUsage>> e : usagesByAuthority.entrySet()) {
      out.add(figuresOf(e.getKey(), e.getValue(), strategies.get(e.getKey()), usedInLedger, asOf));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** The order of authorities: by name, then by key (two of one name: by SIREN). */
  private static final java.util.Comparator<AuthorityFigures> ORDER =
      java.util.Comparator.comparing(AuthorityFigures::authorityName)
          .thenComparing(AuthorityFigures::key);

  private static void noteSiren(
      Map<String, Set<String>> sirensOfName, eu.civicai.governance.org.Authority a) {
    if (a.siren() != null) {
      sirensOfName.computeIfAbsent(a.name(), k -> new HashSet<>()).add(a.siren().value());
    }
  }

  /**
   * The key of an authority, as {@link AuthorityFigures#key()} gives it: its SIREN; without one,
   * the SIREN of the register's records of the same name when they state exactly one (a usage whose
   * SIRET was left out is still the commune's); otherwise its name.
   */
  private static String key(
      eu.civicai.governance.org.Authority a, Map<String, Set<String>> sirensOfName) {
    if (a.siren() != null) {
      return "siren:" + a.siren().value();
    }
    Set<String> sirens = sirensOfName.get(a.name());
    return sirens != null && sirens.size() == 1
        ? "siren:" + sirens.iterator().next()
        : "name:" + a.name();
  }

  private static AuthorityFigures figuresOf(
      String key,
      List<AiUsage> usages,
      Strategy strategy,
      Set<UsageId> usedInLedger,
      LocalDate asOf) {
    eu.civicai.governance.org.Authority lead =
        strategy != null ? strategy.authority() : usages.get(0).authority();
    String name = lead.name();
    eu.civicai.governance.org.Siren siren =
        key.startsWith("siren:") ? eu.civicai.governance.org.Siren.of(key.substring(6)) : null;
    AuthorityKind kind = lead.kind();
    Long population = strategy == null ? null : strategy.authority().population();
    long parts = 0;
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    Boolean ledgerKept = usedInLedger == null || usages.isEmpty() ? null : Boolean.FALSE;
    for (AiUsage u : usages) {
      if (population == null) {
        population = u.authority().population();
      }
      parts += DocumentedPart.count(u);
      if (u.purpose() != null && u.purpose().theme() != null) {
        themes.add(u.purpose().theme());
      }
      if (usedInLedger != null && usedInLedger.contains(u.id())) {
        ledgerKept = Boolean.TRUE;
      }
    }
    if (strategy == null) {
      return new AuthorityFigures(
          name,
          siren,
          kind,
          population,
          usages.size(),
          parts,
          themes,
          false,
          null,
          null,
          null,
          null,
          null,
          ledgerKept);
    }
    Acculturation a = strategy.acculturation();
    return new AuthorityFigures(
        name,
        siren,
        kind,
        population,
        usages.size(),
        parts,
        themes,
        true,
        strategy.charterAdoptedOn() != null,
        committeeActive(strategy.committee(), asOf),
        strategy.roadmap() == null
            ? null
            : (int)
                strategy.roadmap().indicators().stream().filter(i -> i.target() != null).count(),
        a == null ? null : a.agentsUsingAi(),
        a == null ? null : a.agentsUsingAiTrained(),
        ledgerKept);
  }

  /**
   * A meeting from {@code asOf} minus six months to {@code asOf}, both included, with an elected
   * official among its attendees; as the fact {@code strategy.committeeActive} judges it.
   */
  private static Boolean committeeActive(WatchCommittee committee, LocalDate asOf) {
    if (committee == null) {
      return null;
    }
    Set<String> elected = new HashSet<>();
    for (CommitteeMember m : committee.members()) {
      if (m.role() == MemberRole.ELECTED_OFFICIAL) {
        elected.add(m.name());
      }
    }
    LocalDate from = asOf.minusMonths(COMMITTEE_MONTHS);
    return committee.meetings().stream()
        .anyMatch(
            m ->
                !m.date().isBefore(from)
                    && !m.date().isAfter(asOf)
                    && m.attendees().stream().anyMatch(elected::contains));
  }

  /**
   * Scores figures counted in memory or by a store with the default weights, and distributes the
   * scores.
   *
   * @param figures one per authority, in any order, without null elements
   * @param asOf the day the figures' committee activity was judged on, not null
   * @return the barometer, authorities sorted by name, then key
   * @throws InvalidInputException {@code notNull} naming a null parameter or element, {@code
   *     strategy.duplicate} when two figures have the same {@linkplain AuthorityFigures#key() key}
   *     (merge them first: {@link #merge})
   */
  public static Barometer fromFigures(Collection<AuthorityFigures> figures, LocalDate asOf) {
    return fromFigures(figures, asOf, BarometerWeights.defaults());
  }

  /**
   * Scores figures with the caller's weights, and distributes the scores.
   *
   * @param figures one per authority, in any order, without null elements
   * @param asOf the day the figures' committee activity was judged on, not null
   * @param weights the components' weights, not null
   * @return the barometer, authorities sorted by name, then key
   * @throws InvalidInputException {@code notNull} naming a null parameter or element, {@code
   *     strategy.duplicate} when two figures have the same {@linkplain AuthorityFigures#key() key}
   */
  public static Barometer fromFigures(
      Collection<AuthorityFigures> figures, LocalDate asOf, BarometerWeights weights) {
    List<AuthorityFigures> list = Check.list("figures", figures);
    Check.notNull("asOf", asOf);
    Check.notNull("weights", weights);
    Set<String> keys = new HashSet<>();
    List<AuthorityFigures> sorted = new ArrayList<>(list);
    sorted.sort(ORDER);
    List<AuthorityMaturity> scoredList = new ArrayList<>(sorted.size());
    for (AuthorityFigures f : sorted) {
      if (!keys.add(f.key())) {
        throw new InvalidInputException(
            "figures",
            "strategy.duplicate",
            Messages.raw("authority"),
            Messages.raw(
                f.siren() == null
                    ? f.authorityName()
                    : f.authorityName() + " (SIREN " + f.siren().value() + ")"));
      }
      scoredList.add(score(f, weights));
    }
    List<AuthorityMaturity> all = List.copyOf(scoredList);
    List<BarometerGroup<PopulationBand>> bands = new ArrayList<>();
    for (PopulationBand band : PopulationBand.values()) {
      bands.add(group(band, all, m -> m.band() == band));
    }
    List<BarometerGroup<SizeClass>> sizes = new ArrayList<>();
    for (SizeClass size : SizeClass.values()) {
      sizes.add(group(size, all, m -> SizeClass.of(m.band()) == size));
    }
    List<BarometerGroup<AuthorityKind>> kinds = new ArrayList<>();
    for (AuthorityKind kind : AuthorityKind.values()) {
      if (all.stream().anyMatch(m -> m.figures().kind() == kind)) {
        kinds.add(group(kind, all, m -> m.figures().kind() == kind));
      }
    }
    List<BarometerGroup<Theme>> themes = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      if (all.stream().anyMatch(m -> m.figures().themes().contains(theme))) {
        themes.add(group(theme, all, m -> m.figures().themes().contains(theme)));
      }
    }
    long withoutTheme = all.stream().filter(m -> m.figures().themes().isEmpty()).count();
    return new Barometer(
        asOf, all, group(null, all, m -> true), bands, sizes, kinds, themes, withoutTheme, weights);
  }

  /**
   * Merges the figures of several registers (the tenants of a store, a portfolio and an imported
   * sample) into one per authority: figures with the same {@linkplain AuthorityFigures#key() key}
   * are one authority. Of those, the first (in the collection's order) whose strategy is recorded
   * leads, or the first when none is: its name, kind and strategy figures are the authority's, and
   * its population, or else the first population stated. Usages and documented parts add up, themes
   * unite, and the ledger is kept when one of them records a use (not kept when one says no and
   * none yes; unknown when none knows). Figures alone for their key are returned unchanged.
   *
   * @param figures figures, in the order that decides which leads (the store: by tenant id, then
   *     name); without null elements
   * @return one per key, sorted by name, then key
   * @throws InvalidInputException {@code notNull} naming a null parameter or element
   */
  public static List<AuthorityFigures> merge(Collection<AuthorityFigures> figures) {
    List<AuthorityFigures> list = Check.list("figures", figures);
    Map<String, List<AuthorityFigures>> byKey = new java.util.LinkedHashMap<>();
    for (AuthorityFigures f : list) {
      byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
    }
    List<AuthorityFigures> out = new ArrayList<>(byKey.size());
    for (List<AuthorityFigures> same : byKey.values()) {
      out.add(same.size() == 1 ? same.get(0) : merged(same));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  private static AuthorityFigures merged(List<AuthorityFigures> same) {
    AuthorityFigures lead =
        same.stream().filter(AuthorityFigures::strategyRecorded).findFirst().orElse(same.get(0));
    Long population = lead.population();
    long usages = 0;
    long parts = 0;
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    Boolean ledger = null;
    for (AuthorityFigures f : same) {
      if (population == null) {
        population = f.population();
      }
      usages += f.usages();
      parts += f.partsDocumented();
      themes.addAll(f.themes());
      if (f.ledgerKept() != null) {
        ledger = Boolean.TRUE.equals(ledger) || f.ledgerKept();
      }
    }
    return new AuthorityFigures(
        lead.authorityName(),
        lead.siren(),
        lead.kind(),
        population,
        usages,
        parts,
        themes,
        lead.strategyRecorded(),
        lead.charterAdopted(),
        lead.committeeActive(),
        lead.roadmapIndicators(),
        lead.agentsUsingAi(),
        lead.agentsTrained(),
        usages == 0 ? null : ledger);
  }

  /**
   * Returns the maturity of an authority, by its name: the first in order when several authorities
   * (of different SIRENs) have that name.
   */
  public Optional<AuthorityMaturity> find(String authorityName) {
    Check.notNull("authorityName", authorityName);
    return authorities.stream().filter(m -> m.authorityName().equals(authorityName)).findFirst();
  }

  /** Returns the maturity of an authority, by its SIREN. */
  public Optional<AuthorityMaturity> findBySiren(eu.civicai.governance.org.Siren siren) {
    Check.notNull("siren", siren);
    return authorities.stream().filter(m -> siren.equals(m.figures().siren())).findFirst();
  }

  /** Returns the group of one population band. */
  public BarometerGroup<PopulationBand> band(PopulationBand band) {
    Check.notNull("band", band);
    return byBand.get(band.ordinal());
  }

  /** Returns the group of one side of the 50,000-inhabitant boundary. */
  public BarometerGroup<SizeClass> size(SizeClass size) {
    Check.notNull("size", size);
    return bySize.get(size.ordinal());
  }

  /** Scores one authority with the default weights. */
  static AuthorityMaturity score(AuthorityFigures f) {
    return score(f, BarometerWeights.defaults());
  }

  /** Scores one authority; see docs/barometer.md. */
  static AuthorityMaturity score(AuthorityFigures f, BarometerWeights w) {
    List<ComponentScore> components = new ArrayList<>();
    components.add(
        component(
            w,
            MaturityComponent.USAGES_DOCUMENTED,
            f.usages() == 0 ? null : fraction(f.partsDocumented(), f.usages() * PARTS)));
    components.add(component(w, MaturityComponent.CHARTER_ADOPTED, yesNo(f.charterAdopted())));
    components.add(component(w, MaturityComponent.COMMITTEE_ACTIVE, yesNo(f.committeeActive())));
    components.add(
        component(
            w,
            MaturityComponent.ROADMAP_INDICATORS,
            f.roadmapIndicators() == null ? null : yesNo(f.roadmapIndicators() > 0)));
    components.add(
        component(
            w,
            MaturityComponent.AGENTS_TRAINED,
            f.agentsUsingAi() == null || f.agentsTrained() == null || f.agentsUsingAi() == 0
                ? null
                : fraction(f.agentsTrained(), f.agentsUsingAi())));
    components.add(
        component(
            w, MaturityComponent.LEDGER_KEPT, f.usages() == 0 ? null : yesNo(f.ledgerKept())));
    int knownWeight = 0;
    int unknown = 0;
    BigDecimal points = BigDecimal.ZERO;
    for (ComponentScore c : components) {
      if (c.isKnown()) {
        knownWeight += c.weight();
        points = points.add(c.value().multiply(BigDecimal.valueOf(c.weight())));
      } else {
        unknown++;
      }
    }
    BigDecimal score =
        knownWeight == 0
            ? null
            : points
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(knownWeight), 1, RoundingMode.HALF_UP);
    return new AuthorityMaturity(f, components, score, knownWeight, unknown);
  }

  private static ComponentScore component(
      BarometerWeights w, MaturityComponent c, @Nullable BigDecimal value) {
    return new ComponentScore(c, value, w.weight(c));
  }

  private static BigDecimal fraction(long part, long whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal yesNo(Boolean value) {
    return value == null ? null : value ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  private static <K extends Labelled> BarometerGroup<K> group(
      K key, List<AuthorityMaturity> all, Predicate<AuthorityMaturity> member) {
    List<AuthorityMaturity> in = all.stream().filter(member).toList();
    List<BigDecimal> scores =
        in.stream().map(AuthorityMaturity::score).filter(s -> s != null).sorted().toList();
    BigDecimal mean = null;
    BigDecimal median = null;
    if (!scores.isEmpty()) {
      BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      mean = sum.divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
      int n = scores.size();
      median =
          n % 2 == 1
              ? scores.get(n / 2).setScale(1, RoundingMode.HALF_UP)
              : scores
                  .get(n / 2 - 1)
                  .add(scores.get(n / 2))
                  .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }
    List<ComponentShare> shares = new ArrayList<>();
    for (MaturityComponent c : MaturityComponent.values()) {
      long known = 0;
      BigDecimal sum = BigDecimal.ZERO;
      for (AuthorityMaturity m : in) {
        ComponentScore s = m.component(c);
        if (s.isKnown()) {
          known++;
          sum = sum.add(s.value());
        }
      }
      shares.add(
          new ComponentShare(
              c,
              known,
              in.size() - known,
              known == 0 ? null : sum.divide(BigDecimal.valueOf(known), 4, RoundingMode.HALF_UP)));
    }
    return new BarometerGroup<>(key, in.size(), scores.size(), mean, median, shares);
  }
}
