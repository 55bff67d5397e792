package eu.civicai.governance.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18, "{@code decision(null)} compiles or is gone": gone. Each of the 14 parts of {@link
 * AiUsage.Builder} has a value setter and a {@code Consumer} one; neither takes null, a plain
 * {@code x(null)} is ambiguous (a compile error), and a null cast to either type is refused with a
 * message that names the part and says how to remove it, leaving the builder as it was.
 */
class AiUsageNullPartsTest {
  private static final Authority COMMUNE = Authority.of("Rennes", AuthorityKind.COMMUNE);

  /**
   * One part: the builder method, the value and the function that set it to null, the field the
   * error names, its rule, the clear call its message points to, and how to read the part back.
   */
  record NullPart(
      String method,
      String valueType,
      Consumer<AiUsage.Builder> nullValue,
      Consumer<AiUsage.Builder> nullEdit,
      String field,
      String rule,
      String remedy,
      Function<AiUsage, Object> read) {
    @Override
    public String toString() {
      return method;
    }
  }

  private static NullPart part(
      String method,
      String valueType,
      Consumer<AiUsage.Builder> nullValue,
      Consumer<AiUsage.Builder> nullEdit,
      String part,
      Function<AiUsage, Object> read) {
    return new NullPart(
        method, valueType, nullValue, nullEdit, method, "usage.partNull", part, read);
  }

  static Stream<NullPart> parts() {
    return Stream.of(
        part(
            "status",
            "Status",
            b -> b.status((Status) null),
            b -> b.status((Consumer<Status.Builder>) null),
            "STATUS",
            AiUsage::status),
        part(
            "purpose",
            "Purpose",
            b -> b.purpose((Purpose) null),
            b -> b.purpose((Consumer<Purpose.Builder>) null),
            "PURPOSE",
            AiUsage::purpose),
        part(
            "system",
            "AiSystem",
            b -> b.system((AiSystem) null),
            b -> b.system((Consumer<AiSystem.Builder>) null),
            "SYSTEM",
            AiUsage::system),
        part(
            "decision",
            "DecisionMaking",
            b -> b.decision((DecisionMaking) null),
            b -> b.decision((Consumer<DecisionMaking.Builder>) null),
            "DECISION",
            AiUsage::decision),
        part(
            "aiAct",
            "AiActProfile",
            b -> b.aiAct((AiActProfile) null),
            b -> b.aiAct((Consumer<AiActProfile.Builder>) null),
            "AI_ACT",
            AiUsage::aiAct),
        part(
            "dataUse",
            "DataUse",
            b -> b.dataUse((DataUse) null),
            b -> b.dataUse((Consumer<DataUse.Builder>) null),
            "DATA_USE",
            AiUsage::dataUse),
        part(
            "impacts",
            "Impacts",
            b -> b.impacts((Impacts) null),
            b -> b.impacts((Consumer<Impacts.Builder>) null),
            "IMPACTS",
            AiUsage::impacts),
        part(
            "footprint",
            "Footprint",
            b -> b.footprint((Footprint) null),
            b -> b.footprint((Consumer<Footprint.Builder>) null),
            "FOOTPRINT",
            AiUsage::footprint),
        part(
            "governance",
            "Governance",
            b -> b.governance((Governance) null),
            b -> b.governance((Consumer<Governance.Builder>) null),
            "GOVERNANCE",
            AiUsage::governance),
        part(
            "transparency",
            "Transparency",
            b -> b.transparency((Transparency) null),
            b -> b.transparency((Consumer<Transparency.Builder>) null),
            "TRANSPARENCY",
            AiUsage::transparency),
        part(
            "funding",
            "Funding",
            b -> b.funding((Funding) null),
            b -> b.funding((Consumer<Funding.Builder>) null),
            "FUNDING",
            AiUsage::funding),
        new NullPart(
            "metadata",
            "Metadata",
            b -> b.metadata((Metadata) null),
            b -> b.metadata((Consumer<Metadata.Builder>) null),
            "metadata",
            "usage.metadataNull",
            "",
            AiUsage::metadata),
        new NullPart(
            "risk",
            "Risk",
            b -> b.risk((Risk) null),
            b -> b.risk((Consumer<Risk.Builder>) null),
            "risks[1]",
            "usage.itemNull",
            "RISKS",
            AiUsage::risks),
        new NullPart(
            "benefit",
            "BenefitIndicator",
            b -> b.benefit((BenefitIndicator) null),
            b -> b.benefit((Consumer<BenefitIndicator.Builder>) null),
            "benefits[1]",
            "usage.itemNull",
            "BENEFITS",
            AiUsage::benefits));
  }

  /** A record with every part set, so that a refused null can be seen to change nothing. */
  private static AiUsage full() {
    return AiUsage.builder("nulls")
        .name("Nulls")
        .authority(COMMUNE)
        .status(s -> s.stage(Stage.DEPLOYMENT))
        .purpose(p -> p.goal("Répondre aux usagers"))
        .system(s -> s.techniques(AiTechnique.GENERATIVE_AI))
        .decision(d -> d.concernsIndividuals(true))
        .aiAct(a -> a.role(AiActRole.DEPLOYER))
        .dataUse(d -> d.processingRecord("Registre RGPD n° 12"))
        .risk(r -> r.description("Réponse erronée"))
        .impacts(i -> i.onAgents("Moins d'appels répétitifs"))
        .footprint(f -> f.basis(EstimationBasis.ESTIMATED))
        .benefit(b -> b.name("Temps gagné"))
        .governance(g -> g.reviewDates(java.time.LocalDate.of(2027, 1, 1)))
        .transparency(t -> t.published(true))
        .funding(f -> f.band(BudgetBand.UNDER_50K))
        .metadata(m -> m.language("fr"))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  void valueSetter_null_isRefused_namingThePartAndTheWayToRemoveIt(NullPart part) {
    assertRefused(part, part.nullValue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  void editSetter_null_isRefusedAsTheValueSetterIs(NullPart part) {
    assertRefused(part, part.nullEdit());
  }

  private static void assertRefused(NullPart part, Consumer<AiUsage.Builder> setNull) {
    AiUsage before = full();
    AiUsage.Builder builder = before.toBuilder();

    InvalidInputException e =
        catchThrowableOfType(() -> setNull.accept(builder), InvalidInputException.class);

    assertThat(e).as("%s(null)", part.method()).isNotNull();
    assertThat(e.field()).isEqualTo(part.field());
    assertThat(e.rule()).isEqualTo(part.rule());
    assertThat(e.getMessage()).isEqualTo(english(part));
    assertThat(e.message(Locale.FRENCH)).isEqualTo(french(part));
    // Nothing half-applied: the part, or the list, is what it was.
    AiUsage after = builder.build();
    assertThat(part.read().apply(after)).isNotNull().isEqualTo(part.read().apply(before));
    assertThat(after).isEqualTo(before);
  }

  private static String english(NullPart part) {
    String field = "`" + part.field() + "` must not be null";
    return switch (part.rule()) {
      case "usage.partNull" ->
          field + "; to remove the part, call `clear(Part." + part.remedy() + ")`";
      case "usage.itemNull" ->
          field
              + ": there is nothing to add; `clear(Part."
              + part.remedy()
              + ")` removes every item of the part";
      default ->
          field + ": every record has metadata, and `Metadata.INITIAL` is that of a new record";
    };
  }

  private static String french(NullPart part) {
    String field = "`" + part.field() + "` ne doit pas être nul";
    return switch (part.rule()) {
      case "usage.partNull" ->
          field + " ; pour retirer la partie, appelez `clear(Part." + part.remedy() + ")`";
      case "usage.itemNull" ->
          field
              + " : il n'y a rien à ajouter ; `clear(Part."
              + part.remedy()
              + ")` retire tous les éléments de la partie";
      default ->
          field
              + " : tout dossier a des métadonnées, et `Metadata.INITIAL` est celle d'un nouveau"
              + " dossier";
    };
  }

  /** Every part the message points to is one {@code clear} takes, and it removes that part. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  void theClearCallOfTheMessage_removesThePart(NullPart part) {
    if (part.remedy().isEmpty()) {
      // metadata: every record has one, and INITIAL is what a new record holds.
      assertThat(full().toBuilder().metadata(Metadata.INITIAL).build().metadata())
          .isEqualTo(AiUsage.builder("x").name("X").authority(COMMUNE).build().metadata());
      return;
    }
    AiUsage cleared = full().toBuilder().clear(Part.valueOf(part.remedy())).build();
    Object value = part.read().apply(cleared);
    if (value instanceof List<?> list) {
      assertThat(list).isEmpty();
    } else {
      assertThat(value).isNull();
    }
  }

  /** The values that used to be null-meaning-absent: a branch, or {@code clear}, keeps them. */
  @Test
  void anAbsentValue_isSetWithABranch_orCleared() {
    AiUsage withDecision = full();
    DecisionMaking absent = AiUsage.builder("x").name("X").authority(COMMUNE).build().decision();
    AiUsage.Builder b = withDecision.toBuilder();
    if (absent != null) {
      b.decision(absent);
    } else {
      b.clear(Part.DECISION);
    }
    assertThat(b.build().decision()).isNull();
    assertThat(b.build()).isEqualTo(withDecision.toBuilder().clear(Part.DECISION).build());
  }

  /**
   * The compiler's side of the rule: a plain {@code x(null)} does not compile for any of the 14
   * parts (both overloads match), while the cast forms and {@code clear} do. The JDK always has a
   * compiler, so this never skips.
   */
  @Test
  void plainNull_doesNotCompile_forAnyPart(@TempDir Path dir) throws IOException {
    List<NullPart> parts = parts().toList();
    StringBuilder plain = new StringBuilder();
    StringBuilder cast = new StringBuilder();
    for (NullPart part : parts) {
      plain.append("    b.").append(part.method()).append("(null);\n");
      cast.append("    b.")
          .append(part.method())
          .append("((")
          .append(part.valueType())
          .append(") null);\n");
    }
    cast.append("    b.clear(Part.DECISION);\n");

    List<Diagnostic<? extends JavaFileObject>> plainErrors = compile(dir, "Plain", plain);
    List<Diagnostic<? extends JavaFileObject>> castErrors = compile(dir, "Cast", cast);

    assertThat(castErrors).as("the cast forms compile").isEmpty();
    assertThat(plainErrors).hasSize(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Diagnostic<? extends JavaFileObject> error = plainErrors.get(i);
      assertThat(error.getCode()).as(parts.get(i).method()).isEqualTo("compiler.err.ref.ambiguous");
      assertThat(error.getLineNumber()).isEqualTo(FIRST_LINE + i);
      assertThat(error.getMessage(Locale.ENGLISH))
          .startsWith("reference to " + parts.get(i).method() + " is ambiguous");
    }
  }

  /** The line of the first statement of a snippet, in {@link #compile}'s layout. */
  private static final int FIRST_LINE = 4;

  private static List<Diagnostic<? extends JavaFileObject>> compile(
      Path dir, String name, CharSequence statements) throws IOException {
    Path file = dir.resolve(name + ".java");
    Files.writeString(
        file,
        "import eu.civicai.governance.usage.*;\n"
            + "class "
            + name
            + " {\n  static void run(AiUsage.Builder b) {\n"
            + statements
            + "  }\n}\n",
        StandardCharsets.UTF_8);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("the JDK's compiler").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      compiler
          .getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-d",
                  dir.toString(),
                  "-proc:none",
                  "--release",
                  "17"),
              null,
              files.getJavaFileObjects(file.toFile()))
          .call();
    }
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d);
      }
    }
    return errors;
  }
}
