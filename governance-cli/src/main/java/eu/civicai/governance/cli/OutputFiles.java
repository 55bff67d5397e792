package eu.civicai.governance.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one command writes, all or nothing: each is written to a temporary sibling, and {@link
 * #commit()} moves them into place once every one is whole (an atomic move where the file system
 * supports it). A failure before or during the commit leaves the previous files, or nothing: {@link
 * #close()} deletes what was not committed and puts back what a failed commit replaced. Not
 * thread-safe.
 */
final class OutputFiles implements AutoCloseable {
  private final Map<Path, Path> pending = new LinkedHashMap<>(); // target -> temporary sibling
  private final List<OutputStream> streams = new ArrayList<>();
  private final List<Path> createdDirectories = new ArrayList<>(); // deepest last
  private boolean committed;

  /** Opens a temporary sibling of {@code target}, creating the directory when needed. */
  OutputStream open(Path target) {
    try {
      Path absolute = target.toAbsolutePath();
      List<Path> missing = new ArrayList<>();
      for (Path d = absolute.getParent(); d != null && !Files.exists(d); d = d.getParent()) {
        missing.add(0, d);
      }
      Files.createDirectories(absolute.getParent());
      createdDirectories.addAll(missing);
      Path temporary =
          Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
      pending.put(absolute, temporary);
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
      streams.add(out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves every file into place. Before anything moves, every target is checked not to be a
   * directory; when a move fails, the files already moved are put back as they were.
   */
  void commit() {
    try {
      for (OutputStream out : streams) {
        out.close();
      }
      for (Path target : pending.keySet()) {
        if (Files.isDirectory(target)) {
          throw new UncheckedIOException(
              new FileSystemException(target.toString(), null, "is a directory"));
        }
      }
      Map<Path, Path> backups = new LinkedHashMap<>();
      List<Path> moved = new ArrayList<>();
      try {
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
          Path target = e.getKey();
          if (Files.exists(target)) {
            Path backup =
                Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".old");
            move(target, backup);
            backups.put(target, backup);
          }
          move(e.getValue(), target);
          moved.add(target);
        }
      } catch (IOException | RuntimeException failed) {
        for (Path target : moved) {
          Files.deleteIfExists(target);
        }
        for (Map.Entry<Path, Path> b : backups.entrySet()) {
          move(b.getValue(), b.getKey());
        }
        throw failed;
      }
      committed = true;
      for (Path backup : backups.values()) {
        Files.deleteIfExists(backup);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the temporary files that were not committed. */
  @Override
  public void close() {
    for (OutputStream out : streams) {
      try {
        out.close();
      } catch (IOException ignored) {
        // The file is deleted below: what it holds no longer matters.
      }
    }
    if (!committed) {
      for (Path temporary : pending.values()) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // A leftover temporary sibling is hidden (dot name) and never taken for the output.
        }
      }
      for (int i = createdDirectories.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(createdDirectories.get(i)); // only when empty: nothing else is lost
        } catch (IOException ignored) {
          // Not empty: something else was put there meanwhile, and it stays.
        }
      }
    }
  }
}
