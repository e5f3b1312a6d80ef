package io.virtdeck.capture;

import io.virtdeck.task.ScriptStep;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** One recorded step rendered in each form, and the playbook read back, for the per-kind tests. */
public final class Scripts {

  private static final ObjectMapper YAML = new YAMLMapper();

  private Scripts() {}

  public static List<CapturedStep> steps(ScriptStep... steps) {
    return java.util.Arrays.stream(steps).map(s -> new CapturedStep("Step", "target", s)).toList();
  }

  public static String bash(ScriptStep... steps) {
    return ScriptFormat.BASH.render(steps(steps));
  }

  public static String yaml(ScriptStep... steps) {
    return ScriptFormat.YAML.render(steps(steps));
  }

  public static String ansible(ScriptStep... steps) {
    return ScriptFormat.ANSIBLE.render(steps(steps));
  }

  /** The playbook's tasks, read back from its YAML (so it is valid YAML). */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> ansibleTasks(ScriptStep... steps) {
    String playbook = ansible(steps);
    List<Map<String, Object>> plays = YAML.readValue(playbook, List.class);
    return (List<Map<String, Object>>) plays.getFirst().get("tasks");
  }

  /** The arguments of the module a task calls. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> module(Map<String, Object> task, String module) {
    Object arguments = task.get(module);
    if (arguments == null) {
      throw new AssertionError("No " + module + " in " + task);
    }
    return (Map<String, Object>) arguments;
  }
}
