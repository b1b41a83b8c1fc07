package cymru.cylch.benchmark;

import cymru.cylch.support.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Pages fetched as a browser would, in a signed-in session; anything but the page itself stops the benchmark. */
final class Pages {

    private final int port;

    Pages(int port) {
        this.port = port;
    }

    WebSession signIn(BenchmarkUsers.User user) {
        WebSession session = new WebSession(port);
        var response = session.signIn(user.username(), BenchmarkUsers.PASSWORD);
        if (response.statusCode() != 302 || WebSession.redirectsTo(response, "/sign-in")) {
            throw new IllegalStateException("Could not sign in as " + user.username());
        }
        return session;
    }

    static void get(WebSession session, String path) {
        var response = session.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
    }

    static String search(String query) {
        return "/people?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
