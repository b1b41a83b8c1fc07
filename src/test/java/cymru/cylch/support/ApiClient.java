package cymru.cylch.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A machine client of the API: bearer token, JSON, optional Accept-Language. */
public final class ApiClient {

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String token) {
        return get(path, token, "en");
    }

    public HttpResponse<String> get(String path, String token, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").header("Accept-Language", language).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return post(path, token, json, "en");
    }

    /** A POST in the given language; without a token when {@code token} is null. */
    public HttpResponse<String> post(String path, String token, String json, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** A PUT of a JSON body in the given language. */
    public HttpResponse<String> put(String path, String token, String json, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Accept-Language", language).header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    /** A DELETE in the given language. */
    public HttpResponse<String> delete(String path, String token, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Accept-Language", language).header("Authorization", "Bearer " + token).DELETE().build());
    }

    /** A POST with further request headers (such as {@code Idempotency-Key}). */
    public HttpResponse<String> post(String path, String token, String json, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        if (!headers.containsKey("Accept-Language")) {
            request.header("Accept-Language", "en");
        }
        return send(request.build());
    }

    /** A POST of a body of another type (a CSV file), with further request headers. */
    public HttpResponse<String> post(String path, String token, String contentType, String body,
                                     java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (!headers.containsKey("Accept-Language")) {
            request.header("Accept-Language", "en");
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
