package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.HttpUrl;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Answers a LIST of a collection (namespaced or across all namespaces) from the {@link
 * CollectionIndex} instead of the CRUD store's scan of every object, which takes seconds at 45,000
 * VMs on the server's only event loop. Items come in {@code namespace/name} order and in pages when
 * the client asks for a {@code limit}, with a {@code continue} token and {@code remainingItemCount}
 * as a real API server sends them. The stored JSON is concatenated, never parsed. Label and field
 * selectors are matched with the store's own query, so they select exactly what the store would.
 * The list holds the store's read lock only while it picks the items: it is one consistent state,
 * and its resourceVersion covers every object in it.
 */
final class CollectionLists {

  private final IndexedCrudStore store;

  CollectionLists(IndexedCrudStore store) {
    this.store = store;
  }

  /** The list for a GET of {@code requestPath}; null if it is no list this class serves. */
  @Nullable MockResponse answer(String requestPath) {
    HttpUrl url = HttpUrl.parse("http://localhost" + requestPath);
    if (url == null || url.queryParameter("watch") != null) {
      return null;
    }
    AttributeSet query = store.getKey(requestPath);
    if (query.containsKey(CollectionIndex.NAME)) {
      return null;
    }
    String continueParameter = url.queryParameter("continue");
    ContinueToken from = null;
    if (continueParameter != null && !continueParameter.isEmpty()) {
      from = ContinueToken.decode(continueParameter);
      if (from == null) {
        return StatusResponses.failure(
            400, "BadRequest", "continue key is not valid: " + continueParameter, null);
      }
    }
    boolean selected =
        url.queryParameter("labelSelector") != null || url.queryParameter("fieldSelector") != null;
    Page page;
    store.lock().readLock().lock();
    try {
      NavigableMap<String, CollectionIndex.Stored> candidates = store.index().candidates(query);
      if (candidates == null) {
        return null;
      }
      if (from != null) {
        candidates = candidates.tailMap(from.lastKey(), false);
      }
      long version = from == null ? store.latestVersion() : from.resourceVersion();
      page = Page.of(candidates, query, limit(url), version, selected, from);
    } finally {
      store.lock().readLock().unlock();
    }
    return new MockResponse()
        .setResponseCode(200)
        .setHeader(JsonResponses.CONTENT_TYPE, JsonResponses.APPLICATION_JSON)
        .setBody(page.toBuffer());
  }

  private static int limit(HttpUrl url) {
    String limit = url.queryParameter("limit");
    try {
      return limit == null ? 0 : Math.max(0, Integer.parseInt(limit));
    } catch (NumberFormatException ignored) {
      return 0;
    }
  }

  /** The items of one page, and what the list metadata says about the rest. */
  private record Page(
      List<String> items, long version, @Nullable String continueKey, long remaining) {

    /**
     * Takes up to {@code limit} (0: all) candidates that match the query's selectors, if {@code
     * selected}. Without selectors every candidate matches, and the rest are counted for {@code
     * remainingItemCount} as a real API server does: on the first page exactly, on later pages as
     * the previous page's count less the items since (an estimate, as the API documents it:
     * counting the whole tail on every page of a large list is costly). With selectors it only
     * finds whether there is more.
     */
    static Page of(
        NavigableMap<String, CollectionIndex.Stored> candidates,
        AttributeSet query,
        int limit,
        long version,
        boolean selected,
        @Nullable ContinueToken from) {
      List<String> items = new ArrayList<>();
      @Nullable String lastKey = null;
      long remaining = 0;
      for (var entry : candidates.entrySet()) {
        if (selected && !entry.getValue().key().matches(query)) {
          continue;
        }
        if (limit > 0 && items.size() == limit) {
          remaining =
              selected
                  ? 1
                  : remainingAfter(candidates, Objects.requireNonNull(lastKey), items.size(), from);
          break;
        }
        items.add(entry.getValue().json());
        lastKey = entry.getKey();
      }
      String continueKey =
          remaining > 0
              ? new ContinueToken(version, Objects.requireNonNull(lastKey), remaining).encode()
              : null;
      return new Page(items, version, continueKey, selected ? 0 : remaining);
    }

    private static long remainingAfter(
        NavigableMap<String, CollectionIndex.Stored> candidates,
        String lastKey,
        int taken,
        @Nullable ContinueToken from) {
      return from == null || from.remaining() <= 0
          ? candidates.tailMap(lastKey, false).size()
          : Math.max(1, from.remaining() - taken);
    }

    /**
     * The list as the store composes one, plus {@code continue} and {@code remainingItemCount}: the
     * items' stored JSON copied as UTF-8 into one array sized up front (a list of a large cluster
     * is large; a StringBuilder, its String and the mock's growing buffer would copy it several
     * times over).
     */
    Buffer toBuffer() {
      var metadata = new StringBuilder("{\"apiVersion\":\"v1\",\"kind\":\"List\",");
      metadata.append("\"metadata\":{\"resourceVersion\":\"").append(version).append('"');
      if (continueKey != null) {
        metadata.append(",\"continue\":\"").append(continueKey).append('"');
        if (remaining > 0) {
          metadata.append(",\"remainingItemCount\":").append(remaining);
        }
      }
      var json = new Utf8Bytes(items.stream().mapToLong(String::length).sum() + items.size() + 200);
      json.append(metadata.append("},\"items\":[").toString());
      for (int i = 0; i < items.size(); i++) {
        json.append(i == 0 ? "" : ",").append(items.get(i));
      }
      return json.append("]}").toBuffer();
    }
  }
}
