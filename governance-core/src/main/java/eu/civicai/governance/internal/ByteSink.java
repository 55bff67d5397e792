package eu.civicai.governance.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
  private static final short[] HEX_SHORTS = hexShorts();
  private static final VarHandle SHORT_LITTLE_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final byte[] DIGIT_PAIRS = digitPairs();
  private static final VarHandle INT_BIG_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private byte[] bytes;
  private int size;
  private char[] chars = new char[64]; // text copied out of its String before encoding

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
    int32(bytes, size, value);
    size += 4;
  }

  /** Appends a non-negative number in decimal, left-padded with zeros to {@code width} digits. */
  public void digits(long value, int width) {
    ensure(width);
    size = digits(bytes, size, value, width);
  }

  /**
   * Appends text as its UTF-8 length (4 bytes, big-endian) and bytes, the same bytes as {@code
   * String.getBytes(UTF_8)}: a lone surrogate becomes {@code ?}.
   */
  public void utf8(String value) {
    ensure(maxUtf8(value));
    size = utf8At(size, value);
  }

  /**
   * Writes text at {@code at} in the {@link #array() backing array}, as {@link #utf8(String)} does,
   * and returns the position after it; the caller has {@link #reserve(int) reserved} {@link
   * #maxUtf8(String)} bytes there. The size is unchanged.
   */
  public int utf8At(int at, String value) {
    int length = value.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    // One bulk copy, then a loop over an array: String.charAt per character checks its index in a
    // call that the JIT did not inline, which made text the costliest part of a ledger entry.
    value.getChars(0, length, chars, 0);
    return encode(chars, length, bytes, at);
  }

  /**
   * Makes room for {@code more} bytes and returns the backing array, for callers that write with
   * the static methods below and then {@link #size(int) set the size}.
   */
  public byte[] reserve(int more) {
    ensure(more);
    return bytes;
  }

  /** Sets how many bytes the sink holds, after writing into {@link #reserve(int)}'s array. */
  public void size(int newSize) {
    if (newSize < 0 || newSize > bytes.length) {
      throw new IndexOutOfBoundsException(newSize);
    }
    size = newSize;
  }

  /** The most bytes {@link #utf8(String)} writes for a text: 4 + 3 per char. */
  public static int maxUtf8(String value) {
    return 4 + 3 * value.length();
  }

  /** Writes a 4-byte big-endian integer at {@code at}. */
  public static void int32(byte[] dst, int at, int value) {
    INT_BIG_ENDIAN.set(dst, at, value); // one store instead of four
  }

  /**
   * Writes a non-negative number in decimal at {@code at}, left-padded with zeros to {@code width}
   * digits, and returns the position after it.
   */
  public static int digits(byte[] dst, int at, long value, int width) {
    int i = at + width;
    long v = value;
    while (v > Integer.MAX_VALUE && i > at) {
      dst[--i] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    }
    // Two digits per division, in int arithmetic: digits were the costliest part of a ledger entry.
    int w = (int) v;
    while (i - at >= 2) {
      int pair = w % 100;
      w /= 100;
      dst[--i] = DIGIT_PAIRS[2 * pair + 1];
      dst[--i] = DIGIT_PAIRS[2 * pair];
    }
    if (i > at) {
      dst[--i] = (byte) ('0' + w % 10);
    }
    return at + width;
  }

  /** Writes chars as UTF-8 after their 4-byte length; returns the position after them. */
  private static int encode(char[] chars, int length, byte[] dst, int at) {
    int p = at + 4;
    int i = 0;
    for (; i < length; i++) { // ASCII, the common case: small enough for the JIT to inline
      char c = chars[i];
      if (c >= 0x80) {
        return encodeFrom(chars, i, length, dst, at, p);
      }
      dst[p++] = (byte) c;
    }
    int32(dst, at, p - at - 4);
    return p;
  }

  /** Goes on from the first char that is not ASCII. */
  private static int encodeFrom(char[] chars, int from, int length, byte[] dst, int at, int to) {
    int p = to;
    for (int i = from; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        dst[p++] = (byte) c;
      } else if (c < 0x800) {
        dst[p++] = (byte) (0xC0 | c >> 6);
        dst[p++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[++i]);
        dst[p++] = (byte) (0xF0 | cp >> 18);
        dst[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
        dst[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
        dst[p++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        dst[p++] = '?';
      } else {
        dst[p++] = (byte) (0xE0 | c >> 12);
        dst[p++] = (byte) (0x80 | c >> 6 & 0x3F);
        dst[p++] = (byte) (0x80 | c & 0x3F);
      }
    }
    int32(dst, at, p - at - 4);
    return p;
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
      SHORT_LITTLE_ENDIAN.set(out, 2 * i, HEX_SHORTS[raw[i] & 0xFF]); // both digits in one store
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Tells whether a text is the lower-case hex of bytes, without converting the bytes to text. */
  public static boolean isHexOf(byte[] raw, String hex) {
    if (hex == null || hex.length() != raw.length * 2) {
      return false;
    }
    // One bulk copy, then plain byte comparisons: reading the text char by char cost as much as
    // the hash. A character outside Latin-1 becomes '?', which is no hex digit.
    byte[] text = hex.getBytes(StandardCharsets.ISO_8859_1);
    int differ = 0; // accumulated without branching: equal hashes are the common case
    for (int i = 0; i < raw.length; i++) {
      differ |= (short) SHORT_LITTLE_ENDIAN.get(text, 2 * i) ^ HEX_SHORTS[raw[i] & 0xFF];
    }
    return differ == 0;
  }

  /**
   * The two lower-case hex digits of each byte value as one little-endian short: first digit low.
   */
  private static short[] hexShorts() {
    byte[] digits = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    short[] shorts = new short[256];
    for (int i = 0; i < 256; i++) {
      shorts[i] = (short) (digits[i >> 4] | digits[i & 0xF] << 8);
    }
    return shorts;
  }

  /** "00" to "99", two bytes each. */
  private static byte[] digitPairs() {
    byte[] pairs = new byte[200];
    for (int i = 0; i < 100; i++) {
      pairs[2 * i] = (byte) ('0' + i / 10);
      pairs[2 * i + 1] = (byte) ('0' + i % 10);
    }
    return pairs;
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
