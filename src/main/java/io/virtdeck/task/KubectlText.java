package io.virtdeck.task;

import io.virtdeck.cluster.ApiCall;
import java.util.Locale;

/**
 * The kubectl command that sends exactly a given request, and the {@code kubectl wait} for an
 * {@link Await}: one text for teaching mode's commands and for recorded bash scripts.
 */
public final class KubectlText {

  /** How long a script's {@code kubectl wait} waits, as a task does. */
  public static final String WAIT_TIMEOUT = "180s";

  private KubectlText() {}

  public static String of(ApiCall call) {
    ApiTarget target = ApiTarget.parse(call.path());
    if (target.isAction()) {
      // no kubectl verb for KubeVirt's subresources: send the same PUT (virtctl does this too)
      return switch (call.method()) {
        case "DELETE" -> "kubectl delete --raw " + call.path();
        case "GET" -> "kubectl get --raw " + call.path();
        default ->
            "kubectl %s --raw %s -f - <<< %s"
                .formatted(
                    call.method().equals("POST") ? "create" : "replace",
                    call.path(),
                    quoted(call.body().isEmpty() ? "{}" : call.body()));
      };
    }
    String object = target.kubectlResource() + " " + target.name() + target.namespaceFlag();
    return switch (call.method()) {
      case "POST" -> "kubectl create -f - " + heredoc(Manifests.yamlOfJson(call.body()));
      case "PUT" -> "kubectl replace -f - " + heredoc(Manifests.yamlOfJson(call.body()));
      case "DELETE" -> "kubectl delete " + object + cascade(call);
      case "PATCH" ->
          "kubectl patch %s --type %s -p %s"
              .formatted(object, patchType(call.contentType()), quoted(call.body()));
      default -> throw new IllegalArgumentException("No kubectl command for " + call.method());
    };
  }

  /**
   * The delete's propagation policy the request names, in lower case ({@code background}); empty
   * when it names none (the server's default).
   */
  public static String propagation(ApiCall call) {
    if (call.body().isBlank()) {
      return "";
    }
    Object policy = Manifests.object(call.body()).get("propagationPolicy");
    return policy == null ? "" : policy.toString().toLowerCase(Locale.ROOT);
  }

  private static String cascade(ApiCall call) {
    String policy = propagation(call);
    return policy.isEmpty() ? "" : " --cascade=" + policy;
  }

  /** {@code kubectl wait} until the await is met. */
  public static String of(Await await) {
    ApiTarget object = await.object();
    String condition =
        await.isCondition()
            ? "condition=" + await.value()
            : "jsonpath=" + quoted("{" + await.jsonPath() + "}") + "=" + await.value();
    return "kubectl wait %s/%s%s --for=%s --timeout=%s"
        .formatted(
            object.kubectlResource(),
            object.name(),
            object.namespaceFlag(),
            condition,
            WAIT_TIMEOUT);
  }

  /** kubectl's {@code --type} for a patch content type. */
  public static String patchType(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json-patch")) {
      return "json";
    }
    if (type.startsWith("application/merge-patch")) {
      return "merge";
    }
    return "strategic";
  }

  /** A shell word in single quotes ({@code '} written as {@code '\''}). */
  public static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** A here-document that the shell passes on unchanged (quoted delimiter: no expansion). */
  public static String heredoc(String text) {
    return "<<'EOF'\n" + text + "EOF";
  }
}
