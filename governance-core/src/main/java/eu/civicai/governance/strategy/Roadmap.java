package eu.civicai.governance.strategy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.usage.Consultation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An authority's AI roadmap ("feuille de route IA"): axes and their initiatives linked to usages,
 * indicators with baselines and targets, budget and funders, partners and the steps of the
 * territorial consultation (concertation) that shaped it.
 *
 * <p>Rules: axis and initiative ids are unique together, indicator ids are unique, partners are
 * listed once, the budget is money, and the period does not end before it starts.
 *
 * @param title the title ("Feuille de route IA 2025-2028"), not blank, at most 200 characters
 * @param adoptedOn when the deliberative assembly adopted it
 * @param startsOn first day of the period it covers
 * @param endsOn last day of the period it covers
 * @param axes its axes (never null; empty when none yet)
 * @param indicators its indicators (never null; empty when none)
 * @param budget the total budget, in money
 * @param funders the funders (never null; empty when none)
 * @param partners partners by name (never null; empty when none), each at most 200 characters
 * @param consultationSteps the consultation steps (never null; empty when none)
 */
public record Roadmap(
    @NotBlank @Size(max = 200) String title,
    @Nullable LocalDate adoptedOn,
    @Nullable LocalDate startsOn,
    @Nullable LocalDate endsOn,
    List<RoadmapAxis> axes,
    List<RoadmapIndicator> indicators,
    @Nullable Quantity budget,
    List<RoadmapFunder> funders,
    List<@NotBlank @Size(max = 200) String> partners,
    List<Consultation> consultationSteps) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws InvalidInputException naming the field that breaks a rule
   */
  public Roadmap {
    Check.notNull("title", title);
    axes = Check.listOrEmpty("axes", axes);
    indicators = Check.listOrEmpty("indicators", indicators);
    funders = Check.listOrEmpty("funders", funders);
    partners = Check.listOrEmpty("partners", partners);
    consultationSteps = Check.listOrEmpty("consultationSteps", consultationSteps);
    Constraints.checkRecord(
        Roadmap.class,
        title,
        adoptedOn,
        startsOn,
        endsOn,
        axes,
        indicators,
        budget,
        funders,
        partners,
        consultationSteps);
    RoadmapFunder.money("budget", budget);
    Refs.notBefore("endsOn", endsOn, "startsOn", startsOn);
    Refs.unique("indicators", "indicator", indicators, RoadmapIndicator::id);
    Refs.unique("partners", "partner", partners, p -> p);
    Set<String> ids = new java.util.HashSet<>();
    for (int a = 0; a < axes.size(); a++) {
      RoadmapAxis axis = axes.get(a);
      if (!ids.add(axis.id())) {
        throw duplicate("axes[" + a + "].id", axis.id());
      }
      for (int i = 0; i < axis.initiatives().size(); i++) {
        String id = axis.initiatives().get(i).id();
        if (!ids.add(id)) {
          throw duplicate("axes[" + a + "].initiatives[" + i + "].id", id);
        }
      }
    }
  }

  private static InvalidInputException duplicate(String field, String id) {
    return new InvalidInputException(
        field,
        "strategy.duplicate",
        eu.civicai.governance.internal.Messages.raw("roadmap item"),
        eu.civicai.governance.internal.Messages.raw(id));
  }

  /** Returns a builder for a roadmap with this title. */
  public static Builder builder(String title) {
    return new Builder(Check.notBlank("title", title));
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder(title);
    b.adoptedOn = adoptedOn;
    b.startsOn = startsOn;
    b.endsOn = endsOn;
    b.axes.addAll(axes);
    b.indicators.addAll(indicators);
    b.budget = budget;
    b.funders.addAll(funders);
    b.partners.addAll(partners);
    b.consultationSteps.addAll(consultationSteps);
    return b;
  }

  /** Returns whether the roadmap has at least one indicator with a target. */
  public boolean hasIndicatorsWithTargets() {
    return indicators.stream().anyMatch(i -> i.target() != null);
  }

  /** Returns every initiative, axis by axis, in order. */
  public List<Initiative> initiatives() {
    return axes.stream().flatMap(a -> a.initiatives().stream()).toList();
  }

  /** Returns every milestone, in order. */
  public List<Milestone> milestones() {
    return initiatives().stream().flatMap(i -> i.milestones().stream()).toList();
  }

  /** Returns the ids of the axes and initiatives, in order. */
  public Set<String> itemIds() {
    Set<String> out = new LinkedHashSet<>();
    for (RoadmapAxis a : axes) {
      out.add(a.id());
      a.initiatives().forEach(i -> out.add(i.id()));
    }
    return out;
  }

  /** Returns the usages the initiatives give rise to, each once, in order. */
  public Set<UsageId> usages() {
    Set<UsageId> out = new LinkedHashSet<>();
    initiatives().stream().flatMap(i -> i.usages().stream()).forEach(out::add);
    return out;
  }

  /**
   * Builds {@link Roadmap} values. Each setter checks its value at once and throws {@link
   * InvalidInputException} naming the field; {@link #build()} checks the rules between fields. Not
   * thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final String title;
    private LocalDate adoptedOn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private final List<RoadmapAxis> axes = new ArrayList<>();
    private final List<RoadmapIndicator> indicators = new ArrayList<>();
    private Quantity budget;
    private final List<RoadmapFunder> funders = new ArrayList<>();
    private final List<String> partners = new ArrayList<>();
    private final List<Consultation> consultationSteps = new ArrayList<>();

    Builder(String title) {
      Constraints.checkValue(Roadmap.class, "title", title);
      this.title = title;
    }

    /**
     * Sets when the deliberative assembly adopted the roadmap.
     *
     * @param value the day; null clears it
     * @return this builder
     */
    public Builder adoptedOn(@Nullable LocalDate value) {
      this.adoptedOn = value;
      return this;
    }

    /**
     * Sets the period the roadmap covers.
     *
     * @param first its first day
     * @param last its last day, not before the first
     * @return this builder
     * @throws InvalidInputException {@code dateOrder} when {@code last} is before {@code first}
     */
    public Builder period(@Nullable LocalDate first, @Nullable LocalDate last) {
      Refs.notBefore("endsOn", last, "startsOn", first);
      this.startsOn = first;
      this.endsOn = last;
      return this;
    }

    /**
     * Sets the axes, replacing any earlier ones.
     *
     * @param values the axes, without null elements
     * @return this builder
     */
    public Builder axes(RoadmapAxis... values) {
      return axes(Arrays.asList(Check.notNull("axes", values)));
    }

    /**
     * Sets the axes, replacing any earlier ones.
     *
     * @param values the axes, without null elements
     * @return this builder
     */
    public Builder axes(Collection<? extends RoadmapAxis> values) {
      List<RoadmapAxis> copy = Check.list("axes", values);
      axes.clear();
      axes.addAll(copy);
      return this;
    }

    /**
     * Sets the indicators, replacing any earlier ones.
     *
     * @param values the indicators, without null elements
     * @return this builder
     */
    public Builder indicators(RoadmapIndicator... values) {
      return indicators(Arrays.asList(Check.notNull("indicators", values)));
    }

    /**
     * Sets the indicators, replacing any earlier ones.
     *
     * @param values the indicators, without null elements
     * @return this builder
     */
    public Builder indicators(Collection<? extends RoadmapIndicator> values) {
      List<RoadmapIndicator> copy = Check.list("indicators", values);
      indicators.clear();
      indicators.addAll(copy);
      return this;
    }

    /**
     * Sets the total budget.
     *
     * @param value an amount of money; null clears it
     * @return this builder
     * @throws InvalidInputException {@code unit.dimension} when it is not money
     */
    public Builder budget(@Nullable Quantity value) {
      RoadmapFunder.money("budget", value);
      this.budget = value;
      return this;
    }

    /**
     * Sets the funders, replacing any earlier ones.
     *
     * @param values the funders, without null elements
     * @return this builder
     */
    public Builder funders(RoadmapFunder... values) {
      return funders(Arrays.asList(Check.notNull("funders", values)));
    }

    /**
     * Sets the funders, replacing any earlier ones.
     *
     * @param values the funders, without null elements
     * @return this builder
     */
    public Builder funders(Collection<? extends RoadmapFunder> values) {
      List<RoadmapFunder> copy = Check.list("funders", values);
      funders.clear();
      funders.addAll(copy);
      return this;
    }

    /**
     * Sets the partners by name, replacing any earlier ones.
     *
     * @param values the names, not blank, without null elements
     * @return this builder
     */
    public Builder partners(String... values) {
      List<String> copy = Check.list("partners", Arrays.asList(Check.notNull("partners", values)));
      for (int i = 0; i < copy.size(); i++) {
        Check.notBlank("partners[" + i + "]", copy.get(i));
      }
      partners.clear();
      partners.addAll(copy);
      return this;
    }

    /**
     * Sets the consultation steps, replacing any earlier ones.
     *
     * @param values the steps, without null elements
     * @return this builder
     */
    public Builder consultationSteps(Consultation... values) {
      List<Consultation> copy =
          Check.list(
              "consultationSteps", Arrays.asList(Check.notNull("consultationSteps", values)));
      consultationSteps.clear();
      consultationSteps.addAll(copy);
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws InvalidInputException when ids repeat or fields disagree
     */
    public Roadmap build() {
      return new Roadmap(
          title,
          adoptedOn,
          startsOn,
          endsOn,
          axes,
          indicators,
          budget,
          funders,
          partners,
          consultationSteps);
    }
  }
}
