package eu.civicai.governance.json.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonModuleTest {

  @Test
  void module_exportsTheFormatPackageOnly() {
    ModuleDescriptor descriptor =
        ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(descriptor.name()).isEqualTo("eu.civicai.governance.json");
    Set<String> exported =
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(exported).containsExactly("eu.civicai.governance.json");
    assertThat(descriptor.packages()).contains("eu.civicai.governance.json.internal");
  }

  @Test
  void publicApi_doesNotExposeTheInternalPackage() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.civicai.governance.json");
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("eu.civicai.governance.json")
        .should()
        .notHaveRawReturnType(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                "..json.internal.."))
        .check(classes);
  }

  @Test
  void jsonModule_usesNoCoreInternalBeyondMessagesAndChecks() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.civicai.governance.json");
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("eu.civicai.governance.internal.Constraints")
        .check(classes);
  }

  @Test
  void exportedPackages_holdThePinnedNumberOfPublicTypes() {
    // A new public type is an API decision (issue 18): change the count in the same commit.
    assertThat(PublicTypes.perExportedPackage())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.ofEntries(java.util.Map.entry("eu.civicai.governance.json", 14)));
  }

  @Test
  void exportedPackages_areNullMarked() {
    // JSpecify (issue 18): an exported package states its null policy in the types, so that a
    // parameter, return or component that may be null says so with @Nullable.
    assertThat(PublicTypes.exportsNotNullMarked()).isEmpty();
  }
}
