package io.virtdeck.demo.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a kubeconfig for the demo cluster: cluster, user and context, current-context set. */
final class KubeconfigWriter {

  static final String CLUSTER = "virtdeck-demo";
  static final String USER = "admin";
  static final String CONTEXT = "virtdeck-demo";

  private KubeconfigWriter() {}

  /** The kubeconfig YAML for a server at {@code url}. */
  static String render(String url) {
    return """
        apiVersion: v1
        kind: Config
        preferences: {}
        clusters:
        - name: %1$s
          cluster:
            server: %4$s
        users:
        - name: %2$s
          user:
            token: virtdeck-demo-admin
        contexts:
        - name: %3$s
          context:
            cluster: %1$s
            user: %2$s
            namespace: default
        current-context: %3$s
        """
        .formatted(CLUSTER, USER, CONTEXT, url);
  }

  /** Writes the kubeconfig to {@code file} (creating parent folders) and returns the path. */
  static Path write(Path file, String url) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(file, render(url));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write kubeconfig " + file, e);
    }
  }
}
