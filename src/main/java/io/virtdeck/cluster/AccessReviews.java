package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.authorization.v1.ResourceAttributesBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the API server, as the user, what the user may do (SelfSubjectAccessReview), and keeps the
 * answers for a short while. A failed review counts as "no": nothing is shown or sent on a guess.
 */
@Component
public class AccessReviews {

  private static final Logger log = LoggerFactory.getLogger(AccessReviews.class);

  private static final int MAX_ANSWERS = 100_000;

  private final UserClients clients;
  private final ClusterCaches caches;
  private final Clock clock;
  private final long ttlMillis;
  private final Map<Key, Answer> answers = new ConcurrentHashMap<>();

  public AccessReviews(
      UserClients clients, ClusterCaches caches, ClusterProperties properties, Clock clock) {
    this.clients = clients;
    this.caches = caches;
    this.clock = clock;
    this.ttlMillis = properties.accessReviewTtl().toMillis();
  }

  /** Whether {@code user} may do what {@code request} describes. */
  public boolean allowed(UserIdentity user, AccessRequest request) {
    Instant now = clock.instant();
    Key key = new Key(user, request);
    Answer cached = answers.get(key);
    if (cached != null && now.toEpochMilli() - cached.at().toEpochMilli() < ttlMillis) {
      return cached.allowed();
    }
    Boolean allowed = review(user, request);
    if (allowed == null) {
      return false; // not kept: a review that failed (a timeout, a busy server) is asked again
    }
    if (answers.size() > MAX_ANSWERS) {
      answers.values().removeIf(a -> now.toEpochMilli() - a.at().toEpochMilli() >= ttlMillis);
    }
    answers.put(key, new Answer(allowed, now));
    return allowed;
  }

  /** The namespaces in which {@code user} may list {@code resource} of {@code group}. */
  public NamespaceScope listScope(UserIdentity user, String group, String resource) {
    AccessRequest list = AccessRequest.of("list", group, resource);
    if (allowed(user, list)) {
      return NamespaceScope.ALL;
    }
    Set<String> namespaces =
        caches.namespaces().list().stream()
            .map(ns -> ns.getMetadata().getName())
            .filter(ns -> allowed(user, list.in(ns)))
            .collect(Collectors.toSet());
    return NamespaceScope.only(namespaces);
  }

  /** The server's answer, or null when there was none. */
  private @Nullable Boolean review(UserIdentity user, AccessRequest request) {
    SelfSubjectAccessReview review =
        new SelfSubjectAccessReviewBuilder()
            .withNewSpec()
            .withResourceAttributes(
                new ResourceAttributesBuilder()
                    .withVerb(request.verb())
                    .withGroup(request.group())
                    .withResource(request.resource())
                    .withSubresource(emptyToNull(request.subresource()))
                    .withNamespace(emptyToNull(request.namespace()))
                    .withName(emptyToNull(request.name()))
                    .build())
            .endSpec()
            .build();
    try {
      SelfSubjectAccessReview answer =
          clients.as(user).authorization().v1().selfSubjectAccessReview().create(review);
      return answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed());
    } catch (KubernetesClientException e) {
      log.warn("Access review for {} ({}) failed: {}", user, request.describe(), e.getMessage());
      return null;
    }
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private record Key(UserIdentity user, AccessRequest request) {}

  private record Answer(boolean allowed, Instant at) {}
}
