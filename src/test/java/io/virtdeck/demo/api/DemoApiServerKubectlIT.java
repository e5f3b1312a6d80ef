package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.virtdeck.testing.DemoApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Real kubectl against the demo API; skipped where kubectl is not installed. */
class DemoApiServerKubectlIT {

  private static final Path KUBECTL = Path.of("/usr/bin/kubectl");

  @TempDir static Path folder;
  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static Path kubeconfig;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(KUBECTL), "kubectl is not installed");
    kubeconfig = demo.kubeconfig(folder.resolve("kubeconfig"));
  }

  @Test
  void createsPatchesAndListsVirtualMachines() throws Exception {
    Path yaml =
        Files.writeString(folder.resolve("vm.yaml"), DemoVms.vmYaml("default", "kubectl-01"));

    assertThat(kubectl("create", "-f", yaml.toString()))
        .isEqualTo(new Result(0, "virtualmachine.kubevirt.io/kubectl-01 created\n"));
    assertThat(
            kubectl(
                "patch",
                "vm",
                "kubectl-01",
                "--type",
                "merge",
                "-p",
                "{\"spec\":{\"runStrategy\":\"Halted\"}}"))
        .isEqualTo(new Result(0, "virtualmachine.kubevirt.io/kubectl-01 patched\n"));
    Result list = kubectl("get", "vm", "-A");
    assertThat(list.exitCode()).isZero();
    assertThat(list.output()).contains("NAMESPACE").contains("default").contains("kubectl-01");

    GenericKubernetesResource stored =
        demo.admin()
            .genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND)
            .inNamespace("default")
            .withName("kubectl-01")
            .get();
    assertThat(stored.<String>get("spec", "runStrategy")).isEqualTo("Halted");
  }

  @Test
  void printsRealErrorMessages() throws Exception {
    Result missing = kubectl("get", "vm", "nope-01", "-n", "default");
    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.output())
        .contains(
            "Error from server (NotFound): virtualmachines.kubevirt.io \"nope-01\" not found");
  }

  @Test
  void listsNetworkAttachmentDefinitionsAndNodes() throws Exception {
    Result nads = kubectl("get", "network-attachment-definitions", "-A");
    assertThat(nads).isEqualTo(new Result(0, "No resources found\n"));
    Result nodes = kubectl("get", "nodes");
    assertThat(nodes.exitCode()).isZero();
    // kubectl names the context namespace even for a cluster-scoped kind
    assertThat(nodes.output()).startsWith("No resources found");
    Result namespaces = kubectl("get", "ns", "-o", "name");
    assertThat(namespaces.output()).contains("namespace/default", "namespace/kube-system");
  }

  private record Result(int exitCode, String output) {}

  private static Result kubectl(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(KUBECTL.toString(), "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    Path output = Files.createTempFile(folder, "kubectl", ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kubectl " + String.join(" ", args) + " timed out");
    }
    return new Result(process.exitValue(), Files.readString(output));
  }
}
