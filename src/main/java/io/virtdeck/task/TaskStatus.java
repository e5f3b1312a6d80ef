package io.virtdeck.task;

/** The states of a task, as vCenter shows them. */
public enum TaskStatus {
  QUEUED,
  RUNNING,
  COMPLETED,
  FAILED;

  public boolean finished() {
    return this == COMPLETED || this == FAILED;
  }
}
