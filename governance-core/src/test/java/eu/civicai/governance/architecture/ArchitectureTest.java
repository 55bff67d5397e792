package eu.civicai.governance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
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

  @Test
  void publicFields_doNotExposeInternalTypes() {
    fields()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(exported())
        .should(notHoldInternalTypes())
        .check(CORE);
  }

  @Test
  void publicConstructors_doNotExposeInternalTypes() {
    constructors()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(exported())
        .should(notTakeInternalTypes())
        .check(CORE);
  }

  private static boolean internal(JavaClass type) {
    return type.getPackageName().contains(".internal");
  }

  /** Every type a signature names: raw types, type arguments at any depth, bounds, arrays. */
  private static boolean anyInternal(JavaType type) {
    return type.getAllInvolvedRawTypes().stream().anyMatch(ArchitectureTest::internal);
  }

  private static boolean exposes(JavaCodeUnit unit) {
    return anyInternal(unit.getReturnType())
        || unit.getParameterTypes().stream().anyMatch(ArchitectureTest::anyInternal)
        || unit.getThrowsClause().getTypes().stream().anyMatch(ArchitectureTest::internal)
        || unit.getTypeParameters().stream()
            .flatMap(t -> t.getBounds().stream())
            .anyMatch(ArchitectureTest::anyInternal);
  }

  private static ArchCondition<JavaMethod> notExposeInternalTypes() {
    return new ArchCondition<>(
        "not expose internal types in their signature (generic arguments and throws included)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (exposes(method)) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " exposes an internal type"));
        }
      }
    };
  }

  private static ArchCondition<JavaConstructor> notTakeInternalTypes() {
    return new ArchCondition<>("not take internal types (generic arguments and throws included)") {
      @Override
      public void check(JavaConstructor constructor, ConditionEvents events) {
        if (exposes(constructor)) {
          events.add(
              SimpleConditionEvent.violated(
                  constructor, constructor.getFullName() + " exposes an internal type"));
        }
      }
    };
  }

  private static ArchCondition<JavaField> notHoldInternalTypes() {
    return new ArchCondition<>("not hold internal types (generic arguments included)") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        if (anyInternal(field.getType())) {
          events.add(
              SimpleConditionEvent.violated(
                  field, field.getFullName() + " exposes an internal type"));
        }
      }
    };
  }
}
