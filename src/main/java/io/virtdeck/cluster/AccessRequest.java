package io.virtdeck.cluster;

/**
 * What an action or a view needs: a verb on a resource (and subresource) of an API group, in a
 * namespace (empty: all namespaces, or a cluster-scoped kind), optionally on one named object.
 */
public record AccessRequest(
    String verb, String group, String resource, String subresource, String namespace, String name) {

  public static AccessRequest of(String verb, String group, String resource) {
    return new AccessRequest(verb, group, resource, "", "", "");
  }

  public AccessRequest in(String namespace) {
    return new AccessRequest(verb, group, resource, subresource, namespace, name);
  }

  public AccessRequest named(String name) {
    return new AccessRequest(verb, group, resource, subresource, namespace, name);
  }

  public AccessRequest subresource(String subresource) {
    return new AccessRequest(verb, group, resource, subresource, namespace, name);
  }

  /** kubectl's words for it, as in {@code kubectl auth can-i}. */
  public String describe() {
    String kind = group.isEmpty() ? resource : resource + "." + group;
    String sub = subresource.isEmpty() ? "" : "/" + subresource;
    String where = namespace.isEmpty() ? "" : " in namespace " + namespace;
    return verb + " " + kind + sub + (name.isEmpty() ? "" : " " + name) + where;
  }
}
