package eu.civicai.governance.json;

import eu.civicai.governance.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ledger file line by line in bounded memory. A line ends with a line feed ({@code \n})
 * alone; a line is refused, with the reason, when it holds a carriage return anywhere (a reader
 * splitting on {@code \r} would see two lines where the chain sees one, which hides a forged entry
 * behind it), when it is longer than the per-line limit (it is skipped without being kept, so that
 * a 2 GB line costs no more memory than a short one), when it is not UTF-8, or when the file ends
 * before its line feed (a torn append). Not thread-safe.
 */
final class LedgerLines implements AutoCloseable {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[1024];
  private int position;
  private int limit;
  private long number;
  private long offset; // bytes of the file before the current line

  LedgerLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * One line of the file.
   *
   * @param number its number, from 1 (the header)
   * @param offset the byte offset of its first byte in the file
   * @param length its length in bytes, without the line feed
   * @param terminated whether a line feed ends it
   * @param text its text, or null when refused
   * @param problem why it was refused, or null
   */
  record Line(
      long number,
      long offset,
      long length,
      boolean terminated,
      @Nullable String text,
      @Nullable JsonReadException problem) {}

  /** Returns the next line, or null at the end of the file. */
  @Nullable Line next() throws IOException {
    long length = 0;
    long carriageReturn = -1;
    boolean terminated = false;
    boolean any = false;
    int kept = 0;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        if (buffer[end] == '\r' && carriageReturn < 0) {
          carriageReturn = length + (end - position);
        }
        end++;
      }
      int chunk = end - position;
      if (length + chunk <= maxLineBytes) {
        if (kept + chunk > line.length) {
          line =
              Arrays.copyOf(
                  line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, kept + chunk)));
        }
        System.arraycopy(buffer, position, line, kept, chunk);
        kept += chunk;
      }
      length += chunk;
      position = end;
      if (end < limit) {
        position++; // the line feed
        terminated = true;
        break;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    long at = offset;
    offset += length + (terminated ? 1 : 0);
    String pointer = "/" + number;
    if (!terminated) {
      return refused(at, length, false, pointer, "json.ledger.tornLine");
    }
    if (length > maxLineBytes) {
      return refused(
          at, length, true, pointer, "json.ledger.lineTooLong", Messages.raw(maxLineBytes));
    }
    if (carriageReturn >= 0) {
      return refused(
          at,
          length,
          true,
          pointer,
          "json.ledger.carriageReturn",
          Messages.raw(carriageReturn + 1));
    }
    try {
      String text = utf8.decode(ByteBuffer.wrap(line, 0, kept)).toString();
      return new Line(number, at, length, true, text, null);
    } catch (CharacterCodingException e) {
      return refused(at, length, true, pointer, "json.ledger.encoding");
    } finally {
      utf8.reset();
      if (line.length > 1 << 16) {
        line = new byte[1024]; // a long line does not keep its buffer
      }
    }
  }

  private Line refused(
      long at, long length, boolean terminated, String pointer, String rule, Object... args) {
    return new Line(
        number, at, length, terminated, null, new JsonReadException(pointer, rule, args));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
