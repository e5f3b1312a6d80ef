package io.virtdeck.task;

import java.util.List;

/** A sentence for the user as an i18n key and its arguments, translated by the view. */
public record Message(String key, List<String> args) {

  public Message {
    args = List.copyOf(args);
  }

  public static Message of(String key, String... args) {
    return new Message(key, List.of(args));
  }
}
