package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonReadException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reading the command line's input files. */
final class Inputs {
  static final GovernanceJson JSON =
      GovernanceJson.create(
          eu.civicai.governance.json.JsonLimits.DEFAULTS.withMaxDocumentLength(-1));
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private Inputs() {}

  /** The reader and writer of a file's documents, chosen by its name (JSON for now). */
  static GovernanceJson syntax(Path file) {
    return JSON;
  }

  /** The evaluation clock: fixed at {@code --at}, or the system clock, in Paris time. */
  static Clock clock(Instant at) {
    return at == null ? Clock.system(ZONE) : Clock.fixed(at, ZONE);
  }

  /**
   * Opens an input file after checking, in plain words naming it, that it exists and is a regular
   * readable file.
   *
   * @throws FileError when it is missing, a directory or unreadable
   */
  static InputStream open(Path file) {
    if (Files.isDirectory(file)) {
      throw FileError.directory(file);
    }
    if (!Files.exists(file)) {
      throw FileError.notFound(file);
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw FileError.of(e, file);
    }
  }

  /**
   * Opens a file that must hold JSON: a file whose first line reads like CSV (no brace, commas or
   * semicolons between cells) is refused before the JSON reader would call it ill-formed.
   */
  static InputStream openJson(Path file) {
    BufferedInputStream in = new BufferedInputStream(open(file), PEEK);
    try {
      in.mark(PEEK);
      byte[] head = in.readNBytes(PEEK);
      in.reset();
      if (looksLikeCsv(head)) {
        in.close();
        throw FileError.csv(file);
      }
      return in;
    } catch (IOException e) {
      throw FileError.of(e, file);
    }
  }

  private static final int PEEK = 4096;

  static boolean looksLikeCsv(byte[] head) {
    String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).stripLeading();
    }
    if (text.isEmpty() || text.charAt(0) == '{' || text.charAt(0) == '[') {
      return false;
    }
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.indexOf(',') > 0 || line.indexOf(';') > 0 || line.indexOf('\t') > 0;
  }

  /** Reads a document of a given type; errors name the file. */
  static <T> T read(Path file, DocumentType<T> type) {
    try (InputStream in = openJson(file)) {
      return JSON.read(type, in);
    } catch (GovernanceException e) {
      throw e instanceof FileError ? e : FileError.in(file, e);
    } catch (IOException e) {
      throw FileError.of(e, file);
    }
  }

  /** Reads any document; errors name the file. */
  static GovernanceJson.Document<?> document(Path file) {
    try (InputStream in = openJson(file)) {
      return JSON.readAny(in);
    } catch (GovernanceException e) {
      throw e instanceof FileError ? e : FileError.in(file, e);
    } catch (IOException e) {
      throw FileError.of(e, file);
    }
  }

  /**
   * The usages of a register document or of a single usage document: what an export writes.
   *
   * @throws FileError naming the file when it holds another type of document
   */
  static List<eu.civicai.governance.usage.AiUsage> usages(Path file) {
    GovernanceJson.Document<?> document = document(file);
    if (document.content() instanceof eu.civicai.governance.usage.AiUsage usage) {
      return List.of(usage);
    }
    if (document.content() instanceof eu.civicai.governance.json.RegisterDocument register) {
      return register.usages();
    }
    throw FileError.in(
        file,
        new JsonReadException(
            "/type",
            "json.documentType",
            DocumentType.REGISTER.name() + " | " + DocumentType.USAGE.name()));
  }

  /** Resolves {@code --charter} values: built-in ids, or charter files. */
  static List<Charter> charters(List<String> values) {
    if (values == null || values.isEmpty()) {
      return BuiltInCharters.all();
    }
    List<Charter> charters = new ArrayList<>();
    for (String value : values) {
      var builtIn = BuiltInCharters.find(value);
      if (builtIn.isPresent()) {
        charters.add(builtIn.get());
      } else {
        charters.add(read(Path.of(value), DocumentType.CHARTER));
      }
    }
    return charters;
  }

  /** Reads a waivers document, or a single waiver. */
  static List<Waiver> waivers(Path file) {
    if (file == null) {
      return List.of();
    }
    GovernanceJson.Document<?> document = document(file);
    if (document.content() instanceof Waiver waiver) {
      return List.of(waiver);
    }
    if (document.content() instanceof eu.civicai.governance.json.WaiverList list) {
      return list.waivers();
    }
    throw FileError.in(
        file, new JsonReadException("/type", "json.documentType", DocumentType.WAIVERS.name()));
  }
}
