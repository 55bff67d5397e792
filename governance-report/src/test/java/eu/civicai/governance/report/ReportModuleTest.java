package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportModuleTest {
  @Test
  void module_exportsItsApiPackageOnly() {
    ModuleDescriptor d =
        ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("eu.civicai.governance.report");
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("eu.civicai.governance.report");
    assertThat(d.opens()).isEmpty();
  }

  @Test
  void exportedPackages_holdThePinnedNumberOfPublicTypes() {
    // A new public type is an API decision (issue 18): change the count in the same commit.
    assertThat(PublicTypes.perExportedPackage())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.ofEntries(java.util.Map.entry("eu.civicai.governance.report", 25)));
  }

  @Test
  void exportedPackages_areNullMarked() {
    // JSpecify (issue 18): an exported package states its null policy in the types, so that a
    // parameter, return or component that may be null says so with @Nullable.
    assertThat(PublicTypes.exportsNotNullMarked()).isEmpty();
  }
}
