package eu.civicai.governance.usage;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A labelled web link: a project page, a deliberation, documentation.
 *
 * @param label what the link leads to; null when unknown, otherwise not blank and at most 200
 *     characters
 * @param uri the address: absolute, http or https
 */
public record Link(@NotBlank @Size(max = 200) @Nullable String label, URI uri) {

  /** Checks the components; see the class description for the rules. */
  public Link {
    Check.notNull("uri", uri);
    Constraints.checkRecord(Link.class, label, uri);
    if (!uri.isAbsolute()) {
      throw new InvalidInputException("uri", "uri.absolute", uri.toString());
    }
  }

  /** Returns a link, parsing the address. */
  public static Link of(String label, String uri) {
    Check.notNull("uri", uri);
    try {
      return new Link(label, new URI(uri.strip()));
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInputException("uri", "uri.syntax", uri);
    }
  }
}
