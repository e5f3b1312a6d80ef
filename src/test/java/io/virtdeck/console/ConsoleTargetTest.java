package io.virtdeck.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleTargetTest {

  @Test
  void vncAsksToKeepAnExistingSessionUnlessTakingOver() {
    var vnc = ConsoleTarget.parse("/console-ws/shop/web-01/vnc", null).orElseThrow();
    assertThat(vnc.apiPath())
        .isEqualTo(
            "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachineinstances/web-01/vnc"
                + "?preserveSession=true");
    var takeOver =
        ConsoleTarget.parse("/console-ws/shop/web-01/vnc", "takeOver=true").orElseThrow();
    assertThat(takeOver.apiPath()).endsWith("/web-01/vnc");
    var serial = ConsoleTarget.parse("/console-ws/shop/web-01/serial", null).orElseThrow();
    assertThat(serial.apiPath()).endsWith("/virtualmachineinstances/web-01/console");
  }

  @Test
  void craftedPathsNameNoConsole() {
    assertThat(ConsoleTarget.parse("/console-ws/shop/web-01/exec", null)).isEmpty();
    assertThat(ConsoleTarget.parse("/console-ws/shop/../kube-system/vnc", null)).isEmpty();
    assertThat(ConsoleTarget.parse("/console-ws/Shop/web-01/vnc", null)).isEmpty();
    assertThat(ConsoleTarget.parse("/console-ws/shop/web-01%2F..%2Fx/vnc", null)).isEmpty();
    assertThat(ConsoleTarget.parse("/console-ws/shop/web-01/vnc/extra", null)).isEmpty();
  }

  @Test
  void thePermissionIsGetOnTheVmisSubresource() {
    var target = ConsoleTarget.parse("/console-ws/shop/web-01/serial", null).orElseThrow();
    assertThat(ConsoleSocketHandler.permission(target).describe())
        .contains("get")
        .contains("virtualmachineinstances")
        .contains("console")
        .contains("shop");
  }
}
