package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.JsonReadException;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A usage or register file read for evaluation, as written: its usages are handed over exactly as
 * they stand in the file (revision, creation and update instants, every field), in the file's
 * order, never re-added to a {@link Register} (which would make each one revision 1, updated at the
 * evaluation instant). Only the datasets go into a register, where evaluations and ledgers look
 * them up.
 *
 * <p>A register file is read twice, in streaming mode: once to check the whole file and collect the
 * datasets (so that a bad usage at the end fails the command before any output is written), once to
 * hand the usages over one at a time. Memory stays flat in the number of usages.
 */
final class RegisterInput implements UsageSource {
  private final Path file;
  private final AiUsage single; // a usage document; null for a register
  private final Register datasets;
  private final List<Strategy> strategies;
  private final long count;

  private RegisterInput(
      Path file, AiUsage single, Register datasets, List<Strategy> strategies, long count) {
    this.file = file;
    this.single = single;
    this.datasets = datasets;
    this.strategies = List.copyOf(strategies);
    this.count = count;
  }

  /**
   * Reads a usage or a register document and checks it whole.
   *
   * @param file the file
   * @param clock the clock of the register that holds the datasets
   * @return the input, whose usages {@link #forEachUsage} hands over
   */
  static RegisterInput read(Path file, Clock clock) {
    Register register = Register.inMemory(clock);
    List<Dataset> datasets = new ArrayList<>();
    List<Strategy> strategies = new ArrayList<>();
    Set<UsageId> seen = new HashSet<>();
    long[] count = {0};
    try (InputStream in = open(file)) {
      Inputs.syntax(file)
          .readRegister(
              in,
              usage -> {
                if (!seen.add(usage.id())) {
                  throw new JsonReadException(
                      "/content/usages/" + count[0] + "/id", "register.duplicate");
                }
                count[0]++;
              },
              revision -> {},
              datasets::add,
              strategies::add);
    } catch (JsonReadException e) {
      if (!"/type".equals(e.pointer()) || !"json.documentType".equals(e.rule())) {
        throw FileError.in(file, e);
      }
      // Not a register: a usage document (small), or another type, refused as before.
      if (Inputs.document(file).content() instanceof AiUsage usage) {
        return new RegisterInput(file, usage, register, List.of(), 1);
      }
      throw FileError.in(
          file, new JsonReadException("/type", "json.documentType", DocumentType.REGISTER.name()));
    } catch (GovernanceException e) {
      throw e instanceof FileError ? e : FileError.in(file, e);
    } catch (IOException e) {
      throw FileError.of(e, file);
    }
    // Sources before what derives from them, whatever the file's order.
    new RegisterDocument(List.of(), datasets).addTo(register);
    return new RegisterInput(file, null, register, strategies, count[0]);
  }

  /** Returns the register holding the file's datasets (and no usage). */
  @Override
  public Register datasets() {
    return datasets;
  }

  /** Returns the strategies the register document carries; empty for a usage document. */
  @Override
  public List<Strategy> strategies() {
    return strategies;
  }

  /** Returns how many usages the file holds. */
  @Override
  public long count() {
    return count;
  }

  /** Hands every usage over, as written, in the file's order. */
  @Override
  public void forEachUsage(Consumer<AiUsage> action) {
    if (single != null) {
      action.accept(single);
      return;
    }
    try (InputStream in = open(file)) {
      Inputs.syntax(file).readRegister(in, action, dataset -> {});
    } catch (IOException e) {
      throw FileError.of(e, file);
    }
  }

  /** Opens the file as {@link Inputs#openJson} does: a missing file, a folder or CSV is named. */
  private static InputStream open(Path file) {
    return new BufferedInputStream(Inputs.openJson(file), 1 << 16);
  }
}
