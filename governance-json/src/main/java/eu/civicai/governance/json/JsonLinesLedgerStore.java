package eu.civicai.governance.json;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.spi.LedgerStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An append-only ledger file in JSON Lines: a header line, then one compact JSON entry per line.
 *
 * <p>Durability is chosen when opening: {@link Durability#SYNC_EACH_APPEND} forces every entry to
 * the disk before {@link #append} returns; {@link Durability#batched(int)} forces every {@code n}
 * entries and on {@link #close()}, trading the last few entries of a crash for speed.
 *
 * <p>A crash can leave a torn last line. Opening detects it and reports it ({@link #tornTail()});
 * it is never dropped silently: reading the entries fails at that line, so verification reports the
 * ledger as not intact, and appends are refused until {@link #setTornTailAside()} moves the torn
 * bytes to a side file.
 *
 * <p>Thread-safe. Reading ({@link #entries()}) reads the file lazily, in flat memory.
 */
public final class JsonLinesLedgerStore implements LedgerStore {

  /** When appended entries reach the disk. */
  public record Durability(int batch) {
    /** Every append is forced to the disk before it returns. */
    public static final Durability SYNC_EACH_APPEND = new Durability(1);

    /** Checks the batch size. */
    public Durability {
      if (batch < 1) {
        throw new InvalidInputException("batch", "positive", batch);
      }
    }

    /** Forces every {@code n} appends, and on close. */
    public static Durability batched(int n) {
      return new Durability(n);
    }
  }

  /**
   * A torn last line found on opening.
   *
   * @param line its line number in the file (the header is line 1)
   * @param bytes how many bytes it holds
   */
  public record TornTail(long line, long bytes) {}

  private final Path file;
  private final GovernanceJson json;
  private final Durability durability;
  private final FileChannel channel;
  private long size;
  private long validBytes;
  private TornTail torn;
  private int unforced;

  private JsonLinesLedgerStore(Path file, GovernanceJson json, Durability durability)
      throws IOException {
    this.file = file;
    this.json = json;
    this.durability = durability;
    boolean fresh = !Files.exists(file) || Files.size(file) == 0;
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    if (fresh) {
      byte[] header = (json.ledgerHeader() + "\n").getBytes(StandardCharsets.UTF_8);
      channel.write(ByteBuffer.wrap(header), 0);
      channel.force(true);
      validBytes = header.length;
    } else {
      scan();
    }
  }

  /**
   * Opens (or creates) a ledger file.
   *
   * @param file the file
   * @param durability when appends reach the disk
   * @param json the JSON reader and writer
   * @return the store
   * @throws JsonReadException when the file is not a ledger (its header)
   */
  public static JsonLinesLedgerStore open(Path file, Durability durability, GovernanceJson json) {
    Check.notNull("file", file);
    Check.notNull("durability", durability);
    Check.notNull("json", json);
    try {
      return new JsonLinesLedgerStore(file, json, durability);
    } catch (IOException e) {
      throw new JsonReadException(e, "", "json.io", Messages.raw(e.getClass().getSimpleName()));
    }
  }

  /** Returns the torn last line found on opening, if any (null when the file was whole). */
  public synchronized TornTail tornTail() {
    return torn;
  }

  /**
   * Moves a torn last line to a side file ({@code <file>.torn}) and truncates the ledger after its
   * last whole entry, so that appends can resume. The torn bytes are kept, not deleted.
   *
   * @return the side file, or null when nothing was torn
   */
  public synchronized Path setTornTailAside() {
    if (torn == null) {
      return null;
    }
    try {
      Path side = file.resolveSibling(file.getFileName() + ".torn");
      ByteBuffer tail = ByteBuffer.allocate((int) torn.bytes());
      channel.read(tail, validBytes);
      Files.write(side, tail.array(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      channel.truncate(validBytes);
      channel.force(true);
      torn = null;
      return side;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void append(LedgerEntry entry) {
    Check.notNull("entry", entry);
    if (torn != null) {
      throw new ConflictException("file", "ledger.tornTail", Messages.raw(torn.line()));
    }
    byte[] line = (json.writeLedgerEntry(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      long at = validBytes;
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer, at + buffer.position());
      }
      if (++unforced >= durability.batch()) {
        channel.force(false);
        unforced = 0;
      }
      validBytes += line.length;
      size++;
    } catch (IOException e) {
      try {
        channel.truncate(validBytes); // nothing of a failed entry stays
      } catch (IOException ignored) {
        // The next open will report the torn line.
      }
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized long size() {
    return size;
  }

  @Override
  public Stream<LedgerEntry> entries() {
    long count;
    boolean withTorn;
    synchronized (this) {
      count = size;
      withTorn = torn != null;
    }
    try {
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
      reader.readLine(); // header, checked on opening
      long limit = withTorn ? count + 1 : count;
      Iterator<LedgerEntry> it =
          new Iterator<>() {
            long read;

            @Override
            public boolean hasNext() {
              return read < limit;
            }

            @Override
            public LedgerEntry next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              read++;
              try {
                String line = reader.readLine();
                return json.readLedgerEntry(line == null ? "" : line, read + 1);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          };
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
          .onClose(
              () -> {
                try {
                  reader.close();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forces what was appended to the disk and closes the file. */
  @Override
  public synchronized void close() {
    try {
      if (channel.isOpen()) {
        channel.force(false);
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a checkpoint file. */
  public static void writeCheckpoint(Path file, Checkpoint checkpoint, GovernanceJson json) {
    Check.notNull("file", file);
    try {
      Files.writeString(
          file, json.write(DocumentType.CHECKPOINT, Check.notNull("checkpoint", checkpoint)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a checkpoint file. */
  public static Checkpoint readCheckpoint(Path file, GovernanceJson json) {
    Check.notNull("file", file);
    try (InputStream in = Files.newInputStream(file)) {
      return json.read(DocumentType.CHECKPOINT, in);
    } catch (IOException e) {
      throw new JsonReadException(e, "", "json.io", Messages.raw(e.getClass().getSimpleName()));
    }
  }

  /** Counts whole entries and finds a torn last line, reading the file once in flat memory. */
  private void scan() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      long offset = 0;
      long lineNumber = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lineNumber++;
            String text = line.toString(StandardCharsets.UTF_8);
            if (lineNumber == 1) {
              json.readLedgerHeader(text);
            } else {
              size++; // parsed when read: a corrupt line is reported by verification, not here
            }
            offset += line.size() + 1;
            line.reset();
          } else {
            line.write(buffer[i]);
          }
        }
      }
      validBytes = offset;
      if (line.size() > 0) {
        // No final line break: the last append did not finish.
        torn = new TornTail(lineNumber + 1, line.size());
      }
    }
  }
}
