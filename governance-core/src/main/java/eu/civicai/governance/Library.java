package eu.civicai.governance;

import eu.civicai.governance.internal.LibraryVersion;

/** Facts about the library itself. */
public final class Library {
  private Library() {}

  /** Returns the library's version, as written in evaluation reports. */
  public static String version() {
    return LibraryVersion.VALUE;
  }
}
