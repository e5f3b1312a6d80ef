package io.virtdeck.storage;

/** A number of bytes and where it comes from; {@code bytes} is -1 when unknown. */
public record Amount(long bytes, CapacitySource source) {

  public static final Amount UNKNOWN = new Amount(-1, CapacitySource.UNKNOWN);

  public boolean known() {
    return bytes >= 0;
  }
}
