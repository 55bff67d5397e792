package eu.civicai.governance.cli;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonReadException;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

  /** The evaluation clock: fixed at {@code --at}, or the system clock, in Paris time. */
  static Clock clock(Instant at) {
    return at == null ? Clock.system(ZONE) : Clock.fixed(at, ZONE);
  }

  /** Reads any document. */
  static GovernanceJson.Document<?> document(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.readAny(in);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a usage or a register into a register; the register's clock is the evaluation clock. */
  static Register register(Path file, Clock clock) {
    GovernanceJson.Document<?> document = document(file);
    Register register = Register.inMemory(clock);
    if (document.content() instanceof AiUsage usage) {
      register.add(usage);
    } else if (document.content() instanceof RegisterDocument content) {
      content.addTo(register);
    } else {
      throw new JsonReadException(
          "/type", "json.documentType", eu.civicai.governance.json.DocumentType.REGISTER.name());
    }
    return register;
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
        try (InputStream in = Files.newInputStream(Path.of(value))) {
          charters.add(JSON.read(DocumentType.CHARTER, in));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
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
    throw new JsonReadException("/type", "json.documentType", DocumentType.WAIVERS.name());
  }
}
