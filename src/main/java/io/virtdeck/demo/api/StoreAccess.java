package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingList;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleList;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingList;
import io.fabric8.kubernetes.api.model.rbac.RoleList;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.virtdeck.demo.api.authz.RbacObjects;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads and changes stored objects directly through the CRUD store (no HTTP round trip), with the
 * same watch events as a client request. Writes are creates, patches or deletes, never whole
 * replacements.
 */
final class StoreAccess {

  static final String MERGE_PATCH = "application/merge-patch+json";
  static final String JSON_PATCH = "application/json-patch+json";
  private static final String RBAC = "/apis/rbac.authorization.k8s.io/v1/";

  private final KubernetesCrudDispatcher store;

  StoreAccess(KubernetesCrudDispatcher store) {
    this.store = store;
  }

  /** The object at {@code path}, or null when it does not exist. */
  @Nullable GenericKubernetesResource get(String path) {
    var response = store.handleGet(path);
    if (response.code() != 200) {
      return null;
    }
    return Serialization.unmarshal(
        JsonResponses.text(response.getBody()), GenericKubernetesResource.class);
  }

  /** Patches the object at {@code path} with a patch of the given content type; the HTTP code. */
  int patch(String path, String contentType, String patch) {
    byte[] body = patch.getBytes(StandardCharsets.UTF_8);
    var headers = Headers.builder().add("Content-Type", contentType).build();
    var request =
        new RecordedRequest("HTTP/1.1", HttpMethod.PATCH, path, headers, new Buffer(body));
    return store.handlePatch(request).code();
  }

  /** Creates the object in {@code json} in the collection at {@code path}; the HTTP code. */
  int create(String path, String json) {
    var headers = Headers.builder().add("Content-Type", JsonResponses.APPLICATION_JSON).build();
    var body = new Buffer(json.getBytes(StandardCharsets.UTF_8));
    return store
        .handleCreate(new RecordedRequest("HTTP/1.1", HttpMethod.POST, path, headers, body))
        .code();
  }

  /** Deletes the object at {@code path}; the HTTP code. */
  int delete(String path) {
    return store.handleDelete(path).code();
  }

  /** Every stored RBAC object. */
  RbacObjects rbac() {
    return new RbacObjects(
        list("clusterroles", ClusterRoleList.class).getItems(),
        list("clusterrolebindings", ClusterRoleBindingList.class).getItems(),
        list("roles", RoleList.class).getItems(),
        list("rolebindings", RoleBindingList.class).getItems());
  }

  private <T> T list(String plural, Class<T> type) {
    return Serialization.unmarshal(
        JsonResponses.text(store.handleGet(RBAC + plural).getBody()), type);
  }
}
