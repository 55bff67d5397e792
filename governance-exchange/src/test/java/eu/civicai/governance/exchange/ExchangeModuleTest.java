package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExchangeModuleTest {
  @Test
  void module_exportsItsApiPackagesOnly() {
    ModuleDescriptor d =
        ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("eu.civicai.governance.exchange");
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "eu.civicai.governance.exchange",
            "eu.civicai.governance.exchange.nlregister",
            "eu.civicai.governance.exchange.atrs",
            "eu.civicai.governance.exchange.eudatabase",
            "eu.civicai.governance.exchange.crpa",
            "eu.civicai.governance.exchange.cyclonedx");
  }

  @Test
  void exportedPackages_holdThePinnedNumberOfPublicTypes() {
    // A new public type is an API decision (issue 18): change the count in the same commit.
    assertThat(PublicTypes.perExportedPackage())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.ofEntries(
                java.util.Map.entry("eu.civicai.governance.exchange", 8),
                java.util.Map.entry("eu.civicai.governance.exchange.atrs", 1),
                java.util.Map.entry("eu.civicai.governance.exchange.crpa", 1),
                java.util.Map.entry("eu.civicai.governance.exchange.cyclonedx", 1),
                java.util.Map.entry("eu.civicai.governance.exchange.eudatabase", 1),
                java.util.Map.entry("eu.civicai.governance.exchange.nlregister", 1)));
  }

  @Test
  void exportedPackages_areNullMarked() {
    // JSpecify (issue 18): an exported package states its null policy in the types, so that a
    // parameter, return or component that may be null says so with @Nullable.
    assertThat(PublicTypes.exportsNotNullMarked()).isEmpty();
  }
}
