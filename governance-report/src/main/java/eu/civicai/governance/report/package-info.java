/**
 * The outputs people read: the watch committee's report and the public page of each usage.
 *
 * <p>{@link eu.civicai.governance.report.CommitteeReport} writes, one usage at a time, a
 * self-contained HTML file (inline CSS with a print stylesheet for A4, inline SVG charts, no
 * external resource), the same report in Markdown and the JSON data behind both ({@link
 * eu.civicai.governance.report.ReportSummary} and one {@link
 * eu.civicai.governance.report.UsageSection} per usage). Every text from a record is escaped for
 * where it is written, by templates compiled with contextual auto-escaping (jte).
 *
 * <p>Null policy: parameters are never null unless documented; components documented "may be null"
 * are, and lists are never null.
 */
@NullMarked
package eu.civicai.governance.report;

import org.jspecify.annotations.NullMarked;
