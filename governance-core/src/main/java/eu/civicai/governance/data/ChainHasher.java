package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.ByteSink;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Computes entry hashes of the ledger format without intermediate strings or copies: the canonical
 * bytes are written into one reusable buffer and hashed from it. This is the hot path of appending
 * and verifying, so it avoids what profiling showed costly: {@code DateTimeFormatter}, {@code
 * String.getBytes}, hex parsing of the previous hash and a fresh digest per entry.
 *
 * <p>Not thread-safe: {@link #get()} hands each thread its own instance, and a {@link Ledger} keeps
 * one of its own, used under its lock.
 */
final class ChainHasher {
  private static final ThreadLocal<ChainHasher> PER_THREAD =
      ThreadLocal.withInitial(ChainHasher::new);

  /** The raw previous hash of the first entry: 32 zero bytes. */
  static final byte[] GENESIS = new byte[32];

  private static final byte[] TAG_FIELD = tagField();
  private static final int HASH_LENGTH = 32;
  private static final long[] POWERS_OF_TEN = powersOfTen();
  private static final int DATE_PART_LENGTH = 4 + "yyyy-MM-ddT".length();

  /**
   * Room for what does not depend on text lengths: the previous hash, the tag, the sequence (at
   * most 20 digits), the instant (its fallback text is under 64 characters), the sources' count.
   */
  private static final int FIXED_ROOM = HASH_LENGTH + 48 + (4 + 20) + (4 + 3 * 64) + 4;

  private final MessageDigest sha = ByteSink.sha256();
  private final ByteSink out = new ByteSink(512);
  private long cachedDay = Long.MIN_VALUE;
  private byte[] datePart; // the instant field's length and date, for cachedDay

  /** Creates a hasher for one owner at a time; most callers take {@link #get()}. */
  ChainHasher() {}

  /** Returns this thread's hasher. */
  static ChainHasher get() {
    return PER_THREAD.get();
  }

  /**
   * Returns the raw SHA-256 of the previous raw hash followed by the entry's canonical bytes.
   *
   * @param previous the previous entry's raw hash (32 bytes)
   * @param sequence the entry's sequence number
   * @param event the event, with its instant set
   * @return a new 32-byte array
   */
  byte[] hash(byte[] previous, long sequence, LifecycleEvent event) {
    encode(sequence, event);
    // The previous hash and the entry side by side in one buffer: one digest update, no copy.
    System.arraycopy(previous, 0, out.array(), 0, HASH_LENGTH);
    sha.update(out.array(), 0, out.size());
    return sha.digest();
  }

  /** Returns the entry's canonical bytes (a copy of the buffer). */
  byte[] canonicalBytes(long sequence, LifecycleEvent event) {
    encode(sequence, event);
    return Arrays.copyOfRange(out.array(), HASH_LENGTH, out.size());
  }

  /**
   * Writes the canonical bytes after room for the previous hash. The room needed is computed first,
   * so that the fields are then written with positions kept in local variables and no bounds check
   * per field: this loop runs once per entry appended or verified.
   */
  private void encode(long sequence, LifecycleEvent event) {
    String dataset = event.dataset().value();
    String kind = event.kind().name();
    String actorRole = event.actorRole();
    String note = event.note();
    List<DatasetId> sources = event.sources();
    String usage = event.usage() == null ? null : event.usage().value();
    String purpose = event.purpose();
    String recipient = event.recipient();
    String region = event.recipientRegion() == null ? null : event.recipientRegion().name();
    String method = event.method();
    String extension = event.extension() == null ? null : event.extension().toString();
    String reason = event.reason();
    String holdReference = event.holdReference();

    int room = FIXED_ROOM + max(dataset) + max(kind) + max(actorRole) + max(note) + max(usage);
    room += max(purpose) + max(recipient) + max(region) + max(method) + max(extension);
    room += max(reason) + max(holdReference);
    for (int i = 0; i < sources.size(); i++) {
      room += max(sources.get(i).value());
    }
    out.reset();
    byte[] b = out.reserve(room);
    System.arraycopy(TAG_FIELD, 0, b, HASH_LENGTH, TAG_FIELD.length);
    int p = HASH_LENGTH + TAG_FIELD.length;
    p = decimal(b, p, sequence);
    p = instant(b, p, event.at());
    p = text(b, p, dataset);
    p = text(b, p, kind);
    p = text(b, p, actorRole);
    p = text(b, p, note);
    ByteSink.int32(b, p, sources.size());
    p += 4;
    for (int i = 0; i < sources.size(); i++) {
      p = text(b, p, sources.get(i).value());
    }
    p = text(b, p, usage);
    p = text(b, p, purpose);
    p = text(b, p, recipient);
    p = text(b, p, region);
    p = text(b, p, method);
    p = text(b, p, extension);
    p = text(b, p, reason);
    p = text(b, p, holdReference);
    out.size(p);
  }

  /** The most bytes a text field takes. */
  private static int max(String value) {
    return value == null ? 4 : ByteSink.maxUtf8(value);
  }

  /** A text field: UTF-8 after its length; absent, the length -1. */
  private int text(byte[] b, int p, String value) {
    if (value == null) {
      ByteSink.int32(b, p, -1);
      return p + 4;
    }
    return out.utf8At(p, value);
  }

  /** The sequence number in decimal, as a text field. */
  private int decimal(byte[] b, int p, long value) {
    if (value < 0) {
      return text(b, p, Long.toString(value));
    }
    int digits = 1;
    while (digits < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[digits]) {
      digits++; // comparisons, not divisions: a chain of long divisions cost more than the digits
    }
    ByteSink.int32(b, p, digits);
    return ByteSink.digits(b, p + 4, value, digits);
  }

  /**
   * The instant as {@code yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'} in UTC; years outside 0–9999, which
   * the formatter writes with a sign, go through {@link LedgerFormat#formatInstant(Instant)}. The
   * date part is kept from the previous entry when the day is the same: a ledger's instants never
   * go backwards, so most entries share their predecessor's day.
   */
  private int instant(byte[] b, int at, Instant instant) {
    long seconds = instant.getEpochSecond();
    long day = Math.floorDiv(seconds, 86_400L);
    if (day != cachedDay && !cacheDate(day)) {
      return text(b, at, LedgerFormat.formatInstant(instant));
    }
    int secondOfDay = (int) (seconds - day * 86_400L);
    System.arraycopy(datePart, 0, b, at, DATE_PART_LENGTH);
    int p = ByteSink.digits(b, at + DATE_PART_LENGTH, secondOfDay / 3600, 2);
    b[p++] = ':';
    p = ByteSink.digits(b, p, secondOfDay / 60 % 60, 2);
    b[p++] = ':';
    p = ByteSink.digits(b, p, secondOfDay % 60, 2);
    b[p++] = '.';
    p = ByteSink.digits(b, p, instant.getNano(), 9);
    b[p++] = 'Z';
    return p;
  }

  /** Encodes the field's length and {@code yyyy-MM-dd'T'} of a day; false when out of 0–9999. */
  private boolean cacheDate(long day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return false;
    }
    ByteSink part = new ByteSink(DATE_PART_LENGTH);
    part.int32(30);
    part.digits(year, 4);
    part.put((byte) '-');
    part.digits(date.getMonthValue(), 2);
    part.put((byte) '-');
    part.digits(date.getDayOfMonth(), 2);
    part.put((byte) 'T');
    datePart = part.array();
    cachedDay = day;
    return true;
  }

  /** 10^0 to 10^18. */
  private static long[] powersOfTen() {
    long[] powers = new long[19];
    powers[0] = 1;
    for (int i = 1; i < powers.length; i++) {
      powers[i] = powers[i - 1] * 10;
    }
    return powers;
  }

  private static byte[] tagField() {
    byte[] tag = LedgerFormat.TAG.getBytes(StandardCharsets.US_ASCII);
    byte[] field = new byte[4 + tag.length];
    field[3] = (byte) tag.length;
    System.arraycopy(tag, 0, field, 4, tag.length);
    return field;
  }

  // --- the form of a hash, checked on every entry and checkpoint ------------------------------

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Tells whether 64 bytes are all '0'-'9' or 'a'-'f', eight at a time: for bytes below 0x80,
   * adding {@code 0x80 - k} to each sets its high bit exactly when it is at least {@code k}, with
   * no carry into the next byte.
   */
  private static boolean isLowerHex(byte[] text) {
    long bad = 0;
    for (int i = 0; i < 64; i += 8) {
      long w = (long) LONGS.get(text, i);
      long digit = (w + (0x80 - '0') * ONES) & ~(w + (0x80 - '9' - 1) * ONES);
      long letter = (w + (0x80 - 'a') * ONES) & ~(w + (0x80 - 'f' - 1) * ONES);
      bad |= (w & HIGH) | ((digit | letter) & HIGH ^ HIGH);
    }
    return bad == 0;
  }

  /**
   * Throws {@code notNull} or {@code hash.format} naming {@code field} unless {@code hash} is 64
   * lower-case hex digits, the form of every hash of the ledger format.
   */
  static void requireHash(String field, String hash) {
    if (hash == null) {
      throw new InvalidInputException(field, "notNull");
    }
    if (hash == lastWellFormed) {
      return; // an append's previous hash is the hash its previous entry was built with
    }
    // Eight characters at a time over a bulk copy, without branches: a branch per character was
    // mispredicted half the time (hex digits are random), and the check then cost as much as the
    // hash. A character outside Latin-1 becomes '?', which is no hex digit.
    boolean ok = hash.length() == 64 && isLowerHex(hash.getBytes(StandardCharsets.ISO_8859_1));
    if (!ok) {
      throw new InvalidInputException(field, "hash.format", hash);
    }
    lastWellFormed = hash;
  }

  /**
   * The last hash found well-formed, so that an append checks one hash instead of two. Shared by
   * threads without a lock on purpose: a {@code String} is immutable and safely published, so a
   * thread reads either a hash that was checked or another reference, which is then checked.
   */
  private static String lastWellFormed;
}
