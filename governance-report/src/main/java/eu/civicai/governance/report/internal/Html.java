package eu.civicai.governance.report.internal;

import eu.civicai.governance.report.PublicPage;
import eu.civicai.governance.report.ReportSummary;
import eu.civicai.governance.report.UsageSection;
import eu.civicai.governance.report.internal.html.JteficheGenerated;
import eu.civicai.governance.report.internal.html.JtepageGenerated;
import eu.civicai.governance.report.internal.html.JtereportGenerated;
import eu.civicai.governance.report.internal.html.JtesectionGenerated;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.List;

/**
 * Renders the HTML templates (src/main/jte), compiled to Java at build time with the HTML content
 * type: every {@code ${...}} is escaped for its context (element text, attribute value), so a
 * record's text can never open a tag, an attribute or a script. The compiled templates are called
 * directly, without a template engine or reflection, so that the module works on the module path
 * with jte-runtime only. Only the output of these same templates is ever inserted unescaped ({@code
 * $unsafe} in report.jte and page.jte). Stateless.
 */
public final class Html {
  private Html() {}

  /** One usage's section. */
  public static String section(Words words, UsageSection section) {
    StringOutput out = new StringOutput(8192);
    JtesectionGenerated.render(new OwaspHtmlTemplateOutput(out), null, words, section);
    return out.toString();
  }

  /** The report's page: the first page, then the sections (rendered by {@link #section}). */
  public static String report(
      Words words, ReportSummary summary, List<Chart> charts, String sections) {
    StringOutput out = new StringOutput(65536);
    JtereportGenerated.render(
        new OwaspHtmlTemplateOutput(out), null, words, summary, charts, sections);
    return out.toString();
  }

  /** A page of sections split from the report. */
  public static String page(
      Words words, String title, String heading, String back, String sections) {
    StringOutput out = new StringOutput(sections.length() + 8192);
    JtepageGenerated.render(
        new OwaspHtmlTemplateOutput(out), null, words, title, heading, back, sections);
    return out.toString();
  }

  /** A usage's public page. */
  public static String publicPage(PublicPage page) {
    StringOutput out = new StringOutput(8192);
    JteficheGenerated.render(
        new OwaspHtmlTemplateOutput(out), null, Words.of(java.util.Locale.FRENCH), page);
    return out.toString();
  }
}
