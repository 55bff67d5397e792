package eu.civicai.governance.assessment;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.ImpactLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measures each impact level requires, cumulative (level III requires those of I and II too),
 * adapted to collectivités from the requirements by level of the Government of Canada's Directive
 * on Automated Decision-Making (Appendix C: peer review, notice, human involvement, explanation,
 * training, contingency, approval), which the Algorithmic Impact Assessment's level selects.
 */
public final class ImpactMeasures {
  private static final int[] PER_LEVEL = {2, 3, 3, 3};

  private ImpactMeasures() {}

  /**
   * Returns the measures a level requires, those of the lower levels first.
   *
   * @param level the level
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the measures, as sentences
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static List<String> required(ImpactLevel level, Locale locale) {
    Check.notNull("level", level);
    Check.notNull("locale", locale);
    List<String> out = new ArrayList<>();
    for (ImpactLevel l : ImpactLevel.values()) {
      if (l.number() > level.number()) {
        break;
      }
      for (int i = 1; i <= PER_LEVEL[l.ordinal()]; i++) {
        out.add(Texts.get(locale, "impact.measure." + l.name() + "." + i));
      }
    }
    return List.copyOf(out);
  }
}
