package io.virtdeck.vm.power;

import static io.virtdeck.capture.Scripts.ansibleTasks;
import static io.virtdeck.capture.Scripts.bash;
import static io.virtdeck.capture.Scripts.module;
import static io.virtdeck.capture.Scripts.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.ScriptStep;
import org.junit.jupiter.api.Test;

/** Power actions in a recorded script: bash, Ansible and YAML from the action's one request. */
class PowerScriptTest {

  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");

  private static ScriptStep step(PowerAction action) {
    return ScriptStep.of(PowerCommands.call(action, WEB), PowerCommands.awaits(action, WEB));
  }

  @Test
  void bashSendsTheSubresourceRequestTeachingModeShowsThenWaitsForTheState() {
    ScriptStep on = step(PowerAction.POWER_ON);

    assertThat(PowerCommands.commands(PowerAction.POWER_ON, WEB)).contains(on.kubectl());
    assertThat(bash(on))
        .startsWith("#!/usr/bin/env bash\n")
        .contains("set -euo pipefail")
        .contains(
            "kubectl replace --raw"
                + " /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/start"
                + " -f - <<< '{}'\n"
                + "kubectl wait vm/web-01 -n shop"
                + " --for=jsonpath='{.status.printableStatus}'=Running --timeout=180s\n");
    assertThat(bash(step(PowerAction.POWER_OFF)))
        .contains("/web-01/stop -f - <<< '{\"gracePeriod\":0}'")
        .contains("=Stopped --timeout=180s");
    assertThat(bash(step(PowerAction.SUSPEND)))
        .contains("/virtualmachineinstances/web-01/pause -f - <<< '{}'")
        .contains("=Paused");
  }

  @Test
  void ansibleSendsTheSameRequestAndWaitsWithKubevirtCore() {
    var tasks = ansibleTasks(step(PowerAction.POWER_ON), step(PowerAction.SHUT_DOWN_GUEST));

    assertThat(tasks).hasSize(4);
    assertThat(module(tasks.get(0), "ansible.builtin.command"))
        .containsEntry(
            "cmd",
            "kubectl replace --raw"
                + " /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/start"
                + " -f -")
        .containsEntry("stdin", "{}");
    assertThat(module(tasks.get(1), "kubevirt.core.kubevirt_vm_info"))
        .containsEntry("name", "web-01")
        .containsEntry("namespace", "shop")
        .containsEntry("wait", true)
        .doesNotContainKey("running");
    assertThat(module(tasks.get(3), "kubevirt.core.kubevirt_vm_info"))
        .containsEntry("running", false)
        .containsEntry("wait", true);
  }

  @Test
  void yamlShowsTheActionsRequestAndBody() {
    assertThat(yaml(step(PowerAction.RESTART)))
        .contains(
            "# PUT /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/restart")
        .contains("# then: kubectl wait vm/web-01 -n shop")
        .endsWith("{}\n");
  }
}
