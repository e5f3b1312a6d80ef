package io.virtdeck.lab;

import java.util.List;

/**
 * One guided lab: an id (its file name), a title, what it teaches, and its steps in order.
 *
 * @param source where it was read from (a classpath resource or a file), for messages
 */
public record Lab(String id, Text title, Text summary, List<LabStep> steps, String source) {

  public Lab {
    steps = List.copyOf(steps);
  }
}
