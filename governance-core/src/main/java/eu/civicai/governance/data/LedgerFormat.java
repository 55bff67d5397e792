package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical byte encoding of a ledger entry and its hash, version 1. Defined here and in {@code
 * docs/ledger-format.md} precisely enough for any language to recompute it.
 *
 * <p>The canonical bytes of an entry are the concatenation of 16 fields, in this order: the format
 * tag {@code civicai-ledger/1}, the sequence number in decimal, the instant, the dataset id, the
 * kind, the actor role, the note, the sources (a list), the usage id, the purpose, the recipient,
 * the recipient region, the method, the extension, the reason, the hold reference. A text field is
 * its UTF-8 bytes preceded by their length as a 4-byte big-endian unsigned integer; an absent field
 * is the 4 bytes {@code FF FF FF FF}; a list is its element count as 4 bytes big-endian, then each
 * element as a text field. The instant is written in UTC as {@code
 * yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnZ} (always nine fraction digits), enums by their constant name,
 * the extension as an ISO-8601 period ({@code P1Y6M}).
 *
 * <p>The hash of an entry is the lower-case hex SHA-256 of the previous entry's hash (32 raw bytes;
 * 32 zero bytes for the first entry) followed by the entry's canonical bytes.
 *
 * <p>All methods are stateless and thread-safe.
 */
public final class LedgerFormat {
  /** The format tag, the first field of every entry's canonical bytes. */
  public static final String TAG = "civicai-ledger/1";

  /** The previous hash of the first entry, and the head hash of an empty ledger. */
  public static final String GENESIS_HASH = "0".repeat(64);

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private LedgerFormat() {}

  /**
   * Returns the canonical bytes of an event at a sequence number.
   *
   * @param sequence the sequence number, from 1
   * @param event the event, with its instant set
   * @return the bytes
   */
  public static byte[] canonicalBytes(long sequence, LifecycleEvent event) {
    if (event == null || event.at() == null) {
      throw new InvalidInputException("event.at", "notNull");
    }
    Out out = new Out();
    out.text(TAG);
    out.text(Long.toString(sequence));
    out.text(formatInstant(event.at()));
    out.text(event.dataset().value());
    out.text(event.kind().name());
    out.text(event.actorRole());
    out.text(event.note());
    List<DatasetId> sources = event.sources();
    out.int32(sources.size());
    for (DatasetId source : sources) {
      out.text(source.value());
    }
    out.text(event.usage() == null ? null : event.usage().value());
    out.text(event.purpose());
    out.text(event.recipient());
    out.text(event.recipientRegion() == null ? null : event.recipientRegion().name());
    out.text(event.method());
    out.text(event.extension() == null ? null : event.extension().toString());
    out.text(event.reason());
    out.text(event.holdReference());
    return out.toByteArray();
  }

  /**
   * Returns the hash of an entry from the previous hash and the entry's canonical bytes.
   *
   * @param previousHash the previous entry's hash in lower-case hex ({@link #GENESIS_HASH} first)
   * @param canonicalBytes the entry's canonical bytes
   * @return the lower-case hex SHA-256
   */
  public static String hash(String previousHash, byte[] canonicalBytes) {
    requireHash("previousHash", previousHash);
    MessageDigest sha = SHA_256.get();
    sha.reset();
    sha.update(HEX.parseHex(previousHash));
    sha.update(canonicalBytes);
    return HEX.formatHex(sha.digest());
  }

  /** Returns the hash of {@code event} at {@code sequence} after {@code previousHash}. */
  public static String hash(String previousHash, long sequence, LifecycleEvent event) {
    return hash(previousHash, canonicalBytes(sequence, event));
  }

  /** Returns the instant as the format writes it: UTC, nine fraction digits. */
  public static String formatInstant(Instant instant) {
    return INSTANT.format(instant);
  }

  static void requireHash(String field, String hash) {
    if (hash == null) {
      throw new InvalidInputException(field, "notNull");
    }
    boolean ok = hash.length() == 64;
    for (int i = 0; ok && i < 64; i++) {
      char c = hash.charAt(i);
      ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
    if (!ok) {
      throw new InvalidInputException(field, "hash.format", hash);
    }
  }

  // MessageDigest instances are not thread-safe and costly to look up: one per thread.
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(LedgerFormat::sha256);

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A growable byte buffer without ByteArrayOutputStream's synchronisation. */
  private static final class Out {
    private byte[] bytes = new byte[256];
    private int size;

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    void int32(int value) {
      ensure(4);
      bytes[size++] = (byte) (value >>> 24);
      bytes[size++] = (byte) (value >>> 16);
      bytes[size++] = (byte) (value >>> 8);
      bytes[size++] = (byte) value;
    }

    void text(String value) {
      if (value == null) {
        int32(-1);
        return;
      }
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      int32(utf8.length);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }

    byte[] toByteArray() {
      return java.util.Arrays.copyOf(bytes, size);
    }
  }
}
