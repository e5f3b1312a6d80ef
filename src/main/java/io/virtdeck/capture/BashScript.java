package io.virtdeck.capture;

import io.virtdeck.task.Await;
import io.virtdeck.task.KubectlText;
import java.util.List;

/**
 * A recording as a bash script: for each task the kubectl command that sends its request (the text
 * teaching mode shows), then a {@code kubectl wait} for what the task waited for.
 */
public final class BashScript {

  private BashScript() {}

  public static String render(List<CapturedStep> steps) {
    StringBuilder script = new StringBuilder();
    script.append("#!/usr/bin/env bash\n");
    script.append("# Recorded with VirtDeck Code Capture: ").append(steps.size());
    script.append(" step(s). Runs against the cluster of $KUBECONFIG.\n");
    script.append("set -euo pipefail\n");
    for (int i = 0; i < steps.size(); i++) {
      CapturedStep step = steps.get(i);
      script.append("\n# ").append(step.heading(i).replace("\n", " ")).append('\n');
      script.append(step.step().kubectl()).append('\n');
      for (Await await : step.step().awaits()) {
        script.append(KubectlText.of(await)).append('\n');
      }
    }
    return script.toString();
  }
}
