package io.virtdeck.console;

/**
 * What a console thumbnail shows: the VM's screen as a PNG, or why there is none.
 *
 * @param png the image; empty unless {@code status} is {@link Status#SHOWN}
 */
public record Screenshot(Status status, byte[] png) {

  public enum Status {
    SHOWN,
    NOT_RUNNING,
    UNAVAILABLE
  }

  static final Screenshot NOT_RUNNING = new Screenshot(Status.NOT_RUNNING, new byte[0]);
  static final Screenshot UNAVAILABLE = new Screenshot(Status.UNAVAILABLE, new byte[0]);

  static Screenshot of(byte[] png) {
    return new Screenshot(Status.SHOWN, png);
  }
}
