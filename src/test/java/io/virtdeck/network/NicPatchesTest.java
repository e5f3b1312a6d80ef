package io.virtdeck.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON patches and commands of NIC changes: tested against the NICs seen. */
class NicPatchesTest {

  static VirtualMachine vm(String interfaces, String networks) {
    return Serialization.unmarshal(
        """
        {"apiVersion":"kubevirt.io/v1","kind":"VirtualMachine",
         "metadata":{"name":"web-01","namespace":"shop","resourceVersion":"42"},
         "spec":{"runStrategy":"Always","template":{"spec":{
           "domain":{"devices":{%s}},%s}}}}"""
            .formatted(interfaces, networks),
        VirtualMachine.class);
  }

  static final VirtualMachine TWO_NICS =
      vm(
          "\"interfaces\":[{\"name\":\"default\",\"masquerade\":{}},"
              + "{\"name\":\"nic-1\",\"bridge\":{}}]",
          "\"networks\":[{\"name\":\"default\",\"pod\":{}},"
              + "{\"name\":\"nic-1\",\"multus\":{\"networkName\":\"vlan-200-dmz\"}}]");

  @Test
  void addAppendsInterfaceAndNetworkWithoutTestingTheResourceVersion() {
    String patch =
        NicPatches.add(TWO_NICS, new NewNic("nic-2", "default/vlan-100-prod", "virtio", ""));
    assertThat(patch)
        .isEqualTo(
            "[{\"op\":\"add\",\"path\":\"/spec/template/spec/domain/devices/interfaces/-\","
                + "\"value\":{\"name\":\"nic-2\",\"model\":\"virtio\",\"bridge\":{}}},"
                + "{\"op\":\"add\",\"path\":\"/spec/template/spec/networks/-\",\"value\":"
                + "{\"name\":\"nic-2\",\"multus\":{\"networkName\":\"default/vlan-100-prod\"}}}]");
  }

  @Test
  void addCreatesTheListsWhereTheVmHasNone() {
    String patch =
        NicPatches.add(
            vm("\"disks\":[]", "\"volumes\":[]"),
            new NewNic("nic-1", "vlan-200-dmz", "e1000e", "02:00:00:00:00:01"));
    assertThat(patch)
        .contains("\"path\":\"/spec/template/spec/domain/devices/interfaces\",\"value\":[{")
        .contains("\"macAddress\":\"02:00:00:00:00:01\"")
        .contains("\"path\":\"/spec/template/spec/networks\",\"value\":[{")
        .startsWith("[{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"42\"}");
  }

  @Test
  void changesOfExistingNicsTestTheirNamesButNotTheResourceVersion() {
    assertThat(
            List.of(
                NicPatches.unplug(TWO_NICS, "nic-1"),
                NicPatches.remove(TWO_NICS, "nic-1"),
                NicPatches.reconnect(TWO_NICS, "nic-1", "vlan-200-dmz", "default/vlan-100-prod")))
        .allSatisfy(p -> assertThat(p).doesNotContain("resourceVersion").contains("/1/name"));
  }

  @Test
  void unplugMarksTheInterfaceAbsentAtItsIndex() {
    assertThat(NicPatches.unplug(TWO_NICS, "nic-1"))
        .contains(
            "{\"op\":\"test\",\"path\":\"/spec/template/spec/domain/devices/interfaces/1/name\",\"value\":\"nic-1\"}")
        .endsWith(
            "{\"op\":\"add\",\"path\":\"/spec/template/spec/domain/devices/interfaces/1/state\",\"value\":\"absent\"}]");
  }

  @Test
  void removeDeletesInterfaceAndNetwork() {
    assertThat(NicPatches.remove(TWO_NICS, "nic-1"))
        .contains(
            "{\"op\":\"remove\",\"path\":\"/spec/template/spec/domain/devices/interfaces/1\"}")
        .contains("{\"op\":\"remove\",\"path\":\"/spec/template/spec/networks/1\"}");
  }

  @Test
  void reconnectReplacesOnlyTheNetworkNameTestingTheNicAndThePortGroupItWasSeenOn() {
    assertThat(NicPatches.reconnect(TWO_NICS, "nic-1", "vlan-200-dmz", "default/vlan-100-prod"))
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/spec/template/spec/networks/1/name\",\"value\":\"nic-1\"},"
                + "{\"op\":\"test\",\"path\":\"/spec/template/spec/networks/1/multus/networkName\","
                + "\"value\":\"vlan-200-dmz\"},"
                + "{\"op\":\"replace\",\"path\":\"/spec/template/spec/networks/1/multus/networkName\","
                + "\"value\":\"default/vlan-100-prod\"}]");
    assertThat(NicPatches.networkName(TWO_NICS, "nic-1")).isEqualTo("vlan-200-dmz");
    assertThatThrownBy(() -> NicPatches.unplug(TWO_NICS, "nic-9"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void commandsAreKubectlPatchAndCreate() {
    ResourceKey vm = new ResourceKey("shop", "web-01");
    assertThat(NetworkCommands.patchVmCommands(vm, "[{\"op\":\"test\",\"value\":\"it's\"}]"))
        .containsExactly(
            "kubectl patch vm web-01 -n shop --type json -p '[{\"op\":\"test\",\"value\":\"it'\\''s\"}]'");
    assertThat(NetworkCommands.patchVm(vm, "[]").contentType())
        .isEqualTo("application/json-patch+json");
    NewPortGroup group =
        new NewPortGroup("vlan-300", "shop", PortGroupType.LINUX_BRIDGE, "br1", 300, 1500);
    assertThat(NetworkCommands.createNadCommands(group).get(0))
        .startsWith("kubectl create -f - <<'EOF'\napiVersion: k8s.cni.cncf.io/v1\n")
        .endsWith("EOF");
    assertThat(NetworkCommands.deleteNadCommands(new ResourceKey("shop", "vlan-300")))
        .containsExactly(
            "kubectl delete network-attachment-definitions vlan-300 -n shop --cascade=background");
  }

  @Test
  void newPortGroupsReadBackAsWhatWasAskedFor() {
    NewPortGroup bridge =
        new NewPortGroup("vlan-300", "shop", PortGroupType.LINUX_BRIDGE, "br1", 300, 1500);
    NewPortGroup ovn =
        new NewPortGroup("blue", "shop", PortGroupType.OVN_LOCALNET, "physnet", 0, 0);
    ResourceKey key = new ResourceKey("shop", "x");
    assertThat(CniConfigs.parse(key, NadManifests.cniConfig(bridge), null))
        .extracting(PortGroup::type, PortGroup::vlan, PortGroup::network, PortGroup::mtu)
        .containsExactly(PortGroupType.LINUX_BRIDGE, 300, "br1", 1500);
    assertThat(CniConfigs.parse(key, NadManifests.cniConfig(ovn), null))
        .extracting(PortGroup::type, PortGroup::vlan, PortGroup::network, PortGroup::mtu)
        .containsExactly(PortGroupType.OVN_LOCALNET, 0, "physnet", 0);
    assertThat(NadManifests.yaml(bridge))
        .contains("k8s.v1.cni.cncf.io/resourceName: bridge.network.kubevirt.io/br1")
        .contains("  config: |-\n    {\n")
        .contains("\"vlan\" : 300");
  }
}
