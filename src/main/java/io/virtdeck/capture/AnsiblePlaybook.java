package io.virtdeck.capture;

import io.virtdeck.task.Manifests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recording as an Ansible playbook on localhost: creates, patches and deletes with the {@code
 * kubernetes.core} modules, KubeVirt's actions (start, stop, addvolume, ...), which no module
 * sends, as the same kubectl command, and the waits with {@code kubevirt.core.kubevirt_vm_info} or
 * {@code kubernetes.core.k8s_info}.
 */
public final class AnsiblePlaybook {

  private AnsiblePlaybook() {}

  public static String render(List<CapturedStep> steps) {
    List<Object> tasks = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      CapturedStep step = steps.get(i);
      String name = step.heading(i);
      tasks.add(task(name, AnsibleTasks.request(step.step())));
      step.step().awaits().forEach(a -> tasks.add(task(name + " (wait)", AnsibleTasks.await(a))));
    }
    Map<String, Object> play = new LinkedHashMap<>();
    play.put("name", "Recorded with VirtDeck Code Capture");
    play.put("hosts", "localhost");
    play.put("gather_facts", false);
    play.put("tasks", tasks);
    return "# Recorded with VirtDeck Code Capture: "
        + steps.size()
        + " step(s). Needs the kubernetes.core and kubevirt.core collections\n"
        + "# (ansible-galaxy collection install kubernetes.core kubevirt.core) and kubectl;\n"
        + "# runs against the cluster of $KUBECONFIG.\n"
        + Manifests.yaml(List.of(play));
  }

  private static Map<String, Object> task(String name, Map<String, Object> module) {
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("name", name);
    task.putAll(module);
    return task;
  }
}
