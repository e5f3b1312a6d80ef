package io.virtdeck.vm.power;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Await;
import io.virtdeck.task.KubectlText;
import java.util.ArrayList;
import java.util.List;

/** The request a power action sends, and the commands a user would type for the same. */
final class PowerCommands {

  private PowerCommands() {}

  static ApiCall call(PowerAction action, ResourceKey vm) {
    String path =
        "/apis/subresources.kubevirt.io/v1/namespaces/%s/%s/%s/%s"
            .formatted(vm.namespace(), action.resource(), vm.name(), action.subresource());
    return ApiCall.put(path, action.body());
  }

  static List<String> commands(PowerAction action, ResourceKey vm) {
    String target = vm.name() + " -n " + vm.namespace();
    List<String> commands = new ArrayList<>();
    commands.add(
        switch (action) {
          case POWER_ON -> "virtctl start " + target;
          case SHUT_DOWN_GUEST -> "virtctl stop " + target;
          case POWER_OFF -> "virtctl stop " + target + " --grace-period=0 --force";
          case RESTART -> "virtctl restart " + target;
          case SUSPEND -> "virtctl pause vm " + target;
          case RESUME -> "virtctl unpause vm " + target;
        });
    switch (action) {
      case POWER_ON -> commands.add(runStrategy(vm, "Always"));
      case SHUT_DOWN_GUEST, POWER_OFF -> commands.add(runStrategy(vm, "Halted"));
      default -> {}
    }
    commands.add(KubectlText.of(call(action, vm)));
    return List.copyOf(commands);
  }

  /** What a script waits for after the action: the VM's printable status that means done. */
  static List<Await> awaits(PowerAction action, ResourceKey vm) {
    String status =
        switch (action) {
          case POWER_ON, RESTART, RESUME -> "Running";
          case SHUT_DOWN_GUEST, POWER_OFF -> "Stopped";
          case SUSPEND -> "Paused";
        };
    return List.of(Await.vmStatus(vm.namespace(), vm.name(), status));
  }

  private static String runStrategy(ResourceKey vm, String strategy) {
    return "kubectl patch vm %s -n %s --type merge -p '{\"spec\":{\"runStrategy\":\"%s\"}}'"
        .formatted(vm.name(), vm.namespace(), strategy);
  }
}
