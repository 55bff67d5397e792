package eu.civicai.governance.exchange.nlregister;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.Exporter;
import eu.civicai.governance.exchange.ImportResult;
import eu.civicai.governance.exchange.internal.Completeness;
import eu.civicai.governance.exchange.internal.Json;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Dutch algorithm register (Algoritmeregister), publication standard 1.0: a JSON array of
 * records whose fields, required flags, lengths and permitted values follow the standard's field
 * configuration (MinBZK/Algoritmeregister, {@code backend/app/schemas/config/v1_0.json}).
 *
 * <p>Export writes one record per usage, in the profile's view ({@link ExportProfile}), fields in
 * the configuration's order. Texts keep the record's language and {@code lang} states it (ISO
 * 639-3); the register accepts {@code nld} only for now, so a record in another language gets an
 * {@code export.language} diagnostic: it must be translated before submission. A required field the
 * record does not fill is left out with {@code export.missing}; a text over the field's length is
 * cut with {@code export.cut}; long texts are escaped for the register's limited HTML. The
 * completeness charter {@code civicai.completeness.algoritmeregister} adds what the record lacks
 * ({@code export.incomplete}). See {@code docs/formats.md} for the mapping.
 *
 * <p>Import reads such a document (an array of records, or one record) back into usages; what has
 * no field in the usage model is kept in its source values and written back by a later export.
 * Stateless and thread-safe.
 */
public final class AlgoritmeRegister {
  /** The format's name on the command line. */
  public static final String FORMAT = "nl-register";

  private static final int MAX_BYTES = 50 * 1024 * 1024;

  private static final ObjectMapper READER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static {
    READER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1_000_000).build());
  }

  private AlgoritmeRegister() {}

  /** Returns this format's exporter. */
  public static Exporter exporter() {
    return AlgoritmeRegister::export;
  }

  /**
   * Exports usages as register records.
   *
   * @param usages the usages
   * @param profile which parts to write
   * @param datasets where the usages' datasets are found (names and legal bases)
   * @return the JSON document (an array of records) and its diagnostics
   * @throws InvalidInputException when an argument is null
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
      records.add(new NlWriter(out, datasets).write());
      Completeness.gaps(out, BuiltInCharters.completenessAlgoritmeregister(), datasets);
    }
    return new Export(FORMAT, "application/json", Json.write(records), diagnostics);
  }

  /**
   * Imports a register document: a JSON array of records, or one record.
   *
   * @param in the document's bytes, UTF-8 (not closed)
   * @return the usages and the diagnostics, by record number (from 1)
   * @throws InvalidInputException {@code exchange.unreadable} when the bytes are not JSON, {@code
   *     exchange.shape} when the document is not an array of objects
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static ImportResult importJson(InputStream in) {
    Check.notNull("in", in);
    JsonNode root;
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InvalidInputException(
            "", "exchange.unreadable", Messages.raw("JSON"), Messages.raw("larger than 50 MB"));
      }
      root = READER.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new InvalidInputException(
          "",
          "exchange.unreadable",
          Messages.raw("JSON"),
          Messages.raw(e.getClass().getSimpleName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JsonNode> records = new ArrayList<>();
    if (root != null && root.isObject()) {
      records.add(root);
    } else if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        if (!root.get(i).isObject()) {
          throw new InvalidInputException("/" + i, "exchange.shape", Messages.raw("an object"));
        }
        records.add(root.get(i));
      }
    } else {
      throw new InvalidInputException(
          "", "exchange.shape", Messages.raw("an array of records or one record"));
    }
    List<AiUsage> usages = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      AiUsage u = new NlReader(i + 1, records.get(i), diagnostics).read();
      if (u == null) {
        continue;
      }
      if (!ids.add(u.id().value())) {
        diagnostics.add(
            new Diagnostic(i + 1, "source_id", u.id().value(), "row.duplicate", "", false));
        continue;
      }
      usages.add(u);
    }
    return new ImportResult(usages, diagnostics);
  }
}
