package io.virtdeck.capture;

import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.task.TaskService;
import org.springframework.stereotype.Service;

/** Hands out recordings of a user's tasks (each browser session keeps its own). */
@Service
public class CodeCapture {

  private final TaskService tasks;

  public CodeCapture(TaskService tasks) {
    this.tasks = tasks;
  }

  /** A new recording for {@code user}, off until started; close it when the session ends. */
  public Recording newRecording(UserIdentity user) {
    return new Recording(tasks, user);
  }
}
