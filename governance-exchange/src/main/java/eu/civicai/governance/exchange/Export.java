package eu.civicai.governance.exchange;

import eu.civicai.governance.internal.Check;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What an export gives: the document and every diagnostic. The text is deterministic: the same
 * usages and profile give the same characters (keys in the format's order, {@code \n} line ends, no
 * instant of the export written).
 *
 * @param format the format's name, as the command line spells it ({@code nl-register}, {@code
 *     atrs}, {@code eu-database}, {@code crpa-inventory}, {@code cyclonedx}, {@code
 *     interconnectes})
 * @param mediaType the document's media type ({@code application/json}, {@code text/csv})
 * @param text the document
 * @param diagnostics what each record lacks for the format ({@code export.missing}, {@code
 *     export.incomplete}), what the format cannot carry ({@code export.unsupported}, {@code
 *     export.cut}, {@code export.approximate}, {@code export.unmapped}, {@code export.language}),
 *     and the usages left out ({@code export.withheld}, {@code export.notApplicable}, {@code
 *     export.undetermined}); see {@link Diagnostic}
 */
public record Export(String format, String mediaType, String text, List<Diagnostic> diagnostics) {

  /** Checks and copies the components. */
  public Export {
    Check.notBlank("format", format);
    Check.notBlank("mediaType", mediaType);
    Check.notNull("text", text);
    diagnostics = Check.list("diagnostics", diagnostics);
  }

  /** Returns the document's bytes, UTF-8 without a byte-order mark. */
  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the diagnostics of one rule, in order. */
  public List<Diagnostic> diagnostics(String rule) {
    Check.notNull("rule", rule);
    return diagnostics.stream().filter(d -> d.rule().equals(rule)).toList();
  }
}
