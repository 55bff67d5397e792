package eu.civicai.governance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.civicai.governance");

  @Test
  void core_doesNotDependOnJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(CORE);
  }

  @Test
  void core_knowsNoFileFormatModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("eu.civicai.governance.json..")
        .check(CORE);
  }

  @Test
  void core_knowsNoSql() {
    // Storage in SQL is governance-store's; core only states the SPI it implements.
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "eu.civicai.governance.store..")
        .check(CORE);
  }

  @Test
  void publicSignatures_doNotExposeInternalTypes() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(exported())
        .should(notExposeInternalTypes())
        .check(CORE);
  }

  @Test
  void featurePackages_haveNoCycles() {
    // The SPI speaks the domain's language (a store holds LedgerEntry values) and the domain calls
    // its SPI: that one pair is the intended exception.
    slices()
        .matching("eu.civicai.governance.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            JavaClass.Predicates.resideInAPackage("..governance.data.."),
            JavaClass.Predicates.resideInAPackage("..governance.spi.."))
        .check(CORE);
  }

  private static DescribedPredicate<JavaClass> exported() {
    return DescribedPredicate.describe(
        "public classes outside internal",
        c ->
            c.getModifiers().contains(JavaModifier.PUBLIC)
                && !c.getPackageName().contains(".internal"));
  }

  private static ArchCondition<JavaMethod> notExposeInternalTypes() {
    return new ArchCondition<>("not expose internal types in their signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean exposes =
            method.getRawReturnType().getPackageName().contains(".internal")
                || method.getRawParameterTypes().stream()
                    .anyMatch(t -> t.getPackageName().contains(".internal"));
        if (exposes) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " exposes an internal type"));
        }
      }
    };
  }
}
