package eu.civicai.governance.json;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.spi.LedgerStore;
import java.io.IOException;
import java.io.InputStream;
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
import org.jspecify.annotations.Nullable;

/**
 * An append-only ledger file in JSON Lines: a header line, then one compact JSON entry per line.
 *
 * <p>Lines end with a line feed ({@code \n}) alone. A line holding a carriage return ({@code \r})
 * anywhere, a line longer than the per-line limit, a line that is not UTF-8 and a last line without
 * its line feed cannot be read: the stream of {@link #entries()} throws a {@link JsonReadException}
 * at that line, saying why, so that verification reports the entry as {@code UNREADABLE} with that
 * reason, and {@link eu.civicai.governance.data.Ledger#open} refuses to replay it. The per-line
 * limit is {@value #DEFAULT_MAX_LINE_BYTES} bytes by default (an entry the library writes is a few
 * hundred bytes, at most about 100 KB with every text at its longest); choose another with {@link
 * #open(Path, Durability, GovernanceJson, int)}. A longer line is skipped without being kept, in
 * constant memory, however long it is. {@link #append} refuses an entry whose line would be longer
 * than the limit, so that every line written can be read back.
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
 * <p>{@link #openReadOnly} opens an existing ledger for reading only: it never creates, writes or
 * changes the file, and refuses appends.
 *
 * <p>Thread-safe. Reading ({@link #entries()}) reads the file lazily, in flat memory.
 */
public final class JsonLinesLedgerStore implements LedgerStore {

  /** The default per-line limit, in bytes without the line feed: {@value} (1 MiB). */
  public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

  /** The shortest per-line limit accepted: a header line must fit. */
  private static final int MIN_MAX_LINE_BYTES = 256;

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
  private final int maxLineBytes;
  private final FileChannel channel; // null when read-only
  private long size;
  private long validBytes;
  private TornTail torn;
  private int unforced;

  private JsonLinesLedgerStore(
      Path file, GovernanceJson json, Durability durability, int maxLineBytes, boolean readOnly)
      throws IOException {
    this.file = file;
    this.json = json;
    this.durability = durability;
    this.maxLineBytes = maxLineBytes;
    if (readOnly) {
      this.channel = null;
      if (!Files.exists(file)) {
        throw new JsonReadException("", "json.ledger.missing");
      }
      if (Files.size(file) == 0) {
        throw new JsonReadException("", "json.ledger.empty");
      }
      scan();
      return;
    }
    boolean fresh = !Files.exists(file) || Files.size(file) == 0;
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    try {
      if (fresh) {
        byte[] header = (json.ledgerHeader() + "\n").getBytes(StandardCharsets.UTF_8);
        channel.write(ByteBuffer.wrap(header), 0);
        channel.force(true);
        validBytes = header.length;
      } else {
        scan();
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Opens (or creates) a ledger file, with the default per-line limit.
   *
   * @param file the file
   * @param durability when appends reach the disk
   * @param json the JSON reader and writer
   * @return the store
   * @throws JsonReadException when the file is not a ledger (its header) or cannot be read
   */
  public static JsonLinesLedgerStore open(Path file, Durability durability, GovernanceJson json) {
    return open(file, durability, json, DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * Opens (or creates) a ledger file with a per-line limit.
   *
   * @param file the file
   * @param durability when appends reach the disk
   * @param json the JSON reader and writer
   * @param maxLineBytes the longest line read or written, in bytes without the line feed; at least
   *     256
   * @return the store
   * @throws InvalidInputException when an argument is null or the limit is below 256
   * @throws JsonReadException when the file is not a ledger (its header) or cannot be read
   */
  public static JsonLinesLedgerStore open(
      Path file, Durability durability, GovernanceJson json, int maxLineBytes) {
    Check.notNull("durability", durability);
    return open(file, json, durability, maxLineBytes, false);
  }

  /**
   * Opens an existing ledger file for reading only, with the default per-line limit: the file is
   * never created, written or changed, and {@link #append} is refused.
   *
   * @param file the file
   * @param json the JSON reader
   * @return the store
   * @throws JsonReadException {@code json.ledger.missing} when the file does not exist, {@code
   *     json.ledger.empty} when it is empty (not even a header), or when it is not a ledger
   */
  public static JsonLinesLedgerStore openReadOnly(Path file, GovernanceJson json) {
    return openReadOnly(file, json, DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * Opens an existing ledger file for reading only, with a per-line limit; see {@link
   * #openReadOnly(Path, GovernanceJson)}.
   *
   * @param file the file
   * @param json the JSON reader
   * @param maxLineBytes the longest line read, in bytes without the line feed; at least 256
   * @return the store
   */
  public static JsonLinesLedgerStore openReadOnly(
      Path file, GovernanceJson json, int maxLineBytes) {
    return open(file, json, Durability.SYNC_EACH_APPEND, maxLineBytes, true);
  }

  private static JsonLinesLedgerStore open(
      Path file, GovernanceJson json, Durability durability, int maxLineBytes, boolean readOnly) {
    Check.notNull("file", file);
    Check.notNull("json", json);
    if (maxLineBytes < MIN_MAX_LINE_BYTES) {
      throw new InvalidInputException(
          "maxLineBytes", "ledger.maxLineBytes", Messages.raw(MIN_MAX_LINE_BYTES), maxLineBytes);
    }
    try {
      return new JsonLinesLedgerStore(file, json, durability, maxLineBytes, readOnly);
    } catch (IOException e) {
      throw new JsonReadException(e, "", "json.io", Messages.raw(e.getClass().getSimpleName()));
    }
  }

  /** Returns the per-line limit in force, in bytes without the line feed. */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** Whether the store was opened with {@link #openReadOnly}. */
  public boolean isReadOnly() {
    return channel == null;
  }

  /** Returns the torn last line found on opening, if any (null when the file was whole). */
  public synchronized @Nullable TornTail tornTail() {
    return torn;
  }

  /**
   * Moves a torn last line to a side file ({@code <file>.torn}) and truncates the ledger after its
   * last whole entry, so that appends can resume. The torn bytes are kept, not deleted.
   *
   * @return the side file, or null when nothing was torn
   */
  public synchronized @Nullable Path setTornTailAside() {
    refuseWhenReadOnly();
    if (torn == null) {
      return null;
    }
    Path side = file.resolveSibling(file.getFileName() + ".torn");
    try (FileChannel out =
        FileChannel.open(
            side, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      // Copied channel to channel: a torn tail of any length costs no memory.
      long done = 0;
      while (done < torn.bytes()) {
        done += channel.transferTo(validBytes + done, torn.bytes() - done, out);
      }
      out.force(true);
      channel.truncate(validBytes);
      channel.force(true);
      torn = null;
      return side;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void refuseWhenReadOnly() {
    if (channel == null) {
      throw new ConflictException("file", "ledger.readOnly");
    }
  }

  @Override
  public synchronized void append(LedgerEntry entry) {
    Check.notNull("entry", entry);
    refuseWhenReadOnly();
    if (torn != null) {
      throw new ConflictException("file", "ledger.tornTail", Messages.raw(torn.line()));
    }
    byte[] line = (json.writeLedgerEntry(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    if (line.length - 1 > maxLineBytes) {
      throw new InvalidInputException(
          "entry",
          "ledger.lineTooLong",
          Messages.raw(entry.sequence()),
          Messages.raw(line.length - 1),
          Messages.raw(maxLineBytes));
    }
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

  /**
   * {@inheritDoc}
   *
   * <p>A line that cannot be read (see the class description) makes the stream throw a {@link
   * JsonReadException} at that line, naming it and why.
   */
  @Override
  public Stream<LedgerEntry> entries() {
    long count;
    boolean withTorn;
    synchronized (this) {
      count = size;
      withTorn = torn != null;
    }
    try {
      LedgerLines lines = new LedgerLines(Files.newInputStream(file), maxLineBytes);
      try {
        lines.next(); // the header, checked on opening
      } catch (IOException | RuntimeException e) {
        lines.close();
        throw e;
      }
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
              LedgerLines.Line line;
              try {
                line = lines.next();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              if (line == null) {
                throw new JsonReadException("/" + (read + 1), "json.ledger.endOfFile");
              }
              if (line.problem() != null) {
                throw line.problem();
              }
              return json.readLedgerEntry(line.text(), line.number());
            }
          };
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
          .onClose(
              () -> {
                try {
                  lines.close();
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
    if (channel == null) {
      return;
    }
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

  /**
   * Checks the header, counts the lines after it and finds a torn last line, reading the file once
   * in flat memory. A line that cannot be read is counted: verification reports it, not opening.
   */
  private void scan() throws IOException {
    try (LedgerLines lines = new LedgerLines(Files.newInputStream(file), maxLineBytes)) {
      LedgerLines.Line header = lines.next();
      if (header == null) {
        throw new JsonReadException("", "json.ledger.empty");
      }
      if (header.problem() != null) {
        throw header.problem(); // even torn: a file without a whole header is not a ledger
      }
      json.readLedgerHeader(header.text());
      LedgerLines.Line last = header;
      for (LedgerLines.Line line = lines.next(); line != null; line = lines.next()) {
        last = line;
        if (line.terminated()) {
          size++;
        }
      }
      if (last.terminated()) {
        validBytes = last.offset() + last.length() + 1;
      } else {
        // No final line break: the last append did not finish.
        validBytes = last.offset();
        torn = new TornTail(last.number(), last.length());
      }
    }
  }
}
