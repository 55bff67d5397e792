package eu.civicai.governance.register;

import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.util.Map;

/**
 * Counts over the usages of a register. Maps hold only the keys with at least one usage, in the
 * enums' order; usages that do not state a stage or theme are counted apart.
 *
 * @param usages how many usages
 * @param datasets how many datasets
 * @param byStage usages by stage
 * @param stageUnknown usages that state no stage
 * @param byTheme usages by theme
 * @param themeUnknown usages that state no theme
 * @param byAuthorityKind usages by the kind of their owning authority
 */
public record PortfolioStatistics(
    long usages,
    long datasets,
    Map<Stage, Long> byStage,
    long stageUnknown,
    Map<Theme, Long> byTheme,
    long themeUnknown,
    Map<AuthorityKind, Long> byAuthorityKind) {

  /** Copies the maps. */
  public PortfolioStatistics {
    byStage = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byStage));
    byTheme = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byTheme));
    byAuthorityKind =
        java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byAuthorityKind));
  }
}
