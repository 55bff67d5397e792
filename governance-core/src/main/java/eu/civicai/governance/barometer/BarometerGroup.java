package eu.civicai.governance.barometer;

import eu.civicai.governance.Labelled;
import eu.civicai.governance.internal.Check;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The barometer over one group of authorities (a population band, a kind, a theme, or all): how
 * many, how many have a score, the mean and median score, and each component's share.
 *
 * @param <K> the kind of key: {@link PopulationBand}, {@link
 *     eu.civicai.governance.org.AuthorityKind} or {@link eu.civicai.governance.usage.Theme}
 * @param key the group's key; null for the group of all authorities
 * @param authorities how many authorities are in the group
 * @param scored how many of them have a score (at least one component known)
 * @param meanScore the mean score of those, one decimal, half up; null when none is scored
 * @param medianScore their median score (mean of the two middle ones for an even count), one
 *     decimal, half up; null when none is scored
 * @param components one share per {@link MaturityComponent}, in the enum's order
 */
public record BarometerGroup<K extends Labelled>(
    @Nullable K key,
    long authorities,
    long scored,
    @Nullable BigDecimal meanScore,
    @Nullable BigDecimal medianScore,
    List<ComponentShare> components) {

  /** Copies the shares. */
  public BarometerGroup {
    components = Check.list("components", components);
  }

  /**
   * Returns the group's label in the caller's language.
   *
   * @param locale the caller's locale, not null
   * @param all the label of the group of all authorities, used when {@code key} is null
   * @return the key's label, or {@code all}
   */
  public String label(Locale locale, String all) {
    Check.notNull("locale", locale);
    return key == null ? all : key.label(locale);
  }

  /** Returns the share of one component. */
  public ComponentShare component(MaturityComponent component) {
    Check.notNull("component", component);
    return components.get(component.ordinal());
  }
}
