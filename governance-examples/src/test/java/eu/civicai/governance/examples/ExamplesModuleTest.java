package eu.civicai.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the module's exports and how many public types they hold (issue 18). */
class ExamplesModuleTest {
  @Test
  void module_exportsTheExamplesOnly() {
    ModuleDescriptor d = PublicTypes.module();

    assertThat(d.name()).isEqualTo("eu.civicai.governance.examples");
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("eu.civicai.governance.examples");
  }

  @Test
  void exportedPackages_holdThePinnedNumberOfPublicTypes() {
    // A new public type is an API decision (issue 18): change the count in the same commit.
    assertThat(PublicTypes.perExportedPackage())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(Map.entry("eu.civicai.governance.examples", 8)));
  }

  @Test
  void exportedPackages_areNullMarked() {
    // JSpecify (issue 18): an exported package states its null policy in the types, so that a
    // parameter, return or component that may be null says so with @Nullable.
    assertThat(PublicTypes.exportsNotNullMarked()).isEmpty();
  }
}
