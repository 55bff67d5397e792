package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.internal.Check;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

  /**
   * Builds principles; see {@link Charter#builder(String, String)}. Criteria are added in order;
   * each is checked as it is added, and an error names its full path ({@code
   * principles[2].criteria[4].id}) as an {@link InvalidDefinitionException}. Not thread-safe.
   */
  public static final class Builder {
    private final String path;
    private final String id;
    private final Text title;
    private final Set<String> criterionIds;
    private final List<Criterion> criteria = new ArrayList<>();

    Builder(String path, String id, Text title, Set<String> criterionIds) {
      this.path = path;
      this.id =
          DefinitionPath.at(
              path,
              () -> {
                Criterion.requireId("id", id);
                return id;
              });
      this.title = title;
      this.criterionIds = criterionIds;
    }

    /**
     * Adds a criterion.
     *
     * @param id the criterion id, unique in the charter
     * @param severity its severity; not null
     * @param definition sets its title, conditions, rationale, remediation and references
     * @return this builder
     * @throws InvalidDefinitionException naming {@code <path>.criteria[j]} and the field at fault:
     *     a bad or duplicate id, a null severity or definition, a text the definition sets wrongly,
     *     or a required field (title, requirement) it leaves unset
     */
    public Builder criterion(String id, Severity severity, Consumer<Criterion.Builder> definition) {
      String at = path + ".criteria[" + criteria.size() + "]";
      Criterion.Builder b = new Criterion.Builder(at, id, severity);
      if (!criterionIds.add(id)) {
        throw new InvalidDefinitionException(at + ".id", "charter.duplicateCriterionAt", id);
      }
      DefinitionPath.at(at, () -> Check.notNull("definition", definition)).accept(b);
      criteria.add(b.build());
      return this;
    }

    Principle build() {
      return DefinitionPath.at(path, () -> new Principle(id, title, criteria));
    }
  }
}
