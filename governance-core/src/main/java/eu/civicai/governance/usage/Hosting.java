package eu.civicai.governance.usage;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where a system runs and its data stays.
 *
 * @param mode on premises, third-party cloud…
 * @param region France, EU, or outside the EU
 * @param secNumCloud whether the host holds the ANSSI SecNumCloud qualification
 * @param provider the hosting provider
 */
public record Hosting(
    @Nullable HostingMode mode,
    @Nullable HostingRegion region,
    @Nullable Boolean secNumCloud,
    @Size(max = 200) @Nullable String provider) {

  /** Checks the components; see the class description for the rules. */
  public Hosting {
    Constraints.checkRecord(Hosting.class, mode, region, secNumCloud, provider);
  }

  /** Returns a hosting with its mode and region. */
  public static Hosting of(HostingMode mode, HostingRegion region) {
    return new Hosting(mode, region, null, null);
  }

  /** Returns a copy with the hosting provider. */
  public Hosting withProvider(String provider) {
    return new Hosting(mode, region, secNumCloud, provider);
  }

  /** Returns a copy saying whether the host is SecNumCloud-qualified. */
  public Hosting withSecNumCloud(boolean secNumCloud) {
    return new Hosting(mode, region, secNumCloud, provider);
  }
}
