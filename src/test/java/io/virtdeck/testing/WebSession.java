package io.virtdeck.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser stand-in over plain HTTP: keeps the cookies itself (the session cookie is marked
 * Secure, which {@link java.net.CookieManager} would not send to http://localhost), follows no
 * redirects, and signs in through the local form with its CSRF token.
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public WebSession(String base) {
    this.base = base;
  }

  public String base() {
    return base;
  }

  /** Signs in with a demo account; the response is the form's redirect. */
  public HttpResponse<String> signIn(String username, String password) {
    return postForm("/login", Map.of("username", username, "password", password), true);
  }

  /** The CSRF token of the sign-in page, read as a browser would. */
  public String csrfToken() {
    String page = get("/login").body();
    Matcher token = CSRF.matcher(page);
    if (!token.find()) {
      throw new IllegalStateException("The sign-in page carries no CSRF token");
    }
    return token.group(1);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
  }

  public HttpResponse<String> get(String path, Map<String, String> headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  /** Posts a form, with the page's CSRF token when {@code withToken}. */
  public HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withToken) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (withToken) {
      all.put("_csrf", csrfToken());
    }
    String body =
        all.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        Map.of());
  }

  public String cookieHeader() {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
    headers.forEach(request::header);
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader());
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      keepCookies(response.headers().allValues("Set-Cookie"));
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void keepCookies(List<String> setCookies) {
    for (String line : setCookies) {
      String pair = line.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
