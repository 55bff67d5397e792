package eu.civicai.governance.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files one command writes, all or nothing: each is written to a temporary sibling, and {@link
 * #commit()} moves them into place once every one is whole (an atomic move where the file system
 * supports it). A failure before or during the commit leaves the previous files, or nothing: {@link
 * #close()} deletes what was not committed and puts back what a failed commit replaced.
 *
 * <p>A file opened with {@link #create} is a new file: an existing one is refused with {@link
 * FileError#exists} (exit code 3), when opened and again, atomically, when it is moved into place;
 * a file opened with {@link #open} replaces the previous one (the report's own files). Files get
 * the permissions of any new file in their directory (the umask's, as {@link Files#newOutputStream}
 * gives them), not the owner-only ones of {@link Files#createTempFile}: they are meant for sharing.
 * Not thread-safe.
 */
final class OutputFiles implements AutoCloseable {
  private final Map<Path, Path> pending = new LinkedHashMap<>(); // target -> temporary sibling
  private final Map<Path, Path> newFiles = new HashMap<>(); // target -> as given, for messages
  private final List<OutputStream> streams = new ArrayList<>();
  private final List<Path> createdDirectories = new ArrayList<>(); // deepest last
  private boolean committed;

  /**
   * Refuses {@code target} when it exists (or is a directory), before a command does its work.
   *
   * @throws FileError naming the file as given
   */
  static void refuseExisting(Path target) {
    if (Files.isDirectory(target)) {
      throw FileError.directory(target);
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw FileError.exists(target);
    }
  }

  /**
   * Opens a temporary sibling of {@code target}, a file that must not exist yet: refused now when
   * it does, and again when it is moved into place.
   */
  OutputStream create(Path target) {
    refuseExisting(target);
    OutputStream out = open(target);
    newFiles.put(target.toAbsolutePath(), target);
    return out;
  }

  /**
   * Opens a temporary sibling of {@code target}, which replaces the previous file on commit;
   * creates the directory when needed.
   */
  OutputStream open(Path target) {
    try {
      Path absolute = target.toAbsolutePath();
      List<Path> missing = new ArrayList<>();
      for (Path d = absolute.getParent(); d != null && !Files.exists(d); d = d.getParent()) {
        missing.add(0, d);
      }
      Files.createDirectories(absolute.getParent());
      createdDirectories.addAll(missing);
      Path[] temporary = new Path[1];
      OutputStream file = newSibling(absolute, ".tmp", temporary);
      pending.put(absolute, temporary[0]);
      OutputStream out = new BufferedOutputStream(file, 1 << 16);
      streams.add(out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates a new hidden sibling of {@code target} with the permissions of any new file there
   * (CREATE_NEW, no attributes: the umask decides), its path in {@code created[0]}.
   */
  private static OutputStream newSibling(Path target, String suffix, Path[] created)
      throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          target.resolveSibling(
              "."
                  + target.getFileName()
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + suffix);
      try {
        OutputStream out =
            Files.newOutputStream(
                candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        created[0] = candidate;
        return out;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
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
          Path given = newFiles.get(target);
          if (given != null) {
            createNew(e.getValue(), target, given);
            moved.add(target);
            continue;
          }
          if (Files.exists(target)) {
            Path[] backup = new Path[1];
            newSibling(target, ".old", backup).close();
            move(target, backup[0]);
            backups.put(target, backup[0]);
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

  /**
   * Puts {@code temporary} in place as {@code target}, which must not exist: a hard link fails
   * atomically when it does (where links are not supported, a move that checks first).
   */
  private static void createNew(Path temporary, Path target, Path given) throws IOException {
    try {
      try {
        Files.createLink(target, temporary);
        Files.delete(temporary);
      } catch (FileAlreadyExistsException e) {
        throw e;
      } catch (UnsupportedOperationException | FileSystemException e) {
        Files.move(temporary, target); // no REPLACE_EXISTING: refuses an existing target
      }
    } catch (FileAlreadyExistsException e) {
      throw FileError.exists(given);
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
