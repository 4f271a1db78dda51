package id.deskpilkada.meeting.domain;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Minutes arrive as HTML from the browser's editor and are shown to everyone and printed: only formatting
 * survives (paragraphs, emphasis, lists, headings, links to http(s)); scripts, styles, event handlers and
 * anything else are removed on the server, whatever the browser sent.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "br", "sub", "sup").toFactory());

    private RichText() {
    }

    public static String sanitize(String untrustedHtml) {
        if (untrustedHtml == null) {
            return null;
        }
        String clean = POLICY.sanitize(untrustedHtml).strip();
        return isEmpty(clean) ? null : clean;
    }

    /** True when nothing but markup and white space is left (an editor's empty "<p><br></p>"). */
    public static boolean isEmpty(String html) {
        return html == null || html.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&#160;", " ")
                .isBlank();
    }
}
