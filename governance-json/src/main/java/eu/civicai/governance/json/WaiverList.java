package eu.civicai.governance.json;

import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.internal.Check;
import java.util.List;

/**
 * The content of a waivers document.
 *
 * @param waivers the waivers
 */
public record WaiverList(List<Waiver> waivers) {

  /** Copies the list. */
  public WaiverList {
    waivers = Check.listOrEmpty("waivers", waivers);
  }
}
