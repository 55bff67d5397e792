package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** Pins the module: an application, which exports nothing and so has no public API (issue 18). */
class CliModuleTest {
  @Test
  void module_exportsNothing() {
    ModuleDescriptor d = PublicTypes.module();

    assertThat(d.name()).isEqualTo("eu.civicai.governance.cli");
    assertThat(d.exports()).isEmpty();
    assertThat(PublicTypes.perExportedPackage()).isEmpty();
    // picocli reads the commands reflectively: that is an opening, not an export.
    assertThat(d.opens())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.source()).isEqualTo("eu.civicai.governance.cli");
              assertThat(o.targets()).containsExactly("info.picocli");
            });
  }
}
