package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.InputRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A charter a collectivité adopts: principles, each with criteria written in the condition
 * language. A charter is checked when it is created: every criterion id is unique, every fact it
 * names exists in the {@link Facts} vocabulary with the right type, so that a bad charter fails at
 * load time with {@link InvalidDefinitionException} naming the criterion, never during an
 * evaluation.
 *
 * <pre>{@code
 * Charter charter = Charter.builder("ma-commune.ethique", "1.0")
 *     .title("Charte éthique de la commune", "Municipal ethics charter")
 *     .source("Délibération du conseil municipal du 12 mars 2026")
 *     .principle("controle-humain", "Contrôle humain", "Human oversight", p -> p
 *         .criterion("controle-humain.niveau", Severity.BLOCKING, c -> c
 *             .title("Un humain supervise les résultats", "A person oversees the outputs")
 *             .requires(Facts.OVERSIGHT_LEVEL.isNot(OversightLevel.NONE))
 *             .rationale("…", "…")
 *             .remediation("…", "…")
 *             .references("AI Act art. 14")))
 *     .build();
 * }</pre>
 *
 * @param id a stable id ({@code civicai.ethics})
 * @param version the charter's version ({@code 1.0})
 * @param title the title, in French and English
 * @param source where the charter comes from
 * @param principles the principles, at least one
 */
public record Charter(
    String id, String version, Text title, String source, List<Principle> principles) {

  /** Checks the fields, the uniqueness of criterion ids and every condition. */
  public Charter {
    Criterion.requireId("id", id);
    InputRules.singleLine("version", Check.notBlank("version", version));
    Check.notNull("title", title);
    InputRules.multiLine("source", Check.notBlank("source", source));
    principles = Check.list("principles", principles);
    Set<String> seen = new HashSet<>();
    for (Principle principle : principles) {
      for (Criterion criterion : principle.criteria()) {
        if (!seen.add(criterion.id())) {
          throw new InvalidDefinitionException(
              criterion.id(), "charter.duplicateCriterion", criterion.id());
        }
        ConditionCompiler.compile(criterion);
      }
    }
  }

  /** Returns a builder for a charter written in Java. */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /** Returns every criterion, in order. */
  public List<Criterion> criteria() {
    return principles.stream().flatMap(p -> p.criteria().stream()).toList();
  }

  /** Builds charters in Java; see the class example. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String version;
    private Text title;
    private String source;
    private final List<Principle> principles = new ArrayList<>();

    private Builder(String id, String version) {
      this.id = id;
      this.version = version;
    }

    /** Sets the title. */
    public Builder title(String fr, String en) {
      this.title = Text.of(fr, en);
      return this;
    }

    /** Sets where the charter comes from. */
    public Builder source(String value) {
      this.source = value;
      return this;
    }

    /**
     * Adds a principle.
     *
     * @param id the principle id
     * @param fr the French title
     * @param en the English title
     * @param definition adds its criteria
     * @return this builder
     */
    public Builder principle(
        String id, String fr, String en, Consumer<Principle.Builder> definition) {
      Principle.Builder b = new Principle.Builder(id, Text.of(fr, en));
      Check.notNull("definition", definition).accept(b);
      principles.add(b.build());
      return this;
    }

    /**
     * Builds and checks the charter.
     *
     * @throws InvalidDefinitionException naming the criterion at fault
     */
    public Charter build() {
      return new Charter(id, version, title, source, principles);
    }
  }
}
