package eu.civicai.governance.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples are written as an outside user would: the public API only. */
class PublicApiOnlyTest {

  @Test
  void examples_useNoInternalPackage() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..internal..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.civicai.governance.examples"));
  }
}
