package io.virtdeck.demo.api.authz;

import io.fabric8.kubernetes.api.model.authorization.v1.NonResourceRule;
import io.fabric8.kubernetes.api.model.authorization.v1.NonResourceRuleBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRule;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Kubernetes RBAC over the demo cluster's stored Roles, ClusterRoles and bindings. Decisions come
 * from an immutable snapshot that is rebuilt (by one {@code loader} call) only after {@link
 * #invalidate()} marked it stale, so a request costs a few map look-ups and rule matches.
 * Thread-safe.
 */
public final class RbacAuthorizer {

  /** What a user may do in one namespace: an access rules review's status. */
  public record RulesReview(
      List<ResourceRule> resourceRules,
      List<NonResourceRule> nonResourceRules,
      boolean incomplete,
      String evaluationError) {}

  private record Versioned(RbacSnapshot snapshot, long generation) {}

  private final Supplier<RbacObjects> loader;
  private final AtomicLong changes = new AtomicLong();
  private volatile @Nullable Versioned current;

  /**
   * @param loader reads every RBAC object from the cluster; called again after each invalidation
   */
  public RbacAuthorizer(Supplier<RbacObjects> loader) {
    this.loader = loader;
  }

  /** Marks the snapshot stale: call after an RBAC object was written. */
  public void invalidate() {
    changes.incrementAndGet();
  }

  /** Whether the user may do what the request asks; the reason names the allowing binding. */
  public Decision authorize(Identity identity, RequestAttributes request) {
    var errors = new ArrayList<String>();
    for (var grant : snapshot().grants(identity, request.namespace())) {
      if (grant.error() != null) {
        errors.add(grant.error());
        continue;
      }
      for (PolicyRule rule : grant.rules()) {
        if (RuleMatcher.allows(rule, request)) {
          return Decision.allow("RBAC: allowed by " + grant.source());
        }
      }
    }
    return Decision.deny(errorReason(errors));
  }

  /** The rules that apply to the user in {@code namespace}, cluster-wide grants included. */
  public RulesReview rules(Identity identity, String namespace) {
    var resourceRules = new ArrayList<ResourceRule>();
    var nonResourceRules = new ArrayList<NonResourceRule>();
    var errors = new ArrayList<String>();
    for (var grant : snapshot().grants(identity, namespace)) {
      if (grant.error() != null) {
        errors.add(grant.error());
      }
      for (PolicyRule rule : grant.rules()) {
        if (rule.getNonResourceURLs() != null && !rule.getNonResourceURLs().isEmpty()) {
          nonResourceRules.add(
              new NonResourceRuleBuilder()
                  .withVerbs(rule.getVerbs())
                  .withNonResourceURLs(rule.getNonResourceURLs())
                  .build());
        } else {
          resourceRules.add(
              new ResourceRuleBuilder()
                  .withVerbs(rule.getVerbs())
                  .withApiGroups(rule.getApiGroups())
                  .withResources(rule.getResources())
                  .withResourceNames(Objects.requireNonNullElse(rule.getResourceNames(), List.of()))
                  .build());
        }
      }
    }
    return new RulesReview(
        resourceRules,
        nonResourceRules,
        !errors.isEmpty(),
        errors.isEmpty() ? "" : errorReason(errors));
  }

  /**
   * The message of the API server's 403 answer, for example {@code virtualmachines.kubevirt.io
   * "web-01" is forbidden: User "helpdesk" cannot patch resource "virtualmachines" in API group
   * "kubevirt.io" in the namespace "shop"}; a non-empty {@code reason} is appended after a colon.
   */
  public static String forbiddenMessage(
      Identity identity, RequestAttributes request, String reason) {
    var text = new StringBuilder("User \"" + identity.username() + "\" cannot " + request.verb());
    if (!request.resourceRequest()) {
      text.append(" path \"").append(request.path()).append('"');
    } else {
      text.append(" resource \"").append(request.combinedResource()).append('"');
      text.append(" in API group \"").append(request.group()).append('"');
      text.append(
          request.namespace().isEmpty()
              ? " at the cluster scope"
              : " in the namespace \"" + request.namespace() + "\"");
    }
    if (!reason.isEmpty()) {
      text.append(": ").append(reason);
    }
    if (!request.resourceRequest() || request.resource().isEmpty()) {
      return "forbidden: " + text;
    }
    String resource =
        request.group().isEmpty() ? request.resource() : request.resource() + "." + request.group();
    String name = request.name().isEmpty() ? "" : " \"" + request.name() + "\"";
    return resource + name + " is forbidden: " + text;
  }

  private RbacSnapshot snapshot() {
    var versioned = current;
    if (versioned != null && versioned.generation() == changes.get()) {
      return versioned.snapshot();
    }
    return rebuild();
  }

  private synchronized RbacSnapshot rebuild() {
    long generation = changes.get();
    var versioned = current;
    if (versioned != null && versioned.generation() == generation) {
      return versioned.snapshot();
    }
    var snapshot = new RbacSnapshot(loader.get());
    current = new Versioned(snapshot, generation);
    return snapshot;
  }

  private static String errorReason(List<String> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    return "RBAC: " + (errors.size() == 1 ? errors.getFirst() : errors.toString());
  }
}
