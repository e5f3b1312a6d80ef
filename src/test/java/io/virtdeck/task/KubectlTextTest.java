package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ApiCall;
import org.junit.jupiter.api.Test;

/** The kubectl text of a request (one source of teaching mode and scripts) and of a wait. */
class KubectlTextTest {

  @Test
  void pathsAreReadIntoGroupNamespaceResourceNameAndSubresource() {
    ApiTarget vm =
        ApiTarget.parse("/apis/kubevirt.io/v1/namespaces/shop/virtualmachines/web-01?dryRun=All");
    ApiTarget action =
        ApiTarget.parse(
            "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/start");
    ApiTarget node = ApiTarget.parse("/api/v1/nodes/worker-01");
    ApiTarget claims = ApiTarget.parse("/api/v1/namespaces/shop/persistentvolumeclaims");

    assertThat(vm)
        .isEqualTo(new ApiTarget("kubevirt.io", "v1", "shop", "virtualmachines", "web-01", null));
    assertThat(vm.kind()).isEqualTo("VirtualMachine");
    assertThat(vm.isAction()).isFalse();
    assertThat(action.subresource()).isEqualTo("start");
    assertThat(action.isAction()).isTrue();
    assertThat(node.namespace()).isNull();
    assertThat(node.apiVersion()).isEqualTo("v1");
    assertThat(node.kubectlResource() + node.namespaceFlag()).isEqualTo("node");
    assertThat(claims.name()).isNull();
    assertThat(ApiTarget.parse("/apis/example.com/v1/widgets/w").kubectlResource())
        .isEqualTo("widgets.example.com");
    assertThat(ApiTarget.parse("/healthz").isAction()).isTrue();
    assertThat(KubectlText.of(new ApiCall("DELETE", "/healthz", "application/json", "")))
        .isEqualTo("kubectl delete --raw /healthz");
  }

  @Test
  void eachMethodHasTheKubectlVerbThatSendsIt() {
    assertThat(
            KubectlText.of(
                ApiCall.post(
                    "/apis/k8s.cni.cncf.io/v1/namespaces/shop/network-attachment-definitions",
                    "{\"apiVersion\":\"k8s.cni.cncf.io/v1\",\"kind\":\"NetworkAttachmentDefinition\","
                        + "\"metadata\":{\"name\":\"vlan-30\"}}")))
        .isEqualTo(
            "kubectl create -f - <<'EOF'\napiVersion: k8s.cni.cncf.io/v1\n"
                + "kind: NetworkAttachmentDefinition\nmetadata:\n  name: vlan-30\nEOF");
    assertThat(
            KubectlText.of(
                new ApiCall(
                    "PATCH",
                    "/api/v1/nodes/worker-01",
                    "application/strategic-merge-patch+json",
                    "{\"spec\":{\"unschedulable\":true}}")))
        .isEqualTo(
            "kubectl patch node worker-01 --type strategic -p '{\"spec\":{\"unschedulable\":true}}'");
    assertThat(
            KubectlText.of(
                ApiCall.delete("/apis/cdi.kubevirt.io/v1beta1/namespaces/shop/datavolumes/d1")))
        .isEqualTo("kubectl delete dv d1 -n shop");
    assertThat(
            KubectlText.of(
                ApiCall.put(
                    "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachineinstances/web-01/unpause",
                    "")))
        .isEqualTo(
            "kubectl replace --raw"
                + " /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachineinstances/web-01/unpause"
                + " -f - <<< '{}'");
  }

  @Test
  void quotesSurviveTheShell() {
    assertThat(
            KubectlText.of(
                ApiCall.mergePatch(
                    "/apis/kubevirt.io/v1/namespaces/shop/virtualmachines/web-01",
                    "{\"metadata\":{\"annotations\":{\"virtdeck.io/notes\":\"it's $HOME\"}}}")))
        .isEqualTo(
            "kubectl patch vm web-01 -n shop --type merge -p"
                + " '{\"metadata\":{\"annotations\":{\"virtdeck.io/notes\":\"it'\\''s $HOME\"}}}'");
  }

  @Test
  void waitsAreKubectlWaitForAConditionOrAField() {
    assertThat(
            KubectlText.of(
                Await.condition(
                    "/apis/snapshot.kubevirt.io/v1beta1/namespaces/shop/virtualmachinesnapshots/s1",
                    "Ready")))
        .isEqualTo("kubectl wait vmsnapshot/s1 -n shop --for=condition=Ready --timeout=180s");
    assertThat(KubectlText.of(Await.vmStatus("shop", "web-01", "Stopped")))
        .isEqualTo(
            "kubectl wait vm/web-01 -n shop --for=jsonpath='{.status.printableStatus}'=Stopped"
                + " --timeout=180s");
  }
}
