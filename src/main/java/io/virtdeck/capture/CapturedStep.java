package io.virtdeck.capture;

import io.virtdeck.task.ScriptStep;

/**
 * One recorded task as a script shows it: its title in the user's language, its target and what the
 * script does for it.
 */
public record CapturedStep(String title, String target, ScriptStep step) {

  /** The step's heading line in a script: its number, title and target. */
  String heading(int index) {
    return (index + 1) + ". " + title + " · " + target;
  }
}
