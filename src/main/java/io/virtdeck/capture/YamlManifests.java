package io.virtdeck.capture;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.task.ApiTarget;
import io.virtdeck.task.Await;
import io.virtdeck.task.KubectlText;
import io.virtdeck.task.Manifests;
import java.util.List;

/**
 * A recording as plain YAML documents: each created object's manifest, each patch and each action's
 * body, headed by comments saying how it is sent and what to wait for after it.
 */
public final class YamlManifests {

  private YamlManifests() {}

  public static String render(List<CapturedStep> steps) {
    StringBuilder out = new StringBuilder();
    out.append("# Recorded with VirtDeck Code Capture: ").append(steps.size());
    out.append(" step(s), one YAML document each, in order.\n");
    for (int i = 0; i < steps.size(); i++) {
      CapturedStep step = steps.get(i);
      ApiCall call = step.step().call();
      ApiTarget target = step.step().target();
      out.append("---\n# ").append(step.heading(i).replace("\n", " ")).append('\n');
      out.append("# ").append(how(call, target)).append('\n');
      for (Await await : step.step().awaits()) {
        out.append("# then: ").append(KubectlText.of(await)).append('\n');
      }
      if (!call.body().isEmpty() && !call.method().equals("DELETE")) {
        out.append(Manifests.yamlOfJson(call.body()));
      }
    }
    return out.toString();
  }

  private static String how(ApiCall call, ApiTarget target) {
    String object = target.kubectlResource() + " " + target.name() + target.namespaceFlag();
    if (target.isAction()) {
      return call.method() + " " + call.path();
    }
    return switch (call.method()) {
      case "POST" -> "kubectl create -f <this document>";
      case "PUT" -> "kubectl replace -f <this document>";
      case "PATCH" ->
          "kubectl patch %s --type %s --patch-file <this document>"
              .formatted(object, KubectlText.patchType(call.contentType()));
      default -> KubectlText.of(call);
    };
  }
}
