package eu.civicai.governance.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the module's exports and its place among the library's modules. */
class StoreModuleTest {
  private static final JavaClasses STORE =
      // The module's own classes only: scanning the class path's jars would take seconds.
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target/classes"));

  @Test
  void module_exportsItsApiPackageOnly() {
    ModuleDescriptor d =
        ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("eu.civicai.governance.store");
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("eu.civicai.governance.store");
    assertThat(d.packages()).contains("eu.civicai.governance.store.internal");
  }

  @Test
  void store_dependsOnCoreAndJsonOnly_amongTheLibrarysModules() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.civicai.governance.exchange..",
            "eu.civicai.governance.cli..",
            "eu.civicai.governance.examples..",
            "eu.civicai.governance.report..")
        .check(STORE);
  }

  @Test
  void publicApi_doesNotExposeTheInternalPackage() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("eu.civicai.governance.store")
        .should()
        .notHaveRawReturnType(JavaClass.Predicates.resideInAPackage("..store.internal.."))
        .check(STORE);
  }

  @Test
  void exportedPackages_holdThePinnedNumberOfPublicTypes() {
    // A new public type is an API decision (issue 18): change the count in the same commit.
    assertThat(PublicTypes.perExportedPackage())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.ofEntries(java.util.Map.entry("eu.civicai.governance.store", 2)));
  }

  @Test
  void exportedPackages_areNullMarked() {
    // JSpecify (issue 18): an exported package states its null policy in the types, so that a
    // parameter, return or component that may be null says so with @Nullable.
    assertThat(PublicTypes.exportsNotNullMarked()).isEmpty();
  }
}
