package eu.civicai.governance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, from a resource the build writes. */
public final class LibraryVersion {
  /** The version, such as {@code 0.1.0-SNAPSHOT}; {@code unknown} when the resource is missing. */
  public static final String VALUE = read();

  private LibraryVersion() {}

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
