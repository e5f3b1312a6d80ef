package io.virtdeck.yaml;

import io.virtdeck.task.Message;

/**
 * A problem of an edited YAML, as a sentence, and the line of the YAML it concerns (counted from 1;
 * 0 when it concerns no one line).
 */
public record YamlProblem(int line, Message message) {

  /** A problem about no one line. */
  public static YamlProblem general(Message message) {
    return new YamlProblem(0, message);
  }
}
