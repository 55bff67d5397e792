package eu.civicai.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class LoggingTest {

  @Test
  void providerInstalled_noProviderVisible_isFalse() throws Exception {
    try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
      assertThat(Logging.providerInstalled(bare)).isFalse();
    }
  }

  @Test
  void providerInstalled_bindingOnTheClassPath_isTrue() {
    // The tests run with slf4j-nop, whose provider is registered as a service.
    assertThat(Logging.providerInstalled(LoggingTest.class.getClassLoader())).isTrue();
  }
}
