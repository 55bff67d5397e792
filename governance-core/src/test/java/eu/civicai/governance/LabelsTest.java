package eu.civicai.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the labels a report, a public page or the command line shows for every constant of the
 * library, in French and in English. Every {@link Labelled} enum of core is found by reading the
 * compiled classes, so that a new one is checked without being listed here.
 */
class LabelsTest {

  /**
   * Labels that read the same in both languages, each for a reason: a place name, a borrowed word
   * or a code. An entry that is no longer the same in both languages fails the test.
   */
  static final Set<String> SAME_IN_BOTH_LANGUAGES =
      Set.of(
          // Proper names and codes.
          "HostingRegion.FRANCE",
          "FunderKind.BANQUE_DES_TERRITOIRES",
          "FunderKind.FRANCE_2030",
          "Unit.EUR",
          // Words spelt alike in both languages.
          "AiTechnique.OPTIMISATION",
          "Audience.ASSOCIATIONS",
          "DataRole.VALIDATION",
          "DataSource.OPEN_DATA",
          "Dimension.VOLUME",
          "EndAction.ANONYMISE",
          "FactType.DATE",
          "OutputRole.INFORMATION",
          "Part.CONTACTS",
          "Part.IMPACTS",
          "PolicyGoal.SOCIAL",
          "Scope.ALTERNATIVE",
          "Scope.CONSULTATION",
          "Scope.USAGE",
          "Severity.INFO",
          "Stakeholder.EXPERTS",
          "Unit.AGENT",
          "Unit.LITRE",
          "Unit.TONNE",
          "Visibility.PUBLIC");

  private static List<Class<? extends Enum<?>>> enums;

  @BeforeAll
  static void findLabelledEnums() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<? extends Enum<?>>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name =
            classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains("$") || name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, Labelled.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
        if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
          @SuppressWarnings("unchecked")
          Class<? extends Enum<?>> labelled = (Class<? extends Enum<?>>) type;
          found.add(labelled);
        }
      }
    }
    enums = found;
  }

  @Test
  void labelledEnums_areFound() {
    assertThat(enums)
        .hasSizeGreaterThan(40)
        .contains(
            eu.civicai.governance.data.EventKind.class,
            eu.civicai.governance.charter.Verdict.class,
            eu.civicai.governance.aiact.DutyStatus.class,
            HostingRegion.class);
  }

  @Test
  void everyConstant_hasAFrenchAndAnEnglishLabel_distinctWithinItsType() {
    for (Class<? extends Enum<?>> type : enums) {
      Set<String> french = new HashSet<>();
      Set<String> english = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        String where = type.getSimpleName() + "." + constant.name();
        assertThat(labelled.labelFr()).as(where).isNotBlank().isEqualTo(labelled.labelFr().strip());
        assertThat(labelled.labelEn()).as(where).isNotBlank().isEqualTo(labelled.labelEn().strip());
        // Two constants read alike would be two answers a reader cannot tell apart.
        assertThat(french.add(labelled.labelFr())).as("French label of " + where).isTrue();
        assertThat(english.add(labelled.labelEn())).as("English label of " + where).isTrue();
      }
    }
  }

  @Test
  void label_followsTheCallersLanguage_neverTheMachines() {
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        assertThat(labelled.label(Locale.FRENCH)).isEqualTo(labelled.labelFr());
        assertThat(labelled.label(Locale.CANADA_FRENCH)).isEqualTo(labelled.labelFr());
        assertThat(labelled.label(Locale.ENGLISH)).isEqualTo(labelled.labelEn());
        assertThat(labelled.label(Locale.GERMAN)).isEqualTo(labelled.labelEn());
      }
    }
    assertThatThrownBy(() -> HostingRegion.EU.label(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("`locale`");
  }

  /** A French label that is still the English one is not a translation. */
  @Test
  void frenchLabels_differFromEnglishOnes_exceptTheListedOnes() {
    Set<String> same = new TreeSet<>();
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        if (labelled.labelFr().equals(labelled.labelEn())) {
          same.add(type.getSimpleName() + "." + constant.name());
        }
      }
    }
    assertThat(same).isEqualTo(new TreeSet<>(SAME_IN_BOTH_LANGUAGES));
  }
}
