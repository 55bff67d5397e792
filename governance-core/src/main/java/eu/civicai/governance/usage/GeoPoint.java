package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * A point on a map, in decimal degrees (WGS 84), such as where the Interconnectés library, which is
 * published as a map, shows a usage (its {@code latitude} and {@code longitude} columns). Immutable
 * and thread-safe.
 *
 * @param latitude from -90 to 90 inclusive, not null
 * @param longitude from -180 to 180 inclusive, not null
 */
public record GeoPoint(
    @Min(-90) @Max(90) BigDecimal latitude, @Min(-180) @Max(180) BigDecimal longitude) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException when one is null or out of its range
   */
  public GeoPoint {
    Check.notNull("latitude", latitude);
    Check.notNull("longitude", longitude);
    Constraints.checkRecord(GeoPoint.class, latitude, longitude);
  }

  /**
   * Returns a point.
   *
   * @param latitude from -90 to 90
   * @param longitude from -180 to 180
   * @return the point
   * @throws eu.civicai.governance.InvalidInputException when a value is out of its range
   */
  public static GeoPoint of(BigDecimal latitude, BigDecimal longitude) {
    return new GeoPoint(latitude, longitude);
  }
}
