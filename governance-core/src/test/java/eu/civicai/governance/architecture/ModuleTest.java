package eu.civicai.governance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the module's name and exported packages: exporting more is an API decision. */
class ModuleTest {

  @Test
  void module_exportsApiAndSpiOnly() {
    ModuleDescriptor descriptor =
        ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

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
            "eu.civicai.governance.value",
            "eu.civicai.governance.template",
            "eu.civicai.governance.tender");
    assertThat(descriptor.packages()).contains("eu.civicai.governance.internal");
  }
}
