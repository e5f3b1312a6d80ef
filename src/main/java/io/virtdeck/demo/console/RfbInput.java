package io.virtdeck.demo.console;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Bytes received from an RFB client and not yet handled. */
final class RfbInput {

  private static final int LIMIT = 1 << 20;

  private byte[] bytes = new byte[256];
  private int start;
  private int end;

  void append(byte[] data) {
    if (end - start + data.length > LIMIT) {
      throw new IllegalArgumentException("The client sent more than 1 MiB that is no message");
    }
    if (end + data.length > bytes.length) {
      compact();
      if (end + data.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, end + data.length));
      }
    }
    System.arraycopy(data, 0, bytes, end, data.length);
    end += data.length;
  }

  boolean has(int count) {
    return end - start >= count;
  }

  /** The next byte without taking it. */
  int peek(int offset) {
    return bytes[start + offset] & 0xff;
  }

  byte[] take(int count) {
    byte[] taken = Arrays.copyOfRange(bytes, start, start + count);
    start += count;
    return taken;
  }

  ByteBuffer takeBuffer(int count) {
    return ByteBuffer.wrap(take(count));
  }

  void compact() {
    if (start > 0) {
      System.arraycopy(bytes, start, bytes, 0, end - start);
      end -= start;
      start = 0;
    }
  }
}
