package io.virtdeck.task;

/** Where a running operation stands, as read from the cache. */
public sealed interface Outcome {

  /** Not there yet; {@code percent} is -1 when unknown. */
  record Pending(int percent) implements Outcome {}

  record Completed() implements Outcome {}

  record Failed(Message reason) implements Outcome {}

  static Outcome pending() {
    return new Pending(-1);
  }

  static Outcome completed() {
    return new Completed();
  }

  static Outcome failed(Message reason) {
    return new Failed(reason);
  }
}
