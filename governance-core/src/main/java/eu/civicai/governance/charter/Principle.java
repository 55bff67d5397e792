package eu.civicai.governance.charter;

import eu.civicai.governance.internal.Check;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A principle of a charter and its criteria.
 *
 * @param id a stable id ({@code oversight})
 * @param title the principle, in French and English
 * @param criteria its criteria, at least one
 */
public record Principle(
    @Pattern(regexp = Criterion.ID_PATTERN) @Size(max = Criterion.ID_MAX_LENGTH) String id,
    Text title,
    List<Criterion> criteria) {

  /** Checks the fields. */
  public Principle {
    Criterion.requireId("id", id);
    Check.notNull("title", title);
    criteria = Check.list("criteria", criteria);
  }

  /** Builds principles; see {@link Charter#builder(String, String)}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Text title;
    private final List<Criterion> criteria = new ArrayList<>();

    Builder(String id, Text title) {
      this.id = id;
      this.title = title;
    }

    /**
     * Adds a criterion.
     *
     * @param id the criterion id, unique in the charter
     * @param severity its severity
     * @param definition sets its title, conditions, rationale, remediation and references
     * @return this builder
     */
    public Builder criterion(String id, Severity severity, Consumer<Criterion.Builder> definition) {
      Criterion.Builder b = new Criterion.Builder(id, severity);
      Check.notNull("definition", definition).accept(b);
      criteria.add(b.build());
      return this;
    }

    Principle build() {
      return new Principle(id, title, criteria);
    }
  }
}
