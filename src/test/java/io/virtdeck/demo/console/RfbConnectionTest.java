package io.virtdeck.demo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfbConnectionTest {

  private final List<byte[]> sent = new ArrayList<>();
  private final GuestScreen guest = new GuestScreen(Guests.linux(), Guests.CLOCK);
  private final RfbConnection rfb = new RfbConnection(guest, sent::add);

  @Test
  void handshakeOffersNoAuthenticationAndDescribesTheScreen() {
    rfb.open();
    assertThat(new String(sent.get(0), StandardCharsets.US_ASCII)).isEqualTo("RFB 003.008\n");
    rfb.receive("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(sent.get(1)).containsExactly(1, 1);
    rfb.receive(new byte[] {1});
    assertThat(sent.get(2)).containsExactly(0, 0, 0, 0);
    rfb.receive(new byte[] {1});
    ByteBuffer init = ByteBuffer.wrap(sent.get(3));
    assertThat(init.getShort()).isEqualTo((short) 640);
    assertThat(init.getShort()).isEqualTo((short) 400);
    assertThat(init.get()).as("bits per pixel").isEqualTo((byte) 32);
    init.position(20);
    byte[] name = new byte[init.getInt()];
    init.get(name);
    assertThat(new String(name, StandardCharsets.UTF_8)).isEqualTo("web-01");
  }

  @Test
  void aFullUpdateIsOneRawRectangleOfTheWholeScreenInTheClientsFormat() {
    connect();
    // the client asks for 32 bits, red in the lowest byte (as noVNC does)
    rfb.receive(pixelFormat(0, 8, 16));
    rfb.receive(updateRequest(false));
    ByteBuffer frame = ByteBuffer.wrap(last());
    assertThat(frame.get()).as("FramebufferUpdate").isZero();
    frame.get();
    assertThat(frame.getShort()).as("rectangles").isEqualTo((short) 1);
    assertThat(new int[] {frame.getShort(), frame.getShort(), frame.getShort(), frame.getShort()})
        .containsExactly(0, 0, 640, 400);
    assertThat(frame.getInt()).as("raw encoding").isZero();
    assertThat(frame.remaining()).isEqualTo(640 * 400 * 4);
    int[] pixels = guest.screen().pixels();
    int lit = indexOf(pixels, GuestScreen.LIGHT);
    frame.position(frame.position() + lit * 4);
    assertThat(new byte[] {frame.get(), frame.get(), frame.get()})
        .containsExactly(0xc0, 0xc0, 0xc0);
  }

  @Test
  void anIncrementalRequestWaitsForAChangeAndSendsOnlyTheChangedRows() {
    connect();
    rfb.receive(updateRequest(false));
    int before = sent.size();
    rfb.receive(updateRequest(true));
    assertThat(sent).as("nothing changed, nothing sent").hasSize(before);

    rfb.receive(key('x', true));

    ByteBuffer frame = ByteBuffer.wrap(last());
    frame.position(2);
    assertThat(frame.getShort()).isEqualTo((short) 1);
    frame.getShort();
    int y = frame.getShort();
    frame.getShort();
    int height = frame.getShort();
    assertThat(height).as("rows of one text line at most").isBetween(1, 16);
    assertThat(y / 16).as("the text line").isEqualTo((y + height - 1) / 16);
  }

  @Test
  void messagesSplitAndJoinedAnyWayAreRead() {
    connect();
    var joined = new ByteArrayOutputStream();
    joined.writeBytes(setEncodings(0, -223, -239));
    joined.writeBytes(key('a', true));
    joined.writeBytes(key('a', false));
    joined.writeBytes(updateRequest(false));
    for (byte b : joined.toByteArray()) {
      rfb.receive(new byte[] {b});
    }
    assertThat(last()[0]).as("a frame came").isZero();
    assertThat(guest.screen().line(lastTextRow())).endsWith("login: a");
  }

  @Test
  void anUnknownMessageIsABrokenStream() {
    connect();
    assertThatThrownBy(() -> rfb.receive(new byte[] {99}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private int lastTextRow() {
    for (int row = TextScreen.ROWS - 1; row >= 0; row--) {
      if (!guest.screen().line(row).isEmpty()) {
        return row;
      }
    }
    return 0;
  }

  private void connect() {
    rfb.open();
    rfb.receive("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
    rfb.receive(new byte[] {1});
    rfb.receive(new byte[] {1});
  }

  private byte[] last() {
    return sent.get(sent.size() - 1);
  }

  private static int indexOf(int[] pixels, int value) {
    for (int i = 0; i < pixels.length; i++) {
      if (pixels[i] == value) {
        return i;
      }
    }
    throw new AssertionError("no pixel " + value);
  }

  static byte[] pixelFormat(int redShift, int greenShift, int blueShift) {
    ByteBuffer b = ByteBuffer.allocate(20);
    b.put((byte) 0).put(new byte[3]);
    new PixelFormat(32, 24, false, 255, 255, 255, redShift, greenShift, blueShift).write(b);
    return b.array();
  }

  static byte[] updateRequest(boolean incremental) {
    ByteBuffer b = ByteBuffer.allocate(10);
    b.put((byte) 3).put((byte) (incremental ? 1 : 0)).putShort((short) 0).putShort((short) 0);
    b.putShort((short) 640).putShort((short) 400);
    return b.array();
  }

  static byte[] key(int keysym, boolean down) {
    ByteBuffer b = ByteBuffer.allocate(8);
    b.put((byte) 4).put((byte) (down ? 1 : 0)).putShort((short) 0).putInt(keysym);
    return b.array();
  }

  static byte[] setEncodings(int... encodings) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * encodings.length);
    b.put((byte) 2).put((byte) 0).putShort((short) encodings.length);
    for (int e : encodings) {
      b.putInt(e);
    }
    return b.array();
  }
}
