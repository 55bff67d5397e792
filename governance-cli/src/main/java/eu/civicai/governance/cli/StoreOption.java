package eu.civicai.governance.cli;

import picocli.CommandLine.Option;

/**
 * The options of a read command that reads from a store instead of files: {@code --store} and
 * {@code --tenant}, named as in {@code store import} and {@code store export}.
 */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "FILE_OR_URL",
      description =
          "Read from this store (a SQLite file or a jdbc:postgresql:// URL) instead of files;"
              + " never written.")
  String store;

  @Option(
      names = "--tenant",
      paramLabel = "SIREN",
      description = "The tenant whose usages are read (with --store).")
  String tenant;

  /** Whether the command reads from a store. */
  boolean given() {
    return store != null;
  }
}
