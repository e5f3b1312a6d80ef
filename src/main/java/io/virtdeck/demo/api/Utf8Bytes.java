package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text appended as UTF-8 into one byte array, sized by the caller's estimate (the character count,
 * exact for ASCII JSON) and grown only when the text has multi-byte characters: builds a large
 * response body with one array instead of a StringBuilder, a String and an encoded copy.
 */
final class Utf8Bytes {

  private byte[] bytes;
  private int size;

  Utf8Bytes(long estimate) {
    bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, estimate))];
  }

  Utf8Bytes append(String text) {
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    if (size + encoded.length > bytes.length) {
      bytes =
          Arrays.copyOf(bytes, Math.max(size + encoded.length, bytes.length + bytes.length / 4));
    }
    System.arraycopy(encoded, 0, bytes, size, encoded.length);
    size += encoded.length;
    return this;
  }

  /** The bytes as the mock server's response body (which copies them once). */
  Buffer toBuffer() {
    return new Buffer().write(bytes, 0, size);
  }
}
