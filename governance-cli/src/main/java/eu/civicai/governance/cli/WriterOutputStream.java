package eu.civicai.governance.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a character stream (the terminal's), decoded as they come: a writer of
 * bytes streams to stdout without building its output as one string. A character cut between two
 * writes is kept until its last byte comes. Closing flushes the writer and leaves it open.
 */
final class WriterOutputStream extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13);
  private final CharBuffer chars = CharBuffer.allocate(1 << 13);

  WriterOutputStream(Writer out) {
    this.out = out;
  }

  WriterOutputStream(picocli.CommandLine.Model.CommandSpec spec) {
    this(spec.commandLine().getOut());
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, bytes.remaining());
      bytes.put(b, off, n);
      off += n;
      len -= n;
      drain(false);
    }
  }

  private void drain(boolean end) throws IOException {
    bytes.flip();
    CoderResult result;
    do {
      result = decoder.decode(bytes, chars, end);
      chars.flip();
      out.write(chars.array(), chars.position(), chars.remaining());
      chars.clear();
    } while (result.isOverflow());
    bytes.compact();
  }

  @Override
  public void flush() throws IOException {
    drain(false);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    drain(true);
    decoder.flush(chars);
    chars.flip();
    out.write(chars.array(), chars.position(), chars.remaining());
    chars.clear();
    out.flush();
  }
}
