package eu.civicai.governance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A growable byte buffer for canonical encodings that are hashed: the ledger's entries and the
 * reports' content. Reused across encodings (see {@link #reset()}), without the synchronisation of
 * {@code ByteArrayOutputStream} and without intermediate strings: text is encoded to UTF-8 straight
 * into the buffer. Not thread-safe: each user keeps one per thread.
 */
public final class ByteSink {
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] bytes;
  private int size;

  /** Creates an empty sink of the given initial capacity. */
  public ByteSink(int capacity) {
    this.bytes = new byte[capacity];
  }

  /** Empties the sink, keeping its capacity. */
  public void reset() {
    size = 0;
  }

  /** The backing array, whose first {@link #size()} bytes are the content. */
  public byte[] array() {
    return bytes;
  }

  /** How many bytes the sink holds. */
  public int size() {
    return size;
  }

  /** Appends one byte. */
  public void put(byte value) {
    ensure(1);
    bytes[size++] = value;
  }

  /** Appends bytes. */
  public void put(byte[] values) {
    ensure(values.length);
    System.arraycopy(values, 0, bytes, size, values.length);
    size += values.length;
  }

  /** Appends a 4-byte big-endian integer. */
  public void int32(int value) {
    ensure(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  /** Appends a non-negative number in decimal, left-padded with zeros to {@code width} digits. */
  public void digits(long value, int width) {
    ensure(width);
    long v = value;
    for (int i = size + width - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    }
    size += width;
  }

  /**
   * Appends text as its UTF-8 length (4 bytes, big-endian) and bytes, the same bytes as {@code
   * String.getBytes(UTF_8)}: a lone surrogate becomes {@code ?}.
   */
  public void utf8(String value) {
    int length = value.length();
    ensure(4 + 3 * length);
    int at = size;
    int p = at + 4;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        bytes[p++] = (byte) c;
      } else if (c < 0x800) {
        bytes[p++] = (byte) (0xC0 | c >> 6);
        bytes[p++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        bytes[p++] = (byte) (0xF0 | cp >> 18);
        bytes[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[p++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        bytes[p++] = '?';
      } else {
        bytes[p++] = (byte) (0xE0 | c >> 12);
        bytes[p++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[p++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = at;
    int32(p - at - 4);
    size = p;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** Returns the lower-case hexadecimal text of bytes (a hash, usually). */
  public static String hex(byte[] raw) {
    byte[] out = new byte[raw.length * 2];
    for (int i = 0; i < raw.length; i++) {
      out[2 * i] = HEX_DIGITS[(raw[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX_DIGITS[raw[i] & 0xF];
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Tells whether a text is the lower-case hex of bytes, without converting either. */
  public static boolean isHexOf(byte[] raw, String hex) {
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

  /** Returns a new SHA-256 digest, which every Java platform has. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
