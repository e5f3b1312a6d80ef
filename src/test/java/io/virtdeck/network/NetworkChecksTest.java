package io.virtdeck.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.task.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input checks: each problem a sentence key with the offending value. */
class NetworkChecksTest {

  @Test
  void namesAreDns1123Labels() {
    assertThat(NetworkChecks.name("NIC", "nic-2")).isEmpty();
    assertThat(NetworkChecks.name("NIC", "Nic_2"))
        .containsExactly(Message.of("net.invalid.name", "NIC", "Nic_2"));
    assertThat(NetworkChecks.name("NIC", ""))
        .extracting(Message::key)
        .containsExactly("net.invalid.name-empty");
    assertThat(NetworkChecks.name("NIC", "-a"))
        .extracting(Message::key)
        .containsExactly("net.invalid.name");
    assertThat(NetworkChecks.name("NIC", "a".repeat(64)))
        .extracting(Message::key)
        .containsExactly("net.invalid.name-long");
  }

  @Test
  void vlanAndMtuRanges() {
    assertThat(NetworkChecks.vlan(0)).isEmpty();
    assertThat(NetworkChecks.vlan(1)).isEmpty();
    assertThat(NetworkChecks.vlan(4094)).isEmpty();
    assertThat(NetworkChecks.vlan(4095)).containsExactly(Message.of("net.invalid.vlan", "4095"));
    assertThat(NetworkChecks.vlan(-1)).hasSize(1);
    assertThat(NetworkChecks.mtu(0)).isEmpty();
    assertThat(NetworkChecks.mtu(9000)).isEmpty();
    assertThat(NetworkChecks.mtu(575)).containsExactly(Message.of("net.invalid.mtu", "575"));
    assertThat(NetworkChecks.mtu(9217)).hasSize(1);
  }

  @Test
  void nicNamesAndMacs() {
    List<String> names = List.of("default", "nic-1");
    List<String> macs = List.of("02:00:00:aa:bb:cc");
    assertThat(NetworkChecks.nic("nic-2", "", names, macs)).isEmpty();
    assertThat(NetworkChecks.nic("nic-1", "", names, macs))
        .containsExactly(Message.of("net.invalid.nic-duplicate", "nic-1"));
    assertThat(NetworkChecks.nic("nic-2", "02:00:00:AA:BB:CC", names, macs))
        .containsExactly(Message.of("net.invalid.mac-duplicate", "02:00:00:AA:BB:CC"));
    assertThat(NetworkChecks.nic("nic-2", "02-00-00-aa-bb-cd", names, macs)).isEmpty();
    assertThat(NetworkChecks.mac("02:00:00:aa:bb", macs))
        .containsExactly(Message.of("net.invalid.mac", "02:00:00:aa:bb"));
    assertThat(NetworkChecks.mac("02:00:00-aa:bb:cc", macs))
        .extracting(Message::key)
        .containsExactly("net.invalid.mac");
    assertThat(NetworkChecks.mac("01:00:5e:00:00:01", macs))
        .extracting(Message::key)
        .containsExactly("net.invalid.mac-multicast");
  }

  @Test
  void newPortGroupCollectsEveryProblem() {
    NewPortGroup bad = new NewPortGroup("VLAN 5", "", PortGroupType.MACVTAP, "", 5000, 100);
    assertThat(bad.problems())
        .extracting(Message::key)
        .containsExactly(
            "net.invalid.name",
            "net.invalid.namespace-empty",
            "net.invalid.type",
            "net.invalid.network-empty",
            "net.invalid.vlan",
            "net.invalid.mtu");
    assertThat(
            new NewPortGroup("vlan-5", "shop", PortGroupType.LINUX_BRIDGE, "br1", 5, 1500)
                .problems())
        .isEmpty();
  }
}
