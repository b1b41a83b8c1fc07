package cymru.cylch.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, without the browser: real HTTP against the running server, cookies kept, redirects not
 * followed (so tests see them), and the CSRF token and one-time form token taken from the last page, as a form
 * would send them.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf = "";
    private String formToken = "";

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** A download link followed as a browser does, accepting any type. */
    public HttpResponse<String> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*").GET().build());
    }

    /** A binary download (a PDF), kept as bytes. */
    public HttpResponse<byte[]> downloadBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a PDF, as a screen reader or search would get it. */
    public static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Posts a form with the CSRF token and the one-time form token of the last page fetched (as a browser sends
     * the form it shows: posting twice without fetching a page between is sending the same form again).
     */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrf);
        if (!formToken.isEmpty()) {
            withToken.putIfAbsent("formToken", formToken);
        }
        return postRaw(path, withToken);
    }

    /** The CSRF token of the last page fetched. */
    public String csrf() {
        return csrf;
    }

    /** The one-time form token of the last page fetched that had a form ("" if none). */
    public String formToken() {
        return formToken;
    }

    /** Posts exactly the fields given: no CSRF token unless among them. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Signs in through the form, and through the second step when Cylch asks for one: a code from the user's
     * authenticator ({@link SecondFactorCodes}), or, for a user who must set one up, setting it up with the key
     * the page shows. Answers the last response (a redirect on success).
     */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> response = signInWithPasswordOnly(username, password);
        if (redirectsTo(response, "/sign-in/code")) {
            get("/sign-in/code");
            return post("/sign-in/code", Map.of("code", SecondFactorCodes.nextCode(username)));
        }
        if (redirectsTo(response, "/sign-in/set-up")) {
            Matcher secret = SECRET.matcher(get("/sign-in/set-up").body());
            if (!secret.find()) {
                throw new IllegalStateException("The set-up page shows no key");
            }
            SecondFactorCodes.remember(username, secret.group(1));
            return post("/sign-in/set-up", Map.of("code", SecondFactorCodes.nextCode(username)));
        }
        return response;
    }

    /** The first step alone: answers the response to the password form. */
    public HttpResponse<String> signInWithPasswordOnly(String username, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("username", username, "password", password));
    }

    public static boolean redirectsTo(HttpResponse<String> response, String pathPrefix) {
        return response.statusCode() == 302 && response.headers().firstValue("Location")
                .map(l -> l.replaceFirst("^https?://[^/]+", "").startsWith(pathPrefix)).orElse(false);
    }

    /**
     * Posts a form with a file as a browser's upload form does (multipart), with the last page's CSRF and form
     * tokens, the fields given and one file.
     */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
                                       String contentType, byte[] content) {
        String boundary = "cylch-" + UUID.randomUUID();
        Map<String, String> withTokens = new LinkedHashMap<>(fields);
        withTokens.putIfAbsent("_csrf", csrf);
        if (!formToken.isEmpty()) {
            withTokens.putIfAbsent("formToken", formToken);
        }
        var body = new ByteArrayOutputStream();
        withTokens.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("CYLCH_SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            Matcher form = FORM_TOKEN.matcher(response.body());
            if (form.find()) {
                formToken = form.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
