package io.virtdeck.demo.console;

import java.nio.ByteBuffer;

/** Reads one client-to-server RFB message, once all of its bytes have arrived. */
final class RfbMessages {

  static final int SET_PIXEL_FORMAT = 0;
  static final int SET_ENCODINGS = 2;
  static final int UPDATE_REQUEST = 3;
  static final int KEY_EVENT = 4;
  static final int POINTER_EVENT = 5;
  static final int CLIENT_CUT_TEXT = 6;
  static final int ENABLE_CONTINUOUS_UPDATES = 150;
  static final int CLIENT_FENCE = 248;

  private RfbMessages() {}

  /** Handles the next whole message; false when more bytes are needed. */
  static boolean handle(RfbInput in, RfbConnection connection) {
    if (!in.has(1)) {
      return false;
    }
    int type = in.peek(0);
    int length = length(in, type);
    if (length < 0 || !in.has(length)) {
      return false;
    }
    ByteBuffer message = in.takeBuffer(length);
    message.get();
    switch (type) {
      case SET_PIXEL_FORMAT -> {
        message.position(4);
        connection.pixelFormat(PixelFormat.read(message));
      }
      case UPDATE_REQUEST -> connection.updateRequested(message.get() != 0);
      case KEY_EVENT -> {
        boolean down = message.get() != 0;
        message.getShort();
        connection.key(message.getInt(), down);
      }
      default -> {
        // encodings (raw is always used), pointer, clipboard, continuous updates, fences: ignored
      }
    }
    return true;
  }

  /** The whole message's length in bytes, or -1 while its header is incomplete. */
  private static int length(RfbInput in, int type) {
    return switch (type) {
      case SET_PIXEL_FORMAT -> 4 + PixelFormat.SIZE;
      case SET_ENCODINGS -> in.has(4) ? 4 + 4 * (in.peek(2) << 8 | in.peek(3)) : -1;
      case UPDATE_REQUEST, ENABLE_CONTINUOUS_UPDATES -> 10;
      case KEY_EVENT -> 8;
      case POINTER_EVENT -> 6;
      case CLIENT_CUT_TEXT -> in.has(8) ? 8 + Math.abs(int32(in, 4)) : -1;
      case CLIENT_FENCE -> in.has(9) ? 9 + in.peek(8) : -1;
      default -> throw new IllegalArgumentException("Unknown RFB client message type " + type);
    };
  }

  private static int int32(RfbInput in, int offset) {
    return in.peek(offset) << 24
        | in.peek(offset + 1) << 16
        | in.peek(offset + 2) << 8
        | in.peek(offset + 3);
  }
}
