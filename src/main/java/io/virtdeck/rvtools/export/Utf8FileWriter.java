package io.virtdeck.rvtools.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 writer with a plain char buffer and no lock: the streamed sheets write millions of short
 * strings (a cell reference, a tag, a value), and the JDK's buffered writer takes a lock for each.
 * Not for use by several threads; a sheet is written by one.
 */
final class Utf8FileWriter extends Writer {

  private final OutputStream out;
  private final char[] buffer = new char[64 * 1024];
  private int used;

  Utf8FileWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    if (length > buffer.length - used) {
      drain();
    }
    if (length > buffer.length - used) {
      drain();
      out.write(text.substring(offset, offset + length).getBytes(StandardCharsets.UTF_8));
      return;
    }
    text.getChars(offset, offset + length, buffer, used);
    used += length;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    write(new String(chars, offset, length), 0, length);
  }

  @Override
  public void write(int c) throws IOException {
    if (used == buffer.length) {
      drain();
    }
    buffer[used++] = (char) c;
  }

  /** Encodes what is buffered; a high surrogate at the end waits for its low half. */
  private void drain() throws IOException {
    int end = used > 0 && Character.isHighSurrogate(buffer[used - 1]) ? used - 1 : used;
    out.write(new String(buffer, 0, end).getBytes(StandardCharsets.UTF_8));
    int kept = used - end;
    if (kept > 0) {
      buffer[0] = buffer[end];
    }
    used = kept;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
