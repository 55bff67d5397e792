package eu.civicai.governance.spi;

import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.charter.Verdict;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a stored query keeps: every criterion set must hold. Unlike the in-memory {@link
 * eu.civicai.governance.register.UsageQuery}, each criterion is a value a store can turn into an
 * indexed SQL condition. Text matching ignores case and accents ("detection" finds "Détection").
 * Immutable and thread-safe; each {@code with} method returns a new filter.
 *
 * <pre>{@code
 * store.usages().query(tenant,
 *     UsageFilter.all().withStage(Stage.DEPLOYMENT).withText("fuites"), PageRequest.first(50));
 * }</pre>
 *
 * @param authoritySiren the owning authority's SIREN; null for any
 * @param stage the stage; null for any
 * @param theme the main theme; null for any
 * @param tier the AI Act tier as classified when the revision was stored; null for any
 * @param verdictCharter the charter whose latest recorded verdict is filtered on; null for any
 * @param verdict the latest recorded verdict for {@code verdictCharter}; null exactly when it is
 * @param text folded text that the name or summary must contain; null for any
 * @param shared whether the usages that groups share with the tenant are included
 */
public record UsageFilter(
    @Nullable Siren authoritySiren,
    @Nullable Stage stage,
    @Nullable Theme theme,
    @Nullable AiActTier tier,
    @Nullable String verdictCharter,
    @Nullable Verdict verdict,
    @Nullable String text,
    boolean shared) {
  private static final UsageFilter ALL =
      new UsageFilter(null, null, null, null, null, null, null, false);

  /** Checks that a verdict comes with its charter. */
  public UsageFilter {
    if ((verdictCharter == null) != (verdict == null)) {
      Check.notNull(verdict == null ? "verdict" : "verdictCharter", null);
    }
  }

  /** Returns the filter that keeps every usage of the tenant itself. */
  public static UsageFilter all() {
    return ALL;
  }

  /** Keeps usages whose owning authority has this SIREN. */
  public UsageFilter withAuthoritySiren(String siren) {
    Siren value = Siren.of(Check.notNull("siren", siren));
    return new UsageFilter(value, stage, theme, tier, verdictCharter, verdict, text, shared);
  }

  /** Keeps usages at this stage. */
  public UsageFilter withStage(Stage value) {
    Check.notNull("stage", value);
    return new UsageFilter(
        authoritySiren, value, theme, tier, verdictCharter, verdict, text, shared);
  }

  /** Keeps usages with this main theme. */
  public UsageFilter withTheme(Theme value) {
    Check.notNull("theme", value);
    return new UsageFilter(
        authoritySiren, stage, value, tier, verdictCharter, verdict, text, shared);
  }

  /** Keeps usages classified in this AI Act tier. */
  public UsageFilter withTier(AiActTier value) {
    Check.notNull("tier", value);
    return new UsageFilter(
        authoritySiren, stage, theme, value, verdictCharter, verdict, text, shared);
  }

  /** Keeps usages whose latest recorded evaluation against {@code charterId} gave {@code value}. */
  public UsageFilter withVerdict(String charterId, Verdict value) {
    Check.notBlank("charterId", charterId);
    Check.notNull("verdict", value);
    return new UsageFilter(
        authoritySiren, stage, theme, tier, charterId.strip(), value, text, shared);
  }

  /** Keeps usages whose name or summary contains {@code value}, ignoring case and accents. */
  public UsageFilter withText(String value) {
    String folded = fold(Check.notBlank("text", value)).strip();
    return new UsageFilter(
        authoritySiren, stage, theme, tier, verdictCharter, verdict, folded, shared);
  }

  /** Includes the usages that the tenant's sharing groups let it see, not only its own. */
  public UsageFilter includingShared() {
    return new UsageFilter(authoritySiren, stage, theme, tier, verdictCharter, verdict, text, true);
  }

  /** Returns the folded text criterion, if any. */
  public Optional<String> textCriterion() {
    return Optional.ofNullable(text);
  }

  /**
   * Folds a text as stores index it: accents removed (NFD, combining marks dropped), lower case in
   * the root locale.
   *
   * @param text the text
   * @return the folded text
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(Check.notNull("text", text), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
