package eu.civicai.governance.register;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A query over the usages of a register: every criterion set must hold. Text matching ignores case
 * and accents ("detection" finds "Détection"). Immutable and thread-safe; each {@code with} method
 * returns a new query.
 *
 * <pre>{@code
 * register.query(UsageQuery.all().withStage(Stage.DEPLOYMENT).withText("fuites"));
 * }</pre>
 */
public final class UsageQuery {
  private static final UsageQuery ALL = new UsageQuery(u -> true, "");

  private final Predicate<AiUsage> predicate;
  private final String description;

  private UsageQuery(Predicate<AiUsage> predicate, String description) {
    this.predicate = predicate;
    this.description = description;
  }

  /** Returns the query that matches every usage. */
  public static UsageQuery all() {
    return ALL;
  }

  /** Keeps usages at this stage. */
  public UsageQuery withStage(Stage stage) {
    Check.notNull("stage", stage);
    return and(u -> u.status() != null && u.status().stage() == stage, "stage=" + stage);
  }

  /** Keeps usages with this main theme. */
  public UsageQuery withTheme(Theme theme) {
    Check.notNull("theme", theme);
    return and(u -> u.purpose() != null && u.purpose().theme() == theme, "theme=" + theme);
  }

  /** Keeps usages serving this audience. */
  public UsageQuery withAudience(Audience audience) {
    Check.notNull("audience", audience);
    return and(
        u -> u.purpose() != null && u.purpose().audiences().contains(audience),
        "audience=" + audience);
  }

  /** Keeps usages using this AI technique. */
  public UsageQuery withTechnique(AiTechnique technique) {
    Check.notNull("technique", technique);
    return and(
        u -> u.system() != null && u.system().techniques().contains(technique),
        "technique=" + technique);
  }

  /** Keeps usages whose owning authority has this SIREN (9 digits). */
  public UsageQuery withAuthoritySiren(String siren) {
    Check.notBlank("siren", siren);
    return and(
        u -> u.authority().siren() != null && u.authority().siren().value().equals(siren.strip()),
        "siren=" + siren);
  }

  /**
   * Keeps usages whose owning authority's name contains {@code text}, ignoring case and accents.
   */
  public UsageQuery withAuthorityName(String text) {
    String wanted = fold(Check.notBlank("authorityName", text));
    return and(u -> fold(u.authority().name()).contains(wanted), "authority~" + text);
  }

  /** Keeps usages whose owning authority is of this kind. */
  public UsageQuery withAuthorityKind(AuthorityKind kind) {
    Check.notNull("kind", kind);
    return and(u -> u.authority().kind() == kind, "authorityKind=" + kind);
  }

  /** Keeps usages whose name or summary contains {@code text}, ignoring case and accents. */
  public UsageQuery withText(String text) {
    String wanted = fold(Check.notBlank("text", text));
    return and(
        u ->
            fold(u.name()).contains(wanted)
                || (u.summary() != null && fold(u.summary()).contains(wanted)),
        "text~" + text);
  }

  /** Returns whether a usage matches. */
  public boolean matches(AiUsage usage) {
    return predicate.test(Check.notNull("usage", usage));
  }

  @Override
  public String toString() {
    return "UsageQuery[" + description + "]";
  }

  private UsageQuery and(Predicate<AiUsage> more, String what) {
    return new UsageQuery(
        predicate.and(more), description.isEmpty() ? what : description + ", " + what);
  }

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
