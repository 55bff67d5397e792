package eu.civicai.governance.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The library's SLF4J loggers, quiet until the application asks for logs.
 *
 * <p>SLF4J prints "No SLF4J providers were found" on the console the first time a logger is made
 * without a binding. A library must print nothing its user did not ask for, so the library makes
 * its loggers through SLF4J only when a provider is installed (found by the same {@link
 * ServiceLoader} look-up SLF4J does, or named with SLF4J's own {@code slf4j.provider} property);
 * otherwise it logs to SLF4J's no-operation logger, which is what SLF4J itself falls back to after
 * the warning. The library logs at debug level only, and never personal data.
 */
public final class Logging {
  private static final boolean PROVIDED = providerInstalled(LoggerFactory.class.getClassLoader());

  private Logging() {}

  /**
   * Returns the logger for a class of the library.
   *
   * @param type the class that logs
   * @return SLF4J's logger for it when a provider is installed, a no-operation logger otherwise
   */
  public static Logger logger(Class<?> type) {
    return PROVIDED ? LoggerFactory.getLogger(type) : NOPLogger.NOP_LOGGER;
  }

  /**
   * Tells whether an SLF4J provider is installed for the given class loader.
   *
   * @param loader where SLF4J would look for providers
   * @return true when a provider is found or named by the {@code slf4j.provider} property, or when
   *     the look-up fails (SLF4J then reports its own configuration error)
   */
  static boolean providerInstalled(ClassLoader loader) {
    if (System.getProperty("slf4j.provider") != null) {
      return true;
    }
    try {
      return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent();
    } catch (ServiceConfigurationError e) {
      return true;
    }
  }
}
