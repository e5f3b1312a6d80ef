package io.virtdeck.task;

import io.virtdeck.cluster.ApiCall;
import java.util.List;

/**
 * What a recorded script needs to do an operation again: the exact request, the kubectl command
 * that sends it (the same text teaching mode shows among the operation's commands), and what to
 * wait for before the next step.
 */
public record ScriptStep(ApiCall call, String kubectl, List<Await> awaits) {

  public ScriptStep {
    awaits = List.copyOf(awaits);
  }

  public static ScriptStep of(ApiCall call, List<Await> awaits) {
    return new ScriptStep(call, KubectlText.of(call), awaits);
  }

  /** The target the request names. */
  public ApiTarget target() {
    return ApiTarget.parse(call.path());
  }
}
