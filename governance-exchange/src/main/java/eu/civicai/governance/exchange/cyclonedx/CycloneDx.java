package eu.civicai.governance.exchange.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.civicai.governance.Library;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.Exporter;
import eu.civicai.governance.exchange.internal.Json;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.parsers.JsonParser;

/**
 * CycloneDX 1.6 (JSON): one bill of materials for the usages exported, written through the
 * reference library cyclonedx-core-java. Each usage is an {@code application} component (bom-ref
 * {@code usage:<id>}) supplied by its authority, holding its models as {@code
 * machine-learning-model} components, each with a {@code modelCard} (model parameters with the
 * datasets that trained, validated or evaluated it, considerations: users, use cases, technical
 * limitations, ethical considerations, fairness assessments, environmental considerations with the
 * energy of training and inference), and its datasets as {@code data} components. What CycloneDX
 * has no field for (the purpose, the stage, the AI Act tier, the oversight, hosting…) is written as
 * {@code civicai:*} properties; what the record lacks for a model card is reported with {@code
 * export.expected} (CycloneDX requires none of it), what has no place with {@code
 * export.unsupported} or {@code export.unmapped}.
 *
 * <p>Deterministic bytes: the serial number is a name-based UUID (version 3) of the SHA-256 of the
 * document written without it, and the metadata timestamp is the latest {@code metadata.updatedAt}
 * of the usages written (none when no usage says), or the instant of the caller's clock; neither
 * the machine's time nor a random number is ever read. The standard has no language field: each
 * application component states its texts' language in the property {@code civicai:language}.
 * Stateless and thread-safe.
 */
public final class CycloneDx {
  /** The format's name on the command line. */
  public static final String FORMAT = "cyclonedx";

  /** The media type of the document. */
  public static final String MEDIA_TYPE = "application/vnd.cyclonedx+json";

  /** The specification version written. */
  public static final String SPEC_VERSION = "1.6";

  private CycloneDx() {}

  /** Returns this format's exporter (timestamp from the records). */
  public static Exporter exporter() {
    return CycloneDx::export;
  }

  /**
   * Exports usages as a CycloneDX 1.6 document whose timestamp is the latest {@code
   * metadata.updatedAt} of the usages written (no timestamp when none says).
   *
   * @param usages the usages
   * @param profile which parts to write
   * @param datasets where the usages' datasets are found (the data components)
   * @return the JSON document and its diagnostics
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static Export export(List<AiUsage> usages, ExportProfile profile, DatasetLookup datasets) {
    return write(usages, profile, datasets, null);
  }

  /**
   * Exports usages as a CycloneDX 1.6 document whose timestamp is the clock's instant (to the
   * second).
   *
   * @param usages the usages
   * @param profile which parts to write
   * @param datasets where the usages' datasets are found
   * @param clock the instant written as the document's timestamp
   * @return the JSON document and its diagnostics
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static Export export(
      List<AiUsage> usages, ExportProfile profile, DatasetLookup datasets, Clock clock) {
    Check.notNull("clock", clock);
    return write(usages, profile, datasets, clock.instant());
  }

  private static Export write(
      List<AiUsage> usages, ExportProfile profile, DatasetLookup datasets, Instant at) {
    Check.notNull("usages", usages);
    Check.notNull("profile", profile);
    Check.notNull("datasets", datasets);
    List<AiUsage> list = Check.list("usages", usages);
    Export first = build(list, profile, datasets, at, Set.of());
    // An address Hibernate's @Email accepts may still fail the schema's idn-email format (a
    // top-level domain it does not know): such addresses are written as properties instead.
    Set<String> refused = refusedEmails(first.text());
    return refused.isEmpty() ? first : build(list, profile, datasets, at, refused);
  }

  private static Export build(
      List<AiUsage> usages,
      ExportProfile profile,
      DatasetLookup datasets,
      Instant at,
      Set<String> refusedEmails) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Component> components = new ArrayList<>();
    List<String> authorities = new ArrayList<>();
    Instant latest = null;
    for (AiUsage usage : usages) {
      View view = View.of(usage, profile);
      if (view == null) {
        diagnostics.add(new Diagnostic(0, "", "", "export.withheld", usage.id().value(), false));
        continue;
      }
      RecordOut out = new RecordOut(view, components.size() + 1, diagnostics);
      components.add(new ComponentWriter(out, datasets, refusedEmails).write());
      authorities.add(view.usage().authority().name());
      Instant updated = view.usage().metadata().updatedAt();
      if (updated != null && (latest == null || updated.isAfter(latest))) {
        latest = updated;
      }
    }
    Bom bom = new Bom();
    bom.setVersion(1);
    Metadata metadata = new Metadata();
    ToolInformation tools = new ToolInformation();
    Component tool = new Component();
    tool.setType(Component.Type.LIBRARY);
    tool.setGroup("eu.civicai");
    tool.setName("civicai-governance");
    tool.setVersion(Library.version());
    tools.setComponents(List.of(tool));
    metadata.setToolChoice(tools);
    if (!authorities.isEmpty() && authorities.stream().distinct().count() == 1) {
      OrganizationalEntity supplier = new OrganizationalEntity();
      supplier.setName(authorities.get(0));
      metadata.setSupplier(supplier);
    }
    metadata.setProperties(
        List.of(new Property("civicai:profile", profile.name().toLowerCase(Locale.ROOT))));
    bom.setMetadata(metadata);
    bom.setComponents(components);
    ObjectNode root =
        (ObjectNode) BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonNode();
    prune(root);
    // The library stamps the machine's current time, in the default locale's digits: replaced.
    Instant timestamp = at != null ? at : latest;
    stamp(
        root,
        timestamp == null
            ? null
            : DateTimeFormatter.ISO_INSTANT.format(timestamp.truncatedTo(ChronoUnit.SECONDS)));
    String unsigned = Json.write(root);
    root = withSerialNumber(root, serialNumber(unsigned));
    return new Export(FORMAT, MEDIA_TYPE, Json.write(root), diagnostics);
  }

  private static final Pattern EMAIL_ERROR =
      Pattern.compile(
          "^\\$\\.components\\[(\\d+)]\\.supplier\\.contact\\[(\\d+)]\\.email\\b.*",
          Pattern.DOTALL);

  /** The e-mail addresses the schema refuses, as "component:contact" (both from 0). */
  private static Set<String> refusedEmails(String document) {
    Set<String> refused = new HashSet<>();
    try {
      for (ParseException e :
          new JsonParser()
              .validate(document.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)) {
        Matcher m = EMAIL_ERROR.matcher(String.valueOf(e.getMessage()));
        if (m.matches()) {
          refused.add(m.group(1) + ":" + m.group(2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a document in memory always reads
    }
    return refused;
  }

  /** Removes the null fields the library writes (a null is never valid where it writes one). */
  private static void prune(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> nulls = new ArrayList<>();
      o.fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isNull()) {
                  nulls.add(e.getKey());
                } else {
                  prune(e.getValue());
                }
              });
      o.remove(nulls);
    } else if (node != null && node.isArray()) {
      node.forEach(CycloneDx::prune);
    }
  }

  /** Puts the timestamp first in the metadata, where the specification lists it; null: none. */
  private static void stamp(ObjectNode root, String timestamp) {
    ObjectNode old = (ObjectNode) root.get("metadata");
    ObjectNode metadata = Json.object();
    if (timestamp != null) {
      metadata.put("timestamp", timestamp);
    }
    old.fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("timestamp")) {
                metadata.set(e.getKey(), e.getValue());
              }
            });
    root.set("metadata", metadata);
  }

  /** The document with its serial number after {@code specVersion}, as the library writes it. */
  private static ObjectNode withSerialNumber(ObjectNode root, String serial) {
    ObjectNode out = Json.object();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("serialNumber")) {
        continue;
      }
      out.set(e.getKey(), e.getValue());
      if (e.getKey().equals("specVersion")) {
        out.put("serialNumber", serial);
      }
    }
    return out;
  }

  /**
   * A name-based UUID of the content: the same document gives the same serial number, another one
   * another number, and no restricted text enters it (the hash is of the document as written).
   */
  static String serialNumber(String content) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      String name = "civicai-governance:cyclonedx:sha256:" + HexFormat.of().formatHex(hash);
      return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(Objects.requireNonNull(e.getMessage()), e);
    }
  }
}
