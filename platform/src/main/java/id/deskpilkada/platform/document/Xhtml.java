package id.deskpilkada.platform.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Pieces of the XHTML that printed documents are made of. openhtmltopdf parses its input as XML, so one stray
 * {@code &} would fail the whole document: every value passes through {@link #text} on its way in.
 */
public final class Xhtml {

    public static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

    private Xhtml() {
    }

    /** Escapes text for element content and double-quoted attributes; drops characters XML 1.0 forbids. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (isXmlChar(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    public static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * Opens the document up to and including {@code <body>}.
     *
     * @param stylesheets CSS texts, in cascade order; they must hold no {@code <} or {@code &}
     */
    public static void open(StringBuilder out, String title, String... stylesheets) {
        out.append("<html xmlns=\"").append(NAMESPACE).append("\" lang=\"id\"><head><title>").append(text(title))
                .append("</title><style>");
        for (String css : stylesheets) {
            out.append(text(css)).append('\n');
        }
        out.append("</style></head><body>");
    }

    public static void close(StringBuilder out) {
        out.append("</body></html>");
    }

    public static void row(StringBuilder out, String... cellsXhtml) {
        out.append("<tr>");
        for (String cell : cellsXhtml) {
            out.append(cell);
        }
        out.append("</tr>");
    }

    public static String td(String contentXhtml) {
        return "<td>" + contentXhtml + "</td>";
    }

    public static String td(String cssClass, String contentXhtml) {
        return "<td class=\"" + cssClass + "\">" + contentXhtml + "</td>";
    }

    /** A text file on the class path beside {@code owner}, e.g. a document's stylesheet. */
    public static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " beside " + owner);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
