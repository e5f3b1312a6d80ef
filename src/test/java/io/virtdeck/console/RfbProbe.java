package io.virtdeck.console;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

/**
 * The client side of RFB 3.8 (RFC 6143) as far as a benchmark needs it: the handshake with security
 * "None", a whole-screen update request, and reading one raw-encoded framebuffer update.
 */
final class RfbProbe {

  private final SocketBytes in;
  private final WebSocket out;
  private int width;
  private int height;
  private int bytesPerPixel;

  RfbProbe(SocketBytes in, WebSocket out) {
    this.in = in;
    this.out = out;
  }

  void handshake() throws InterruptedException, TimeoutException {
    String version = new String(in.read(12), StandardCharsets.US_ASCII);
    if (!version.startsWith("RFB 003.")) {
      throw new IllegalStateException("Not an RFB server: " + version);
    }
    send("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
    in.read(in.read()); // the security types offered
    send(new byte[] {1}); // None
    if (ByteBuffer.wrap(in.read(4)).getInt() != 0) {
      throw new IllegalStateException("Security handshake failed");
    }
    send(new byte[] {1}); // ClientInit, shared
    ByteBuffer init = ByteBuffer.wrap(in.read(20));
    width = init.getShort() & 0xffff;
    height = init.getShort() & 0xffff;
    bytesPerPixel = (init.get() & 0xff) / 8;
    in.read(ByteBuffer.wrap(in.read(4)).getInt()); // the desktop's name
  }

  /** Asks for the whole screen (a non-incremental FramebufferUpdateRequest). */
  void requestWholeScreen() {
    ByteBuffer request = ByteBuffer.allocate(10);
    request.put((byte) 3).put((byte) 0).putShort((short) 0).putShort((short) 0);
    request.putShort((short) width).putShort((short) height);
    send(request.array());
  }

  /** Reads one framebuffer update and returns its size in bytes. */
  long readUpdate() throws InterruptedException, TimeoutException {
    int type = in.read();
    if (type != 0) {
      throw new IllegalStateException("Unexpected server message " + type);
    }
    in.read(1);
    int rectangles = ByteBuffer.wrap(in.read(2)).getShort() & 0xffff;
    long bytes = 4;
    for (int i = 0; i < rectangles; i++) {
      ByteBuffer header = ByteBuffer.wrap(in.read(12));
      header.getShort();
      header.getShort();
      int w = header.getShort() & 0xffff;
      int h = header.getShort() & 0xffff;
      if (header.getInt() != 0) {
        throw new IllegalStateException("Only raw encoding is read here");
      }
      in.read(w * h * bytesPerPixel);
      bytes += 12L + (long) w * h * bytesPerPixel;
    }
    return bytes;
  }

  private void send(byte[] bytes) {
    out.sendBinary(ByteBuffer.wrap(bytes), true).join();
  }
}
