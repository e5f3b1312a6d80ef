package io.virtdeck.demo;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded demo cluster: its port (0 picks a free one), how many VMs to seed, where
 * to write its kubeconfig, the pace of the simulated controller, and the opt-in scale scenario:
 * {@code scale} VMs in all (0: off) with {@code churn} status changes per second.
 */
@ConfigurationProperties("virtdeck.demo")
public record DemoProperties(
    int port, int vmCount, Path kubeconfig, Duration step, int scale, int churn) {

  public DemoProperties {
    vmCount = vmCount <= 0 ? 25 : vmCount;
    kubeconfig =
        kubeconfig == null
            ? Path.of(System.getProperty("java.io.tmpdir"), "virtdeck", "demo.kubeconfig")
            : kubeconfig;
    step = step == null ? Duration.ofMillis(500) : step;
  }
}
