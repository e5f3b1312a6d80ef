package io.virtdeck.console;

import org.springframework.web.socket.CloseStatus;

/**
 * How VirtDeck's console WebSocket tells the browser why it closed: a code of its own (4000-4999)
 * and a short English reason; the browser shows its own translated sentence for each code.
 */
final class CloseReasons {

  static final CloseStatus BAD_TARGET = new CloseStatus(4400, "No such console");
  static final CloseStatus FORBIDDEN = new CloseStatus(4403, "Not allowed to open this console");
  static final CloseStatus NOT_RUNNING = new CloseStatus(4404, "The VM is not running");
  static final CloseStatus HELD = new CloseStatus(4409, "Someone else holds this console");
  static final CloseStatus POWERED_OFF = new CloseStatus(4410, "The VM was powered off");
  static final CloseStatus TAKEN_OVER =
      new CloseStatus(4411, "Another user took over this console");
  static final CloseStatus IDLE = new CloseStatus(4408, "Closed after a time without activity");
  static final CloseStatus UNREACHABLE = new CloseStatus(4503, "The Kubernetes API is unreachable");
  static final CloseStatus TOO_MUCH_INPUT = new CloseStatus(4413, "Too much input at once");
  static final CloseStatus REFUSED =
      new CloseStatus(4500, "The Kubernetes API refused the console");
  static final CloseStatus API_CLOSED = new CloseStatus(4000, "The console connection was closed");

  private CloseReasons() {}

  /** The close for a refused handshake with HTTP status {@code code}. */
  static CloseStatus ofHandshake(int code) {
    return switch (code) {
      case 403, 401 -> FORBIDDEN;
      case 400, 404 -> NOT_RUNNING;
      case 409 -> HELD;
      case 0, 502, 503, 504 -> UNREACHABLE;
      default -> REFUSED;
    };
  }
}
