package io.virtdeck.vm.power;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import org.junit.jupiter.api.Test;

class PowerCommandsTest {

  private final ResourceKey web = new ResourceKey("shop", "web-01");

  @Test
  void powerOnIsAPutOnTheStartSubresource() {
    ApiCall call = PowerCommands.call(PowerAction.POWER_ON, web);

    assertThat(call.method()).isEqualTo("PUT");
    assertThat(call.path())
        .isEqualTo(
            "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/start");
    assertThat(call.body()).isEqualTo("{}");
  }

  @Test
  void powerOffIsAStopWithoutGracePeriodAndSuspendPausesTheInstance() {
    assertThat(PowerCommands.call(PowerAction.POWER_OFF, web).body())
        .isEqualTo("{\"gracePeriod\":0}");
    assertThat(PowerCommands.call(PowerAction.SHUT_DOWN_GUEST, web).body()).isEqualTo("{}");
    assertThat(PowerCommands.call(PowerAction.SUSPEND, web).path())
        .endsWith("/namespaces/shop/virtualmachineinstances/web-01/pause");
  }

  @Test
  void commandsAreVirtctlAndKubectlToPaste() {
    assertThat(PowerCommands.commands(PowerAction.POWER_ON, web))
        .containsExactly(
            "virtctl start web-01 -n shop",
            "kubectl patch vm web-01 -n shop --type merge -p"
                + " '{\"spec\":{\"runStrategy\":\"Always\"}}'",
            "kubectl replace --raw"
                + " /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/start"
                + " -f - <<< '{}'");
    assertThat(PowerCommands.commands(PowerAction.POWER_OFF, web).get(0))
        .isEqualTo("virtctl stop web-01 -n shop --grace-period=0 --force");
    assertThat(PowerCommands.commands(PowerAction.RESUME, web).get(0))
        .isEqualTo("virtctl unpause vm web-01 -n shop");
  }

  @Test
  void eachActionNeedsUpdateOnItsSubresource() {
    var access = PowerAction.RESTART.access("shop", "web-01");

    assertThat(access.verb()).isEqualTo("update");
    assertThat(access.group()).isEqualTo("subresources.kubevirt.io");
    assertThat(access.resource()).isEqualTo("virtualmachines");
    assertThat(access.subresource()).isEqualTo("restart");
    assertThat(access.namespace()).isEqualTo("shop");
  }

  @Test
  void stateDecidesWhatIsMeaningful() {
    assertThat(PowerAction.POWER_ON.allowedFrom(PowerState.POWERED_OFF)).isTrue();
    assertThat(PowerAction.POWER_ON.allowedFrom(PowerState.POWERED_ON)).isFalse();
    assertThat(PowerAction.RESUME.allowedFrom(PowerState.SUSPENDED)).isTrue();
    assertThat(PowerAction.RESTART.allowedFrom(PowerState.POWERED_OFF)).isFalse();
    assertThat(PowerAction.POWER_OFF.needsConfirmation()).isTrue();
    assertThat(PowerAction.POWER_ON.needsConfirmation()).isFalse();
  }
}
