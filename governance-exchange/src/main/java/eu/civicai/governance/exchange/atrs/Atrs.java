package eu.civicai.governance.exchange.atrs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.Exporter;
import eu.civicai.governance.exchange.internal.Completeness;
import eu.civicai.governance.exchange.internal.Json;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * The UK Algorithmic Transparency Recording Standard (ATRS) 4.0: one record per usage, as a JSON
 * array, each record with its tier 1 sections ({@code title_information}, {@code
 * summary_information}) and tier 2 sections ({@code owner_and_responsibility}, {@code
 * description_and_rationale}, {@code deployment_context}, {@code tool_specification}, {@code
 * model_specification} (one item per model), {@code development_data} (datasets that trained,
 * validated or evaluated a model; empty for a pre-trained tool, which 4.0 lets skip the section),
 * {@code operational_data} (the datasets the tool runs on), {@code
 * risks_mitigations_and_impact_assessments}).
 *
 * <p>Fields follow the 3.0 template with the 3.0 → 4.0 change log applied (see {@code
 * docs/formats.md}). A required field the record does not fill is left out with {@code
 * export.missing} ({@code section.field}); the completeness charter {@code
 * civicai.completeness.atrs} adds {@code export.incomplete}. The standard has no language field:
 * texts stay in the record's language. Stateless and thread-safe.
 */
public final class Atrs {
  /** The format's name on the command line. */
  public static final String FORMAT = "atrs";

  private Atrs() {}

  /** Returns this format's exporter. */
  public static Exporter exporter() {
    return Atrs::export;
  }

  /**
   * Exports usages as ATRS 4.0 records.
   *
   * @param usages the usages
   * @param profile which parts to write
   * @param datasets where the usages' datasets are found (the data sections)
   * @return the JSON document (an array of records) and its diagnostics
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static Export export(List<AiUsage> usages, ExportProfile profile, DatasetLookup datasets) {
    Check.notNull("usages", usages);
    Check.notNull("profile", profile);
    Check.notNull("datasets", datasets);
    ArrayNode records = Json.array();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (AiUsage usage : Check.list("usages", usages)) {
      View view = View.of(usage, profile);
      if (view == null) {
        diagnostics.add(new Diagnostic(0, "", "", "export.withheld", usage.id().value(), false));
        continue;
      }
      RecordOut out = new RecordOut(view, records.size() + 1, diagnostics);
      records.add(new AtrsWriter(out, datasets).write());
      Completeness.gaps(out, BuiltInCharters.completenessAtrs(), datasets);
    }
    return new Export(FORMAT, "application/json", Json.write(records), diagnostics);
  }
}
