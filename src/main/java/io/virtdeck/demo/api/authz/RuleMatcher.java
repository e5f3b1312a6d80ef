package io.virtdeck.demo.api.authz;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether one RBAC rule allows a request, exactly as Kubernetes' RBAC authorizer decides. */
final class RuleMatcher {

  private static final String ALL = "*";

  private RuleMatcher() {}

  static boolean allows(PolicyRule rule, RequestAttributes request) {
    if (!contains(rule.getVerbs(), request.verb())) {
      return false;
    }
    if (!request.resourceRequest()) {
      return nonResourceUrlMatches(rule.getNonResourceURLs(), request.path());
    }
    return contains(rule.getApiGroups(), request.group())
        && resourceMatches(rule.getResources(), request.combinedResource(), request.subresource())
        && nameMatches(rule.getResourceNames(), request.name());
  }

  private static boolean contains(@Nullable List<String> values, String wanted) {
    if (values == null) {
      return false;
    }
    for (String value : values) {
      if (value.equals(ALL) || value.equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean resourceMatches(
      @Nullable List<String> resources, String combined, String subresource) {
    if (resources == null) {
      return false;
    }
    for (String resource : resources) {
      if (resource.equals(ALL) || resource.equals(combined)) {
        return true;
      }
      if (!subresource.isEmpty()
          && resource.length() == subresource.length() + 2
          && resource.startsWith("*/")
          && resource.endsWith(subresource)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameMatches(@Nullable List<String> names, String name) {
    return names == null || names.isEmpty() || names.contains(name);
  }

  private static boolean nonResourceUrlMatches(@Nullable List<String> urls, String path) {
    if (urls == null) {
      return false;
    }
    for (String url : urls) {
      if (url.equals(ALL) || url.equals(path)) {
        return true;
      }
      if (url.endsWith(ALL) && path.startsWith(url.substring(0, url.length() - 1))) {
        return true;
      }
    }
    return false;
  }
}
