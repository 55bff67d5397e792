package eu.civicai.governance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
  void packages_haveNoCycles_theRootIncluded() {
    // One slice per package, the root package ("governance") included: the root (exceptions, ids)
    // stands on internal.text only, internal's checks stand on the root, features on both. The SPI
    // speaks the domain's language (a store holds LedgerEntry values) and the domain calls its SPI:
    // that one pair is the intended exception.
    slices()
        .assignedFrom(PACKAGE_SLICES)
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            JavaClass.Predicates.resideInAPackage("..governance.data.."),
            JavaClass.Predicates.resideInAPackage("..governance.spi.."))
        .check(CORE);
  }

  @Test
  void rootPackage_dependsOnNoOtherPackageOfTheLibrary_butTheTextBase() {
    noClasses()
        .that()
        .resideInAPackage("eu.civicai.governance")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in another package of the library than internal.text",
                (JavaClass c) ->
                    c.getPackageName().startsWith("eu.civicai.governance.")
                        && !c.getPackageName().equals("eu.civicai.governance.internal.text")))
        .check(CORE);
    noClasses()
        .that()
        .resideInAPackage("eu.civicai.governance.internal.text")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in another package of the library",
                (JavaClass c) ->
                    c.getPackageName().startsWith("eu.civicai.governance")
                        && !c.getPackageName().equals("eu.civicai.governance.internal.text")))
        .check(CORE);
  }

  /** Each package of the library its own slice, named after the root ("governance" for it). */
  private static final SliceAssignment PACKAGE_SLICES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (name.equals("eu.civicai.governance")) {
            return SliceIdentifier.of("governance");
          }
          return name.startsWith("eu.civicai.governance.")
              ? SliceIdentifier.of(name.substring("eu.civicai.governance.".length()))
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "packages of eu.civicai.governance, the root included";
        }
      };

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

  @Test
  void publicTypes_doNotExtendOrBoundInternalTypes() {
    // A public type whose supertype, a type argument of a supertype or a bound of its type
    // parameters is internal leaks that type as surely as a method does.
    classes().that(exported()).should(notExtendInternalTypes()).check(CORE);
  }

  private static ArchCondition<JavaClass> notExtendInternalTypes() {
    return new ArchCondition<>(
        "not extend, implement or bound by internal types (type arguments included)") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean leaks =
            type.getSuperclass().map(ArchitectureTest::anyInternal).orElse(false)
                || type.getInterfaces().stream().anyMatch(ArchitectureTest::anyInternal)
                || type.getTypeParameters().stream()
                    .flatMap(t -> t.getBounds().stream())
                    .anyMatch(ArchitectureTest::anyInternal);
        if (leaks) {
          events.add(
              SimpleConditionEvent.violated(
                  type, type.getFullName() + " exposes an internal type in its declaration"));
        }
      }
    };
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
