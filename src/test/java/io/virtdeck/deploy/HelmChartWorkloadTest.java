package io.virtdeck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The chart's Deployment, Service, Ingress and NetworkPolicy carry what VirtDeck needs. */
class HelmChartWorkloadTest {

  @Test
  void containerIsLockedDownAndProbedOnTheManagementPort() {
    List<HasMetadata> objects = HelmChart.objects("default.yaml");
    Deployment deployment = HelmChart.find(objects, Deployment.class, "virtdeck");
    var pod = deployment.getSpec().getTemplate().getSpec();
    Container container = pod.getContainers().getFirst();

    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(container.getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/tmp"));
    assertThat(pod.getVolumes()).anyMatch(v -> v.getEmptyDir() != null);
    assertThat(container.getLivenessProbe().getHttpGet().getPath())
        .isEqualTo("/actuator/health/liveness");
    assertThat(container.getReadinessProbe().getHttpGet().getPath())
        .isEqualTo("/actuator/health/readiness");
    assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal())
        .isEqualTo("management");
    assertThat(container.getResources().getLimits()).containsKey("memory");
    assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsEntry("prometheus.io/port", "8081");
    assertThat(HelmChart.find(objects, PodDisruptionBudget.class, "virtdeck")).isNotNull();
  }

  @Test
  void settingsReachTheApplicationAsEnvironmentVariables() {
    Container container = container(HelmChart.objects("ingress-tls.yaml"));
    Map<String, String> env =
        container.getEnv().stream()
            .filter(e -> e.getValue() != null)
            .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));

    assertThat(env)
        .containsEntry("VIRTDECK_CLUSTER_SOURCE", "in-cluster")
        .containsEntry("VIRTDECK_CLUSTER_NAME", "prod-dc")
        .containsEntry("VIRTDECK_CLUSTER_IDENTITYMODE", "impersonation")
        .containsEntry("VIRTDECK_SECURITY_SIGNIN", "oidc")
        .containsEntry(
            "VIRTDECK_SECURITY_OIDC_ISSUERURI", "https://keycloak.example.com/realms/infra")
        .containsEntry("VIRTDECK_SECURITY_OIDC_CLIENTID", "virtdeck-prod")
        .containsEntry("MANAGEMENT_SERVER_PORT", "8081");
    assertThat(container.getEnv())
        .filteredOn(e -> e.getName().equals("VIRTDECK_SECURITY_OIDC_CLIENTSECRET"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("virtdeck-oidc");
              assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("secret");
            });
  }

  @Test
  void sessionsStickToOnePod() {
    List<HasMetadata> objects = HelmChart.objects("ingress-tls.yaml");
    Service service = HelmChart.find(objects, Service.class, "virtdeck");
    Ingress ingress = HelmChart.find(objects, Ingress.class, "virtdeck");

    assertThat(service.getSpec().getSessionAffinity()).isEqualTo("ClientIP");
    assertThat(service.getSpec().getPorts()).extracting(p -> p.getName()).containsExactly("http");
    assertThat(ingress.getMetadata().getAnnotations())
        .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
        .containsEntry("cert-manager.io/cluster-issuer", "letsencrypt");
    assertThat(ingress.getSpec().getTls())
        .singleElement()
        .satisfies(tls -> assertThat(tls.getSecretName()).isEqualTo("virtdeck-tls"));
    assertThat(HelmChart.objects("default.yaml")).noneMatch(Ingress.class::isInstance);
  }

  @Test
  void networkPolicyLetsInTheUiAndMetricsAndOutDnsApiServerAndIssuer() {
    NetworkPolicy policy =
        HelmChart.find(HelmChart.objects("ingress-tls.yaml"), NetworkPolicy.class, "virtdeck");

    assertThat(policy.getSpec().getIngress())
        .flatExtracting(rule -> rule.getPorts())
        .extracting(port -> port.getPort().getIntVal())
        .containsExactly(8080, 8081);
    assertThat(policy.getSpec().getEgress())
        .flatExtracting(rule -> rule.getTo())
        .filteredOn(peer -> peer.getIpBlock() != null)
        .extracting(peer -> peer.getIpBlock().getCidr())
        .containsExactly("10.96.0.1/32", "192.168.10.0/24", "0.0.0.0/0");
    assertThat(policy.getSpec().getEgress())
        .flatExtracting(rule -> rule.getPorts())
        .extracting(port -> port.getPort().getIntVal())
        .contains(53, 443, 6443);
    assertThat(HelmChart.objects("minimal.yaml")).noneMatch(NetworkPolicy.class::isInstance);
  }

  @Test
  void withAnIngressThePublicUrlIsFixedToItsHost() {
    var env = container(HelmChart.objects("ingress-tls.yaml")).getEnv();

    assertThat(env)
        .filteredOn(e -> e.getName().equals("VIRTDECK_PUBLICURL"))
        .singleElement()
        .satisfies(e -> assertThat(e.getValue()).isEqualTo("https://virtdeck.example.com"));
    assertThat(container(HelmChart.objects("default.yaml")).getEnv())
        .noneMatch(e -> e.getName().equals("VIRTDECK_PUBLICURL"));
  }

  @Test
  void byDefaultTheMetricsPortAcceptsOnlyTheReleasesNamespaceAndMonitoring() {
    NetworkPolicy policy =
        HelmChart.find(HelmChart.objects("default.yaml"), NetworkPolicy.class, "virtdeck");

    var metrics =
        policy.getSpec().getIngress().stream()
            .filter(rule -> rule.getPorts().getFirst().getPort().getIntVal() == 8081)
            .findFirst()
            .orElseThrow();
    assertThat(metrics.getFrom()).hasSize(2);
    assertThat(metrics.getFrom().get(0).getPodSelector().getMatchLabels()).isNullOrEmpty();
    assertThat(metrics.getFrom().get(0).getNamespaceSelector()).isNull();
    assertThat(metrics.getFrom().get(1).getNamespaceSelector().getMatchLabels())
        .containsExactly(Map.entry("kubernetes.io/metadata.name", "monitoring"));
  }

  private static Container container(List<HasMetadata> objects) {
    return HelmChart.find(objects, Deployment.class, "virtdeck")
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .getFirst();
  }
}
