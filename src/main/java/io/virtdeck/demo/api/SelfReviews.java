package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.authorization.v1.NonResourceRuleBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRuleBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewSpec;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewSpec;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewStatus;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectRulesReviewStatus;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.virtdeck.demo.api.authz.Decision;
import io.virtdeck.demo.api.authz.Identity;
import io.virtdeck.demo.api.authz.RbacAuthorizer;
import io.virtdeck.demo.api.authz.RequestAttributes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code SelfSubjectAccessReview} and {@code SelfSubjectRulesReview} for the impersonated
 * user, from JSON (fabric8) or protobuf (kubectl) requests, always in JSON.
 */
final class SelfReviews {

  static final String PREFIX = "/apis/authorization.k8s.io/v1/";
  static final String ACCESS = PREFIX + "selfsubjectaccessreviews";
  static final String RULES = PREFIX + "selfsubjectrulesreviews";
  static final String UNRESTRICTED =
      "VirtDeck's own account (no impersonation) is unrestricted in the demo cluster";

  private final RbacAuthorizer authorizer;

  SelfReviews(RbacAuthorizer authorizer) {
    this.authorizer = authorizer;
  }

  static boolean handles(String method, String path) {
    return "POST".equals(method) && (path.equals(ACCESS) || path.equals(RULES));
  }

  MockResponse answer(
      String path, @Nullable Identity identity, byte[] body, @Nullable String contentType) {
    boolean protobuf = contentType != null && contentType.startsWith(ProtobufReviews.CONTENT_TYPE);
    try {
      return path.equals(ACCESS)
          ? access(
              identity,
              protobuf
                  ? ProtobufReviews.accessReviewSpec(body)
                  : json(body, SelfSubjectAccessReview.class).getSpec())
          : rules(
              identity,
              protobuf
                  ? ProtobufReviews.rulesReviewSpec(body)
                  : json(body, SelfSubjectRulesReview.class).getSpec());
    } catch (RuntimeException unreadable) {
      return StatusResponses.failure(
          400,
          "BadRequest",
          "the request body is not a valid review: " + unreadable.getMessage(),
          null);
    }
  }

  private MockResponse access(
      @Nullable Identity identity, @Nullable SelfSubjectAccessReviewSpec spec) {
    if (spec == null
        || (spec.getResourceAttributes() == null) == (spec.getNonResourceAttributes() == null)) {
      return StatusResponses.failure(
          422,
          "Invalid",
          "SelfSubjectAccessReview.authorization.k8s.io \"\" is invalid: spec.resourceAttributes:"
              + " Invalid value: \"null\": exactly one of nonResourceAttributes or"
              + " resourceAttributes must be specified",
          null);
    }
    Decision decision;
    if (identity == null) {
      decision = Decision.allow(UNRESTRICTED);
    } else if (spec.getResourceAttributes() != null) {
      var a = spec.getResourceAttributes();
      String group = s(a.getGroup());
      String resource = s(a.getResource());
      int dot = resource.indexOf('.');
      if (group.isEmpty() && dot > 0) {
        // kubectl sends "plural.group" unsplit when discovery does not list the resource, as
        // for virtualmachines.subresources.kubevirt.io; core resources never contain a dot
        group = resource.substring(dot + 1);
        resource = resource.substring(0, dot);
      }
      decision =
          authorizer.authorize(
              identity,
              RequestAttributes.resource(
                  s(a.getVerb()),
                  group,
                  s(a.getNamespace()),
                  resource,
                  s(a.getSubresource()),
                  s(a.getName())));
    } else {
      var a = spec.getNonResourceAttributes();
      decision =
          authorizer.authorize(
              identity, RequestAttributes.nonResource(s(a.getVerb()), s(a.getPath())));
    }
    var review = new SelfSubjectAccessReview();
    review.setSpec(spec);
    var status = new SubjectAccessReviewStatus();
    status.setAllowed(decision.allowed());
    status.setReason(decision.reason().isEmpty() ? null : decision.reason());
    review.setStatus(status);
    return JsonResponses.json(201, review);
  }

  private MockResponse rules(
      @Nullable Identity identity, @Nullable SelfSubjectRulesReviewSpec spec) {
    String namespace = spec == null ? "" : s(spec.getNamespace());
    var status = new SubjectRulesReviewStatus();
    if (identity == null) {
      status.setResourceRules(
          List.of(
              new ResourceRuleBuilder()
                  .withVerbs("*")
                  .withApiGroups("*")
                  .withResources("*")
                  .build()));
      status.setNonResourceRules(
          List.of(new NonResourceRuleBuilder().withVerbs("*").withNonResourceURLs("*").build()));
      status.setIncomplete(false);
    } else {
      var rules = authorizer.rules(identity, namespace);
      status.setResourceRules(rules.resourceRules());
      status.setNonResourceRules(rules.nonResourceRules());
      status.setIncomplete(rules.incomplete());
      status.setEvaluationError(rules.evaluationError().isEmpty() ? null : rules.evaluationError());
    }
    var review = new SelfSubjectRulesReview();
    review.setSpec(new SelfSubjectRulesReviewSpec(namespace));
    review.setStatus(status);
    return JsonResponses.json(201, review);
  }

  private static <T> T json(byte[] body, Class<T> type) {
    return Serialization.unmarshal(new String(body, StandardCharsets.UTF_8), type);
  }

  private static String s(@Nullable String value) {
    return Objects.requireNonNullElse(value, "");
  }
}
