package eu.civicai.governance.data;

import eu.civicai.governance.internal.ByteSink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

  /** The raw previous hash of the first entry: 32 zero bytes. */
  static final byte[] GENESIS = new byte[32];

  private static final byte[] TAG_FIELD = tagField();

  private final MessageDigest sha = ByteSink.sha256();
  private final ByteSink out = new ByteSink(512);

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
    sha.update(out.array(), 0, out.size());
    return sha.digest();
  }

  /** Returns the entry's canonical bytes (a copy of the buffer). */
  byte[] canonicalBytes(long sequence, LifecycleEvent event) {
    encode(sequence, event);
    return Arrays.copyOf(out.array(), out.size());
  }

  private void encode(long sequence, LifecycleEvent event) {
    out.reset();
    out.put(TAG_FIELD);
    decimal(sequence);
    instant(event.at());
    text(event.dataset().value());
    text(event.kind().name());
    text(event.actorRole());
    text(event.note());
    var sources = event.sources();
    out.int32(sources.size());
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

  /** A text field: UTF-8 after its length; absent, the length -1. */
  private void text(String value) {
    if (value == null) {
      out.int32(-1);
    } else {
      out.utf8(value);
    }
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
    out.int32(digits);
    out.digits(value, digits);
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
    out.int32(30);
    out.digits(year, 4);
    out.put((byte) '-');
    out.digits(date.getMonthValue(), 2);
    out.put((byte) '-');
    out.digits(date.getDayOfMonth(), 2);
    out.put((byte) 'T');
    out.digits(secondOfDay / 3600, 2);
    out.put((byte) ':');
    out.digits(secondOfDay / 60 % 60, 2);
    out.put((byte) ':');
    out.digits(secondOfDay % 60, 2);
    out.put((byte) '.');
    out.digits(at.getNano(), 9);
    out.put((byte) 'Z');
  }

  private static byte[] tagField() {
    byte[] tag = LedgerFormat.TAG.getBytes(StandardCharsets.US_ASCII);
    byte[] field = new byte[4 + tag.length];
    field[3] = (byte) tag.length;
    System.arraycopy(tag, 0, field, 4, tag.length);
    return field;
  }
}
