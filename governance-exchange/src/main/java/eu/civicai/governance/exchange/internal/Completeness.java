package eu.civicai.governance.exchange.internal;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.data.DatasetLookup;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What a record lacks for a format, from the built-in completeness charters ({@code
 * civicai.completeness.*}): one {@code export.incomplete} diagnostic per criterion not satisfied,
 * evaluated on the view the profile exports (a restricted part counts as missing from a public
 * register).
 */
public final class Completeness {
  private Completeness() {}

  // The completeness criteria read only whether fields are filled, never a date: a fixed clock
  // keeps the export deterministic without reading the machine's time.
  private static final Clock NO_TIME = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  /** Adds the gaps of one record against a completeness charter. */
  public static void gaps(RecordOut out, Charter charter, DatasetLookup datasets) {
    EvaluationContext context = EvaluationContext.of(NO_TIME, Locale.ROOT).withDatasets(datasets);
    for (EvaluationReport report : CharterEvaluator.of(charter).evaluate(out.usage(), context)) {
      for (Finding f : report.findings()) {
        if (f.outcome() == Outcome.NOT_SATISFIED || f.outcome() == Outcome.UNKNOWN) {
          out.add("", "", "export.incomplete", f.criterionId());
        }
      }
    }
  }
}
