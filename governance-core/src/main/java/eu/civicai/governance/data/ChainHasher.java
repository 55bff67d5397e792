package eu.civicai.governance.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Computes entry hashes of the ledger format without intermediate strings or copies: the canonical
 * bytes are written into one reusable buffer and hashed from it. This is the hot path of appending
 * and verifying, so it avoids what profiling showed costly: {@code DateTimeFormatter}, {@code
 * String.getBytes}, hex parsing of the previous hash and a fresh digest per entry.
 *
 * <p>Not thread-safe: {@link #get()} hands each thread its own instance.
 */
final class ChainHasher {
  private static final ThreadLocal<ChainHasher> PER_THREAD =
      ThreadLocal.withInitial(ChainHasher::new);
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** The raw previous hash of the first entry: 32 zero bytes. */
  static final byte[] GENESIS = new byte[32];

  private static final byte[] TAG_FIELD = tagField();

  private final MessageDigest sha = sha256();
  private byte[] bytes = new byte[512];
  private int size;

  private ChainHasher() {}

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
    encode(sequence, event); // before any update: a digest is reset after each digest() call
    sha.update(previous);
    sha.update(bytes, 0, size);
    return sha.digest();
  }

  /** Returns the entry's canonical bytes (a copy of the buffer). */
  byte[] canonicalBytes(long sequence, LifecycleEvent event) {
    encode(sequence, event);
    return Arrays.copyOf(bytes, size);
  }

  private void encode(long sequence, LifecycleEvent event) {
    System.arraycopy(TAG_FIELD, 0, bytes, 0, TAG_FIELD.length);
    size = TAG_FIELD.length;
    decimal(sequence);
    instant(event.at());
    text(event.dataset().value());
    text(event.kind().name());
    text(event.actorRole());
    text(event.note());
    var sources = event.sources();
    int32(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      text(sources.get(i).value());
    }
    text(event.usage() == null ? null : event.usage().value());
    text(event.purpose());
    text(event.recipient());
    text(event.recipientRegion() == null ? null : event.recipientRegion().name());
    text(event.method());
    text(event.extension() == null ? null : event.extension().toString());
    text(event.reason());
    text(event.holdReference());
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  private void int32(int value) {
    ensure(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  /** A text field: length, then UTF-8; ASCII (the common case) is copied without encoding. */
  private void text(String value) {
    if (value == null) {
      int32(-1);
      return;
    }
    int length = value.length();
    ensure(4 + length);
    int start = size + 4;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        utf8(value);
        return;
      }
      bytes[start + i] = (byte) c;
    }
    int32(length);
    size += length;
  }

  private void utf8(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    int32(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  /** The sequence number in decimal, as a text field. */
  private void decimal(long value) {
    if (value < 0) {
      text(Long.toString(value));
      return;
    }
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    int32(digits);
    ensure(digits);
    long v = value;
    for (int i = size + digits - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    }
    size += digits;
  }

  /**
   * The instant as {@code yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'} in UTC; years outside 0–9999, which
   * the formatter writes with a sign, go through {@link LedgerFormat#formatInstant(Instant)}.
   */
  private void instant(Instant at) {
    long seconds = at.getEpochSecond();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      text(LedgerFormat.formatInstant(at));
      return;
    }
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    int32(30);
    ensure(30);
    digits(year, 4);
    bytes[size++] = '-';
    digits(date.getMonthValue(), 2);
    bytes[size++] = '-';
    digits(date.getDayOfMonth(), 2);
    bytes[size++] = 'T';
    digits(secondOfDay / 3600, 2);
    bytes[size++] = ':';
    digits(secondOfDay / 60 % 60, 2);
    bytes[size++] = ':';
    digits(secondOfDay % 60, 2);
    bytes[size++] = '.';
    digits(at.getNano(), 9);
    bytes[size++] = 'Z';
  }

  private void digits(int value, int width) {
    int v = value;
    for (int i = size + width - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    size += width;
  }

  /** Returns the lower-case hex of a raw hash. */
  static String hex(byte[] raw) {
    byte[] out = new byte[raw.length * 2];
    for (int i = 0; i < raw.length; i++) {
      out[2 * i] = HEX_DIGITS[(raw[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX_DIGITS[raw[i] & 0xF];
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Tells whether a lower-case hex string is the hex of a raw hash, without converting either. */
  static boolean matches(byte[] raw, String hex) {
    if (hex == null || hex.length() != raw.length * 2) {
      return false;
    }
    int differ = 0; // accumulated without branching: equal hashes are the common case
    for (int i = 0; i < raw.length; i++) {
      differ |= hex.charAt(2 * i) ^ HEX_DIGITS[(raw[i] >> 4) & 0xF];
      differ |= hex.charAt(2 * i + 1) ^ HEX_DIGITS[raw[i] & 0xF];
    }
    return differ == 0;
  }

  private static byte[] tagField() {
    byte[] tag = LedgerFormat.TAG.getBytes(StandardCharsets.US_ASCII);
    byte[] field = new byte[4 + tag.length];
    field[3] = (byte) tag.length;
    System.arraycopy(tag, 0, field, 4, tag.length);
    return field;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
