package eu.civicai.governance.exchange.nlregister;

/**
 * The register renders its long texts as limited HTML ({@code allowed_html_tags}): plain text is
 * written with {@code &}, {@code <} and {@code >} escaped, so that no text reads as markup, and
 * read back by removing the allowed tags and the escapes.
 */
final class Html {
  private Html() {}

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Removes an escape cut in two at the end of a text (before its ellipsis). */
  static String trimEntity(String text) {
    int amp = text.lastIndexOf('&');
    if (amp >= 0 && text.indexOf(';', amp) < 0) {
      boolean ellipsis = text.endsWith("…");
      return text.substring(0, amp) + (ellipsis ? "…" : "");
    }
    return text;
  }

  /** Returns the plain text of a field: allowed tags become line breaks, escapes are undone. */
  static String unescape(String html) {
    String text = html;
    if (text.indexOf('<') >= 0) { // written by the register's editor, not by this library
      text =
          text.replaceAll("(?i)<br\\s*/?>", "\n")
              .replaceAll("(?i)</?(p|div|ul|ol)\\s*>", "\n")
              .replaceAll("(?i)<li\\s*>", "\n- ")
              .replaceAll("(?i)</li\\s*>", "")
              .strip();
    }
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
