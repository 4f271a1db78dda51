package id.deskpilkada.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A logged-in HTTP session without a browser: logs in through the portal's own login form (as a browser
 * would, with the Faces view state) and then calls pages and the REST API with the session cookie.
 */
final class PortalHttpSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    private PortalHttpSession(URL base) {
        this.base = base.toString().replaceAll("/$", "");
    }

    /** @return the session, or an exception when the portal did not accept the login */
    static PortalHttpSession logIn(URL base, String username, String password) throws IOException, InterruptedException {
        PortalHttpSession session = new PortalHttpSession(base);
        if (!session.tryLogIn(username, password)) {
            throw new IllegalStateException("Login refused for " + username);
        }
        return session;
    }

    static PortalHttpSession anonymous(URL base) {
        return new PortalHttpSession(base);
    }

    /**
     * @return whether the portal accepted the credentials (it redirects to the user's landing page: home, or the
     *         Desk Pilkada dashboard for leadership)
     */
    boolean tryLogIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login.xhtml", "text/html");
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:username", username);
        fields.put("loginForm:password", password);
        fields.put("loginForm:submit", "");
        fields.put("jakarta.faces.ViewState", state.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String landing = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302
                && (landing.endsWith("/index.xhtml") || landing.endsWith("/desk/dashboard.xhtml"));
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** For documents (PDF) that do not survive decoding as text. */
    HttpResponse<byte[]> getBytes(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
        return get(path, "application/json");
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A file upload as the raw body, its name in a header (the attachment APIs take it so). */
    HttpResponse<String> postFile(String path, String contentType, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                        .header("X-File-Name", fileName).header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                        .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
