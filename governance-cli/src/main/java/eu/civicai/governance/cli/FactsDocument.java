package eu.civicai.governance.cli;

import eu.civicai.governance.charter.Fact;
import eu.civicai.governance.charter.Facts;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the fact vocabulary as the Markdown document {@code docs/facts.md}, from the public API of
 * core only ({@link Facts#vocabulary()}): core describes the facts, the document is made here, and
 * {@code FactsDocumentTest} keeps the committed file equal to this text.
 */
final class FactsDocument {
  private FactsDocument() {}

  /** Returns the document for the whole vocabulary, in its documented order. */
  static String markdown() {
    return markdown(Facts.vocabulary());
  }

  static String markdown(List<Fact> facts) {
    StringBuilder out = new StringBuilder();
    out.append("# Facts\n\n")
        .append("The vocabulary charters are written in, generated from")
        .append(" `eu.civicai.governance.charter.Facts`\n")
        .append(
            "(a test keeps this file in sync); in Java each fact is a constant of the class of its")
        .append(" group\n")
        .append(
            "(`StatusFacts.STAGE` for `status.stage`, see the `Facts` Javadoc for the groups).\n")
        .append("A fact of scope `USAGE` is read from the usage; the other scopes are the elements")
        .append(" of a list fact,\n")
        .append(
            "used inside `all`, `any` and `none`. An absent value is unknown: comparisons on it")
        .append(" are unknown,\n")
        .append("and `known` is false.\n\n")
        .append("| name | type | scope | values | description | description (fr) |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Fact fact : facts) {
      String values = "";
      if (fact.enumType() != null) {
        values =
            String.join(
                ", ", Arrays.stream(fact.enumType().getEnumConstants()).map(Enum::name).toList());
      } else if (fact.elementScope() != null) {
        values = "elements: " + fact.elementScope();
      }
      out.append("| `")
          .append(fact.name())
          .append("` | ")
          .append(fact.type())
          .append(" | ")
          .append(fact.scope())
          .append(" | ")
          .append(values)
          .append(" | ")
          .append(fact.description().en())
          .append(" | ")
          .append(fact.description().fr())
          .append(" |\n");
    }
    return out.toString();
  }
}
