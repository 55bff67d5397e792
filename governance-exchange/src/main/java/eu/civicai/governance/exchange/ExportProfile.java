package eu.civicai.governance.exchange;

/**
 * Which parts of a usage record an export writes. The same rule holds for every format of this
 * module (Interconnectés CSV, Dutch register, ATRS, EU database, CRPA inventory, CycloneDX).
 */
public enum ExportProfile {
  /**
   * For publication: only the parts each usage publishes ({@link
   * eu.civicai.governance.usage.Transparency#visibilityOf}, each part's default otherwise). A
   * {@link eu.civicai.governance.Visibility#RESTRICTED} part never appears, a contact appears only
   * when the contacts part is public and the contact itself is public, the values kept from an
   * import (of unknown part) are left out, and a usage whose identity is restricted is left out
   * with an {@code export.withheld} diagnostic.
   */
  PUBLIC,
  /** For internal use: every part, restricted ones included. */
  FULL;

  /** Returns the profile of the same name of the Interconnectés export. */
  InterconnectesCsv.Profile interconnectes() {
    return this == PUBLIC ? InterconnectesCsv.Profile.PUBLIC : InterconnectesCsv.Profile.FULL;
  }
}
