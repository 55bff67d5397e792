package eu.civicai.governance.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the module's name, its exported packages and how many public types each holds: exporting
 * more, or making one more type public, is an API decision (issue 18). When a test here fails
 * because a type was added on purpose, change the count in the same commit and say why in the
 * CHANGELOG; a type users need not name belongs package-private or in {@code internal}.
 */
class ModuleTest {

  @Test
  void module_exportsApiAndSpiOnly() {
    ModuleDescriptor descriptor = PublicTypes.module();

    assertThat(descriptor.name()).isEqualTo("eu.civicai.governance.core");
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(exported)
        .containsExactlyInAnyOrder(
            "eu.civicai.governance",
            "eu.civicai.governance.measure",
            "eu.civicai.governance.org",
            "eu.civicai.governance.usage",
            "eu.civicai.governance.data",
            "eu.civicai.governance.register",
            "eu.civicai.governance.spi",
            "eu.civicai.governance.charter",
            "eu.civicai.governance.charters",
            "eu.civicai.governance.aiact",
            "eu.civicai.governance.assessment",
            "eu.civicai.governance.strategy",
            "eu.civicai.governance.barometer",
            "eu.civicai.governance.value",
            "eu.civicai.governance.template",
            "eu.civicai.governance.tender");
    assertThat(descriptor.packages()).contains("eu.civicai.governance.internal");
  }

  @Test
  void internal_isExportedToTheLibrarysOwnModulesOnly() {
    Map<String, Set<String>> qualified =
        PublicTypes.module().exports().stream()
            .filter(ModuleDescriptor.Exports::isQualified)
            .collect(Collectors.toMap(ModuleDescriptor.Exports::source, e -> e.targets()));

    assertThat(qualified)
        .containsOnly(
            entry(
                "eu.civicai.governance.internal",
                Set.of(
                    "eu.civicai.governance.json",
                    "eu.civicai.governance.exchange",
                    "eu.civicai.governance.store")));
  }

  @Test
  void exportedPackages_holdThePinnedNumberOfPublicTypes() {
    // One line per package, so that two changes in different packages merge without conflict.
    assertThat(PublicTypes.perExportedPackage())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                entry("eu.civicai.governance", 11),
                entry("eu.civicai.governance.aiact", 12),
                entry("eu.civicai.governance.assessment", 12),
                entry("eu.civicai.governance.barometer", 11),
                entry("eu.civicai.governance.charter", 63),
                entry("eu.civicai.governance.charters", 2),
                entry("eu.civicai.governance.data", 29),
                entry("eu.civicai.governance.measure", 3),
                entry("eu.civicai.governance.org", 6),
                entry("eu.civicai.governance.register", 14),
                entry("eu.civicai.governance.spi", 19),
                entry("eu.civicai.governance.strategy", 26),
                entry("eu.civicai.governance.template", 4),
                entry("eu.civicai.governance.tender", 5),
                entry("eu.civicai.governance.usage", 79),
                entry("eu.civicai.governance.value", 12)));
  }

  @Test
  void exportedPackages_areNullMarked() {
    // JSpecify (issue 18): an exported package states its null policy in the types, so that a
    // parameter, return or component that may be null says so with @Nullable.
    assertThat(PublicTypes.exportsNotNullMarked()).isEmpty();
  }
}
