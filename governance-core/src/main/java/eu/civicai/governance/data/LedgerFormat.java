package eu.civicai.governance.data;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.ByteSink;
import eu.civicai.governance.internal.Check;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

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
    requireInstant(event);
    return ChainHasher.get().canonicalBytes(sequence, event);
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
    Check.notNull("canonicalBytes", canonicalBytes);
    MessageDigest sha = ByteSink.sha256();
    sha.update(HEX.parseHex(previousHash));
    sha.update(canonicalBytes);
    return HEX.formatHex(sha.digest());
  }

  /**
   * Reads an entry back from its canonical bytes, as a store that keeps them returns it: the
   * sequence number and the event are decoded from the bytes, the hashes are the ones stored beside
   * them (they are not checked here: {@link LedgerVerifier} does that). The event returned encodes
   * back to exactly {@code canonicalBytes}, so that what is read is what the chain covers.
   *
   * @param canonicalBytes the entry's canonical bytes, not changed
   * @param previousHash the previous entry's hash as stored (lower-case hex)
   * @param hash the entry's hash as stored (lower-case hex)
   * @return the entry
   * @throws InvalidInputException {@code ledger.bytes} on field {@code canonicalBytes} when the
   *     bytes are not framed as an entry, hold a text that is not UTF-8 or a value no event can
   *     have, or do not encode back to themselves (the message names the field or part); the
   *     event's own rules, or {@code hash.format}, when a value breaks them; {@code notNull} when
   *     an argument is null
   */
  public static LedgerEntry entry(byte[] canonicalBytes, String previousHash, String hash) {
    Check.notNull("canonicalBytes", canonicalBytes);
    return CanonicalReader.entry("canonicalBytes", canonicalBytes, previousHash, hash);
  }

  /** Returns the hash of {@code event} at {@code sequence} after {@code previousHash}. */
  public static String hash(String previousHash, long sequence, LifecycleEvent event) {
    requireHash("previousHash", previousHash);
    requireInstant(event);
    return ByteSink.hex(ChainHasher.get().hash(HEX.parseHex(previousHash), sequence, event));
  }

  private static void requireInstant(LifecycleEvent event) {
    if (event == null || event.at() == null) {
      throw new InvalidInputException("event.at", "notNull");
    }
  }

  /** Returns the instant as the format writes it: UTC, nine fraction digits. */
  public static String formatInstant(Instant instant) {
    return INSTANT.format(instant);
  }

  /** Checks a hash's form (64 lower-case hex digits); see {@link ChainHasher#requireHash}. */
  private static void requireHash(String field, String hash) {
    ChainHasher.requireHash(field, hash);
  }
}
