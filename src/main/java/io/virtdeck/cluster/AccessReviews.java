package io.virtdeck.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceAttributesBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Asks the API server, as the user, what the user may do (SelfSubjectAccessReview), and keeps the
 * answers for the review TTL in a bounded cache. Reviews run in parallel, each waited for at most
 * {@link #DEADLINE}: a review without an answer by then is {@link Decision#UNKNOWN}, never "no",
 * and is not kept.
 */
@Component
public class AccessReviews implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(AccessReviews.class);

  /** How long a view waits for an answer before it treats it as unknown. */
  static final Duration DEADLINE = Duration.ofSeconds(3);

  private static final int MAX_ANSWERS = 100_000;

  private final UserClients clients;
  private final ClusterCaches caches;
  private final Cache<Key, Boolean> answers;
  private final Map<Key, CompletableFuture<Decision>> asking = new ConcurrentHashMap<>();
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

  public AccessReviews(
      UserClients clients, ClusterCaches caches, ClusterProperties properties, Clock clock) {
    this.clients = clients;
    this.caches = caches;
    this.answers =
        Caffeine.newBuilder()
            .maximumSize(MAX_ANSWERS)
            .expireAfterWrite(properties.accessReviewTtl())
            .ticker(ticker(clock))
            .build();
  }

  /** Caffeine's time from the application's clock, so that tests can let time pass. */
  private static Ticker ticker(Clock clock) {
    return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
  }

  /** Whether {@code user} may do what {@code request} describes: unknown counts as no. */
  public boolean allowed(UserIdentity user, AccessRequest request) {
    return decide(user, request) == Decision.ALLOWED;
  }

  /** The answer for {@code user} and {@code request}, waited for at most {@link #DEADLINE}. */
  public Decision decide(UserIdentity user, AccessRequest request) {
    return ask(user, request).join();
  }

  /**
   * The namespaces in which {@code user} may list {@code resource} of {@code group}; namespaces
   * whose review got no answer are in {@link NamespaceScope#unknown()}.
   */
  public NamespaceScope listScope(UserIdentity user, String group, String resource) {
    AccessRequest list = AccessRequest.of("list", group, resource);
    Decision everywhere = decide(user, list);
    if (everywhere == Decision.ALLOWED) {
      return NamespaceScope.ALL;
    }
    if (everywhere == Decision.UNKNOWN && caches.namespaces().list().isEmpty()) {
      return NamespaceScope.UNKNOWN;
    }
    Map<Decision, List<String>> by = decideEach(user, list);
    return new NamespaceScope(
        false,
        Set.copyOf(by.getOrDefault(Decision.ALLOWED, List.of())),
        Set.copyOf(by.getOrDefault(Decision.UNKNOWN, List.of())));
  }

  /**
   * The namespaces in which {@code user} may do what {@code request} describes (its namespace
   * aside), sorted: one review for every namespace at once first (a grant bound cluster-wide allows
   * it in each), else one per namespace, all sent together and waited for together, so that a view
   * waits for one round trip, not one per namespace.
   */
  public List<String> allowedNamespaces(UserIdentity user, AccessRequest request) {
    if (allowed(user, request.in(""))) {
      return caches.namespaces().list().stream()
          .map(ns -> ns.getMetadata().getName())
          .sorted()
          .toList();
    }
    return decideEach(user, request).getOrDefault(Decision.ALLOWED, List.of()).stream()
        .sorted()
        .toList();
  }

  /** The namespaces by their answer to {@code request} in each, all asked at once. */
  private Map<Decision, List<String>> decideEach(UserIdentity user, AccessRequest request) {
    Map<String, CompletableFuture<Decision>> perNamespace = new LinkedHashMap<>();
    caches
        .namespaces()
        .list()
        .forEach(
            ns -> {
              String name = ns.getMetadata().getName();
              perNamespace.put(name, ask(user, request.in(name)));
            });
    CompletableFuture.allOf(perNamespace.values().toArray(CompletableFuture[]::new)).join();
    return perNamespace.entrySet().stream()
        .collect(
            Collectors.groupingBy(
                e -> e.getValue().join(),
                Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
  }

  /** What {@code user} may list, each kind asked when a reader first needs it. */
  public UserScopes scopes(UserIdentity user) {
    return new UserScopes(kind -> scope(user, kind), Map.of());
  }

  /**
   * The namespaces where {@code user} may list {@code kind}; a cluster-scoped kind: all or none.
   */
  public NamespaceScope scope(UserIdentity user, CachedKind kind) {
    if (kind.namespaced()) {
      return listScope(user, kind.group(), kind.resource());
    }
    return switch (decide(user, kind.list())) {
      case ALLOWED -> NamespaceScope.ALL;
      case DENIED -> NamespaceScope.NONE;
      case UNKNOWN -> NamespaceScope.UNKNOWN;
    };
  }

  /**
   * Newer scopes of the same user whenever one of the kinds asked of the latest changed: checked
   * every {@code every} (answers are kept for the review TTL, so a review is sent again only once
   * the kept one expired), on a worker thread. Every open view follows its user's rights this way:
   * it re-reads what it shows with the scopes it is handed.
   */
  public Flux<UserScopes> follow(UserScopes current, Duration every) {
    java.util.concurrent.atomic.AtomicReference<UserScopes> latest =
        new java.util.concurrent.atomic.AtomicReference<>(current);
    return Flux.interval(every, every, Schedulers.boundedElastic())
        .onBackpressureDrop()
        .concatMap(
            tick ->
                Mono.fromCallable(() -> latest.get().renewed())
                    .subscribeOn(Schedulers.boundedElastic()),
            1)
        .filter(next -> next != latest.get())
        .doOnNext(latest::set);
  }

  /**
   * A kept answer, or a review sent now (once, however many ask) and waited for at most DEADLINE.
   */
  private CompletableFuture<Decision> ask(UserIdentity user, AccessRequest request) {
    Key key = new Key(user, request);
    Boolean kept = answers.getIfPresent(key);
    if (kept != null) {
      return CompletableFuture.completedFuture(kept ? Decision.ALLOWED : Decision.DENIED);
    }
    CompletableFuture<Decision> created = new CompletableFuture<>();
    CompletableFuture<Decision> review = asking.computeIfAbsent(key, k -> created);
    if (review == created) {
      // sent outside computeIfAbsent: an answer that comes at once must not change the map from
      // inside its own computation ("Recursive update"). Bookkeeping before anyone sees the
      // answer: whoever asks next finds it kept.
      CompletableFuture.supplyAsync(() -> review(user, request), senders)
          .whenComplete(
              (decision, failure) -> {
                if (decision != null && decision != Decision.UNKNOWN) {
                  answers.put(key, decision == Decision.ALLOWED);
                }
                asking.remove(key);
                if (failure != null) {
                  created.completeExceptionally(failure);
                } else {
                  created.complete(decision);
                }
              });
    }
    // a late answer is still kept for the next view; this one goes on without it
    return review
        .copy()
        .completeOnTimeout(Decision.UNKNOWN, DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
  }

  private Decision review(UserIdentity user, AccessRequest request) {
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
      return answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed())
          ? Decision.ALLOWED
          : Decision.DENIED;
    } catch (RuntimeException e) {
      log.warn("Access review for {} ({}) failed: {}", user, request.describe(), e.getMessage());
      return Decision.UNKNOWN;
    }
  }

  private static @Nullable String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  @Override
  public void destroy() {
    senders.shutdownNow();
  }

  private record Key(UserIdentity user, AccessRequest request) {}
}
