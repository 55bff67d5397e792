package eu.civicai.governance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about the library itself. */
public final class Library {
  /** Written by the build (resources-filtered); {@code unknown} when the resource is missing. */
  private static final String VERSION = read();

  private Library() {}

  /**
   * Returns the library's version, as written in evaluation reports.
   *
   * @return the version, such as {@code 0.3.0}; {@code unknown} when the build did not record it
   */
  public static String version() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = Library.class.getResourceAsStream("internal/version.properties")) {
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
