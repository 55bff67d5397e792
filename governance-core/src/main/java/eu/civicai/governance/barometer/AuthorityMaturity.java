package eu.civicai.governance.barometer;

import eu.civicai.governance.internal.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The maturity of one authority: the value of each component, and the score from 0 to 100 taken
 * over the known components (weights renormalised to the known ones; see {@code
 * docs/barometer.md}).
 *
 * @param figures what the barometer read about the authority
 * @param components one value per {@link MaturityComponent}, in the enum's order
 * @param score from 0 to 100 with one decimal; null when no component is known (or the known ones
 *     all weigh 0)
 * @param knownWeight the weight of the known components, in points out of the weights' total (100
 *     with the default weights)
 * @param unknownComponents how many components are unknown
 */
public record AuthorityMaturity(
    AuthorityFigures figures,
    List<ComponentScore> components,
    @Nullable BigDecimal score,
    int knownWeight,
    int unknownComponents) {

  /** Copies the components. */
  public AuthorityMaturity {
    Check.notNull("figures", figures);
    components = Check.list("components", components);
  }

  /** Returns the authority's name. */
  public String authorityName() {
    return figures.authorityName();
  }

  /** Returns the authority's population band. */
  public PopulationBand band() {
    return figures.band();
  }

  /** Returns the value of one component. */
  public ComponentScore component(MaturityComponent component) {
    Check.notNull("component", component);
    return components.get(component.ordinal());
  }

  /** Returns the score rounded to a whole number (half up), if known: what a chart shows. */
  public Optional<Integer> roundedScore() {
    return score == null
        ? Optional.empty()
        : Optional.of(score.setScale(0, RoundingMode.HALF_UP).intValueExact());
  }

  /**
   * Returns the score the authority would have if every unknown component were 0: a floor, from 0
   * to 100 with one decimal (0 when nothing is known): 100 × Σ(weight × value) over the known
   * components ÷ the weights' total.
   */
  public BigDecimal floorScore() {
    BigDecimal points = BigDecimal.ZERO;
    int total = 0;
    for (ComponentScore c : components) {
      total += c.weight();
      if (c.isKnown()) {
        points = points.add(c.value().multiply(BigDecimal.valueOf(c.weight())));
      }
    }
    return total == 0
        ? BigDecimal.ZERO.setScale(1)
        : points
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
  }
}
