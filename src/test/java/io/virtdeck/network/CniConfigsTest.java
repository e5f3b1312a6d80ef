package io.virtdeck.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A corpus of real-world CNI configurations and the Summary VirtDeck reads from each. */
class CniConfigsTest {

  private static final ResourceKey KEY = new ResourceKey("shop", "net");

  private static PortGroup parse(String config, Map<String, String> annotations) {
    return CniConfigs.parse(KEY, config, annotations);
  }

  @Test
  void bridgeWithVlanMtuAndWhereabouts() {
    PortGroup group =
        parse(
            """
            {"cniVersion":"0.3.1","name":"vlan-200","type":"bridge","bridge":"br1","vlan":200,
             "mtu":1400,"ipam":{"type":"whereabouts","range":"192.168.200.0/24"}}""",
            Map.of(PortGroup.RESOURCE_NAME, "bridge.network.kubevirt.io/br1"));
    assertThat(group)
        .extracting(
            PortGroup::type,
            PortGroup::vlan,
            PortGroup::network,
            PortGroup::mtu,
            PortGroup::ipam,
            PortGroup::resourceName)
        .containsExactly(
            PortGroupType.LINUX_BRIDGE,
            200,
            "br1",
            1400,
            "whereabouts 192.168.200.0/24",
            "bridge.network.kubevirt.io/br1");
  }

  @Test
  void cnvBridgeWithoutVlanOrIpam() {
    PortGroup group =
        parse(
            "{\"cniVersion\":\"0.3.1\",\"name\":\"a\",\"type\":\"cnv-bridge\",\"bridge\":\"br0\"}",
            Map.of());
    assertThat(group.type()).isEqualTo(PortGroupType.LINUX_BRIDGE);
    assertThat(group.cniType()).isEqualTo("cnv-bridge");
    assertThat(group.vlan()).isZero();
    assertThat(group.ipam()).isEmpty();
  }

  @Test
  void ovnLocalnetWithVlanId() {
    PortGroup group =
        parse(
            """
            {"cniVersion":"0.3.1","name":"tenant-blue","type":"ovn-k8s-cni-overlay",
             "topology":"localnet","physicalNetworkName":"physnet-blue","vlanID":410,
             "netAttachDefName":"shop/tenant-blue","mtu":1500}""",
            null);
    assertThat(group.type()).isEqualTo(PortGroupType.OVN_LOCALNET);
    assertThat(group.vlan()).isEqualTo(410);
    assertThat(group.network()).isEqualTo("physnet-blue");
    assertThat(group.mtu()).isEqualTo(1500);
  }

  @Test
  void ovnLayer2WithSubnets() {
    PortGroup group =
        parse(
            """
            {"cniVersion":"0.3.1","name":"l2","type":"ovn-k8s-cni-overlay","topology":"layer2",
             "subnets":"10.100.200.0/24","netAttachDefName":"shop/l2"}""",
            Map.of());
    assertThat(group.type()).isEqualTo(PortGroupType.OVN_LAYER2);
    assertThat(group.ipam()).isEqualTo("OVN 10.100.200.0/24");
  }

  @Test
  void macvtapTakesTheHostInterfaceFromTheResourceName() {
    PortGroup group =
        parse(
            "{\"cniVersion\":\"0.3.1\",\"name\":\"mv\",\"type\":\"macvtap\",\"mtu\":1500}",
            Map.of(PortGroup.RESOURCE_NAME, "macvtap.network.kubevirt.io/eth1"));
    assertThat(group.type()).isEqualTo(PortGroupType.MACVTAP);
    assertThat(group.network()).isEqualTo("eth1");
  }

  @Test
  void sriovWithVlanAndStaticIpam() {
    PortGroup group =
        parse(
            """
            {"cniVersion":"0.3.1","name":"sriov-a","type":"sriov","vlan":30,
             "ipam":{"type":"static","addresses":[{"address":"10.1.1.5/24"}]}}""",
            Map.of(PortGroup.RESOURCE_NAME, "openshift.io/sriov_nics"));
    assertThat(group.type()).isEqualTo(PortGroupType.SRIOV);
    assertThat(group.vlan()).isEqualTo(30);
    assertThat(group.network()).isEqualTo("openshift.io/sriov_nics");
    assertThat(group.ipam()).isEqualTo("static 10.1.1.5/24");
  }

  @Test
  void configListUsesTheFirstInterfacePluginAndSkipsTuning() {
    PortGroup group =
        parse(
            """
            {"cniVersion":"0.4.0","name":"list","plugins":[
              {"type":"tuning","mtu":9000},
              {"type":"bridge","bridge":"br-storage","vlan":"300"},
              {"type":"portmap"}]}""",
            Map.of());
    assertThat(group.type()).isEqualTo(PortGroupType.LINUX_BRIDGE);
    assertThat(group.vlan()).isEqualTo(300);
    assertThat(group.network()).isEqualTo("br-storage");
  }

  @Test
  void anotherPluginIsOther() {
    PortGroup group = parse("{\"type\":\"ipvlan\",\"master\":\"eth0\"}", Map.of());
    assertThat(group.type()).isEqualTo(PortGroupType.OTHER);
    assertThat(group.cniType()).isEqualTo("ipvlan");
    assertThat(group.network()).isEqualTo("eth0");
  }

  @Test
  void invalidJsonIsUnknownWithTheRawText() {
    String broken = "{\"type\": \"bridge\", \"vlan\": 100";
    PortGroup group = parse(broken, Map.of());
    assertThat(group.unreadable()).isTrue();
    assertThat(group.rawConfig()).isEqualTo(broken);
  }

  @Test
  void missingOrOddConfigsAreUnknown() {
    assertThat(CniConfigs.parse(KEY, null, null).type()).isEqualTo(PortGroupType.UNKNOWN);
    assertThat(parse("[1,2]", Map.of()).type()).isEqualTo(PortGroupType.UNKNOWN);
    assertThat(parse("{\"plugins\":\"x\"}", Map.of()).type()).isEqualTo(PortGroupType.UNKNOWN);
    assertThat(parse("{\"name\":\"no-type\"}", Map.of()).type()).isEqualTo(PortGroupType.UNKNOWN);
    assertThat(parse("{\"type\":\"bridge\",\"vlan\":\"abc\"}", Map.of()).vlan()).isZero();
  }

  @Test
  void globalPortGroupsAreUsableFromEveryNamespace() {
    PortGroup global =
        CniConfigs.parse(new ResourceKey("default", "prod"), "{\"type\":\"bridge\"}", null);
    PortGroup shop = parse("{\"type\":\"bridge\"}", null);
    assertThat(global.usableFrom("finance")).isTrue();
    assertThat(global.networkNameFrom("finance")).isEqualTo("default/prod");
    assertThat(shop.usableFrom("finance")).isFalse();
    assertThat(shop.networkNameFrom("shop")).isEqualTo("net");
  }
}
