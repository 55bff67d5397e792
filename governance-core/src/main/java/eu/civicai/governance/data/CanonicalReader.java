package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the canonical bytes of an entry ({@link LedgerFormat}) back: {@link #framing} checks their
 * structure without decoding any text, for verification from stored bytes; {@link #entry} decodes
 * them into an entry whose canonical bytes are exactly the ones read.
 */
final class CanonicalReader {
  private static final byte[] TAG_FIELD = tagField();
  private static final int ABSENT = -1;

  /** The sequence field's longest decimal: {@code Long.MAX_VALUE} has 19 digits. */
  private static final int MAX_SEQUENCE_DIGITS = 19;

  private CanonicalReader() {}

  /**
   * Checks the structure of canonical bytes: the format's tag, the sequence field, then every field
   * framed by its length and ending exactly at the last byte. Texts are not decoded.
   *
   * @param b the bytes
   * @return the sequence number the bytes hold, or -1 when they are not framed as an entry
   */
  static long framing(byte[] b) {
    if (b.length < TAG_FIELD.length + 5
        || !Arrays.equals(b, 0, TAG_FIELD.length, TAG_FIELD, 0, TAG_FIELD.length)) {
      return -1;
    }
    int p = TAG_FIELD.length;
    int digits = int32(b, p);
    p += 4;
    if (digits < 1 || digits > MAX_SEQUENCE_DIGITS || digits > b.length - p) {
      return -1;
    }
    long sequence = digitsValue(b, p, digits);
    p += digits;
    for (int field = 0; field < 5; field++) { // at, dataset, kind, actorRole, note
      p = skip(b, p, field == 4);
      if (p < 0) {
        return -1;
      }
    }
    if (b.length - p < 4) {
      return -1;
    }
    int sources = int32(b, p);
    p += 4;
    if (sources < 0) {
      return -1;
    }
    for (int i = 0; i < sources && p >= 0; i++) {
      p = skip(b, p, false);
    }
    for (int field = 0; field < 8 && p >= 0; field++) { // usage … holdReference
      p = skip(b, p, true);
    }
    return p == b.length ? sequence : -1;
  }

  /** The position after a text field at {@code p}, or -1 when it does not fit. */
  private static int skip(byte[] b, int p, boolean mayBeAbsent) {
    if (p < 0 || b.length - p < 4) {
      return -1;
    }
    int length = int32(b, p);
    p += 4;
    if (length == ABSENT) {
      return mayBeAbsent ? p : -1;
    }
    return length < 0 || length > b.length - p ? -1 : p + length;
  }

  /** The value of decimal digits without a leading zero, or -1 when they are not such digits. */
  private static long digitsValue(byte[] b, int p, int digits) {
    if (digits > 1 && b[p] == '0') {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < digits; i++) {
      int d = b[p + i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
      if (value < 0) {
        return -1; // past Long.MAX_VALUE
      }
    }
    return value;
  }

  /**
   * Decodes canonical bytes into an entry.
   *
   * @throws InvalidInputException {@code ledger.bytes} naming {@code field}, when the bytes are not
   *     framed as an entry, hold text that is not UTF-8 or a value no event may have, or do not
   *     encode back to themselves; the event's own rules otherwise
   */
  static LedgerEntry entry(String field, byte[] b, String previousHash, String hash) {
    long sequence = framing(b);
    if (sequence < 1) {
      throw malformed(field, "framing");
    }
    Fields f = new Fields(field, b, TAG_FIELD.length + 4 + digitsLength(b));
    LifecycleEvent event;
    try {
      Instant at = Instant.parse(f.text("at"));
      DatasetId dataset = DatasetId.of(f.text("dataset"));
      EventKind kind = EventKind.valueOf(f.text("kind"));
      String actorRole = f.text("actorRole");
      String note = f.text("note");
      int count = f.count();
      List<DatasetId> sources = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        sources.add(DatasetId.of(f.text("sources")));
      }
      String usage = f.text("usage");
      String purpose = f.text("purpose");
      String recipient = f.text("recipient");
      String region = f.text("recipientRegion");
      String method = f.text("method");
      String extension = f.text("extension");
      String reason = f.text("reason");
      String holdReference = f.text("holdReference");
      event =
          new LifecycleEvent(
              at,
              dataset,
              kind,
              actorRole,
              note,
              sources,
              usage == null ? null : UsageId.of(usage),
              purpose,
              recipient,
              region == null ? null : HostingRegion.valueOf(region),
              method,
              extension == null ? null : Period.parse(extension),
              reason,
              holdReference);
    } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
      // NullPointerException: a required field (at, dataset, kind) was written as absent.
      if (e instanceof GovernanceException governance) {
        throw governance;
      }
      throw malformed(field, f.last);
    }
    // Decoding is only trusted when it gives back the very bytes: nothing read is other than
    // hashed.
    if (!Arrays.equals(ChainHasher.get().canonicalBytes(sequence, event), b)) {
      throw malformed(field, "encoding");
    }
    return new LedgerEntry(sequence, event, previousHash, hash);
  }

  private static int digitsLength(byte[] b) {
    return int32(b, TAG_FIELD.length);
  }

  static InvalidInputException malformed(String field, String where) {
    return new InvalidInputException(field, "ledger.bytes", Messages.raw(where));
  }

  /** The fields after the sequence, read in order. */
  private static final class Fields {
    private final String field;
    private final byte[] b;
    private int p;
    private String last = "at";

    Fields(String field, byte[] b, int p) {
      this.field = field;
      this.b = b;
      this.p = p;
    }

    String text(String name) {
      last = name;
      int length = int32(b, p);
      p += 4;
      if (length == ABSENT) {
        return null;
      }
      try {
        String value =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, p, length))
                .toString();
        p += length;
        return value;
      } catch (CharacterCodingException e) {
        throw malformed(field, name);
      }
    }

    int count() {
      last = "sources";
      int count = int32(b, p);
      p += 4;
      return count;
    }
  }

  private static int int32(byte[] b, int p) {
    return (b[p] & 0xFF) << 24
        | (b[p + 1] & 0xFF) << 16
        | (b[p + 2] & 0xFF) << 8
        | (b[p + 3] & 0xFF);
  }

  private static byte[] tagField() {
    byte[] tag = LedgerFormat.TAG.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[4 + tag.length];
    out[3] = (byte) tag.length;
    System.arraycopy(tag, 0, out, 4, tag.length);
    return out;
  }
}
