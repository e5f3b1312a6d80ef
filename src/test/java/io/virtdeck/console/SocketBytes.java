package io.virtdeck.console;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A WebSocket's incoming bytes as a blocking stream, for a benchmark that speaks to a console. */
final class SocketBytes implements WebSocket.Listener {

  private static final long PATIENCE_SECONDS = 30;

  private final BlockingQueue<ByteBuffer> chunks = new LinkedBlockingQueue<>();
  private ByteBuffer current = ByteBuffer.allocate(0);
  final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private volatile long received;

  @Override
  public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
    ByteBuffer copy = ByteBuffer.allocate(data.remaining());
    copy.put(data).flip();
    received += copy.remaining();
    chunks.add(copy);
    socket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onText(WebSocket socket, CharSequence text, boolean last) {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    received += bytes.length;
    chunks.add(ByteBuffer.wrap(bytes));
    socket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
    closed.complete(code);
    return null;
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    closed.completeExceptionally(error);
  }

  /** All bytes received so far. */
  long received() {
    return received;
  }

  int read() throws InterruptedException, TimeoutException {
    while (!current.hasRemaining()) {
      ByteBuffer next = chunks.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
      if (next == null) {
        throw new TimeoutException("No byte within " + PATIENCE_SECONDS + " s");
      }
      current = next;
    }
    return current.get() & 0xff;
  }

  byte[] read(int length) throws InterruptedException, TimeoutException {
    byte[] bytes = new byte[length];
    int at = 0;
    while (at < length) {
      if (!current.hasRemaining()) {
        bytes[at++] = (byte) read();
        continue;
      }
      int n = Math.min(current.remaining(), length - at);
      current.get(bytes, at, n);
      at += n;
    }
    return bytes;
  }

  /** Skips bytes until {@code text} has been read. */
  void skipPast(String text) throws InterruptedException, TimeoutException {
    byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
    int matched = 0;
    while (matched < wanted.length) {
      int b = read();
      matched = b == (wanted[matched] & 0xff) ? matched + 1 : (b == (wanted[0] & 0xff) ? 1 : 0);
    }
  }

  /** Forgets whatever has arrived and not been read. */
  void drain() {
    current = ByteBuffer.allocate(0);
    chunks.clear();
  }
}
