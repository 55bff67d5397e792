package eu.civicai.governance.report;

import java.util.List;

/**
 * The public page of one usage ("fiche publique"), for residents, in French: only the parts of the
 * record its authority made public, the information the CRPA asks to publish for an algorithmic
 * processing (L312-1-3, L311-3-1, R311-3-1-2), who to contact and how to contest. A part the
 * authority keeps restricted is named as not published, never shown. Immutable.
 *
 * @param file the page's file name ({@code <usage id>.html})
 * @param name the usage's name
 * @param authority the authority responsible
 * @param blocks the page's blocks, in order
 */
public record PublicPage(String file, String name, String authority, List<Block> blocks) {

  /** Copies the list. */
  public PublicPage {
    blocks = List.copyOf(blocks);
  }

  /**
   * One block of the page.
   *
   * @param title its heading
   * @param lines its paragraphs; empty when there is nothing to say ("aucun" is shown)
   * @param withheld whether the authority keeps this information restricted
   */
  public record Block(String title, List<String> lines, boolean withheld) {
    /** Copies the list. */
    public Block {
      lines = List.copyOf(lines);
    }
  }
}
