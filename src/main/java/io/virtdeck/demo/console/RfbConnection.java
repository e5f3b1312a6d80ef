package io.virtdeck.demo.console;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The server side of one RFB 3.8 connection (RFC 6143) to a {@link GuestScreen}: version and "None"
 * security handshake, ServerInit, then client messages. Frames are sent raw-encoded, only the rows
 * that changed since the last frame; an incremental update request waits until the screen changes.
 * Bytes may arrive split or joined in any way.
 */
final class RfbConnection {

  static final String VERSION = "RFB 003.008\n";

  private enum Phase {
    VERSION,
    SECURITY,
    CLIENT_INIT,
    NORMAL
  }

  private final GuestScreen guest;
  private final Consumer<byte[]> out;
  private final RfbInput input = new RfbInput();
  private Phase phase = Phase.VERSION;
  private PixelFormat format = PixelFormat.DEFAULT;
  private int[] shown = new int[0];
  private long shownVersion = -1;
  private boolean waiting;

  RfbConnection(GuestScreen guest, Consumer<byte[]> out) {
    this.guest = guest;
    this.out = out;
  }

  /** Starts the handshake: the server speaks first. */
  void open() {
    out.accept(VERSION.getBytes(StandardCharsets.US_ASCII));
  }

  /** Handles bytes from the client; throws {@link IllegalArgumentException} on a broken stream. */
  synchronized void receive(byte[] data) {
    input.append(data);
    while (step()) {
      input.compact();
    }
    if (waiting && guest.screen().version() != shownVersion) {
      waiting = false;
      sendFrame(false);
    }
  }

  private boolean step() {
    return switch (phase) {
      case VERSION -> handshake();
      case SECURITY -> security();
      case CLIENT_INIT -> clientInit();
      case NORMAL -> RfbMessages.handle(input, this);
    };
  }

  private boolean handshake() {
    if (!input.has(12)) {
      return false;
    }
    String version = new String(input.take(12), StandardCharsets.US_ASCII);
    if (!version.startsWith("RFB 003.")) {
      throw new IllegalArgumentException("Not an RFB client: " + version.strip());
    }
    out.accept(new byte[] {1, 1}); // one security type: None
    phase = Phase.SECURITY;
    return true;
  }

  private boolean security() {
    if (!input.has(1)) {
      return false;
    }
    if (input.take(1)[0] != 1) {
      throw new IllegalArgumentException("Only security type None is offered");
    }
    out.accept(new byte[] {0, 0, 0, 0}); // SecurityResult OK
    phase = Phase.CLIENT_INIT;
    return true;
  }

  private boolean clientInit() {
    if (!input.has(1)) {
      return false;
    }
    input.take(1); // shared flag: every connection sees the same screen anyway
    byte[] name = (guest.facts().name()).getBytes(StandardCharsets.UTF_8);
    ByteBuffer init = ByteBuffer.allocate(4 + PixelFormat.SIZE + 4 + name.length);
    init.putShort((short) TextScreen.WIDTH).putShort((short) TextScreen.HEIGHT);
    PixelFormat.DEFAULT.write(init);
    init.putInt(name.length).put(name);
    out.accept(init.array());
    phase = Phase.NORMAL;
    return true;
  }

  void pixelFormat(PixelFormat format) {
    this.format = format;
    this.shown = new int[0]; // the next frame is drawn whole in the new format
  }

  void updateRequested(boolean incremental) {
    if (incremental && guest.screen().version() == shownVersion) {
      waiting = true;
      return;
    }
    sendFrame(!incremental);
  }

  void key(int keysym, boolean down) {
    guest.key(keysym, down);
  }

  private void sendFrame(boolean whole) {
    long version = guest.screen().version();
    int[] pixels = guest.screen().pixels();
    int first = 0;
    int last = TextScreen.HEIGHT - 1;
    if (!whole && shown.length == pixels.length) {
      while (first <= last && sameRow(pixels, first)) {
        first++;
      }
      while (last >= first && sameRow(pixels, last)) {
        last--;
      }
    }
    shown = pixels;
    shownVersion = version;
    int rows = last - first + 1;
    int count = rows > 0 ? 1 : 0;
    int bpp = format.bytesPerPixel();
    ByteBuffer frame = ByteBuffer.allocate(4 + count * (12 + rows * TextScreen.WIDTH * bpp));
    frame.put((byte) 0).put((byte) 0).putShort((short) count);
    if (count == 1) {
      frame.putShort((short) 0).putShort((short) first);
      frame.putShort((short) TextScreen.WIDTH).putShort((short) rows).putInt(0); // raw
      for (int i = first * TextScreen.WIDTH; i < (last + 1) * TextScreen.WIDTH; i++) {
        format.put(frame, pixels[i]);
      }
    }
    out.accept(frame.array());
  }

  private boolean sameRow(int[] pixels, int row) {
    int from = row * TextScreen.WIDTH;
    int to = from + TextScreen.WIDTH;
    return Arrays.equals(pixels, from, to, shown, from, to);
  }
}
