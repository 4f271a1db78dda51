package id.deskpilkada.meeting.document;

import id.deskpilkada.platform.document.Xhtml;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The minutes' rich text as well-formed XHTML for the notula. openhtmltopdf parses its input as XML, so one
 * {@code <br>} or {@code &nbsp;} would fail the whole document; plain values go through the platform's
 * {@link Xhtml#text}.
 */
final class RichTextXhtml {

    /** What the OWASP policy for minutes lets through; anything else means the input was not sanitized. */
    private static final Set<String> RICH_TEXT_TAGS = Set.of("div", "p", "br", "b", "strong", "i", "em", "u", "s",
            "ul", "ol", "li", "h1", "h2", "h3", "blockquote", "a", "span", "sub", "sup");

    /** HTML void elements that editors and older sanitizer output write without the XML self-closing slash. */
    private static final Pattern VOID_ELEMENT = Pattern.compile("<(br|hr|img|wbr)\\b([^>]*?)\\s*/?>",
            Pattern.CASE_INSENSITIVE);

    /** An {@code &} that does not start a character or entity reference, e.g. "R&D". */
    private static final Pattern BARE_AMPERSAND =
            Pattern.compile("&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)");

    private static final Pattern NAMED_REFERENCE = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");

    private static final Pattern REMAINING_REFERENCE =
            Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** Tags after which the fallback's plain text starts a new line, so paragraphs and list items stay apart. */
    private static final Pattern LINE_ENDING_TAG =
            Pattern.compile("<(br\\b[^>]*|/p|/li|/h[1-6]|/blockquote|/div)\\s*>", Pattern.CASE_INSENSITIVE);

    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    /**
     * The HTML named entities that rich-text editors actually emit. XML knows none of them; the full HTML table
     * (over 2000 names) is not worth carrying for minutes text, and an unknown name is shown literally instead.
     */
    private static final Map<String, Integer> HTML_ENTITIES = Map.ofEntries(
            Map.entry("nbsp", 0xA0), Map.entry("shy", 0xAD), Map.entry("ndash", 0x2013),
            Map.entry("mdash", 0x2014), Map.entry("hellip", 0x2026), Map.entry("lsquo", 0x2018),
            Map.entry("rsquo", 0x2019), Map.entry("ldquo", 0x201C), Map.entry("rdquo", 0x201D),
            Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB), Map.entry("bull", 0x2022),
            Map.entry("middot", 0xB7), Map.entry("deg", 0xB0), Map.entry("copy", 0xA9), Map.entry("reg", 0xAE),
            Map.entry("trade", 0x2122), Map.entry("times", 0xD7), Map.entry("divide", 0xF7),
            Map.entry("plusmn", 0xB1), Map.entry("sect", 0xA7), Map.entry("para", 0xB6), Map.entry("euro", 0x20AC),
            Map.entry("frac12", 0xBD), Map.entry("frac14", 0xBC), Map.entry("frac34", 0xBE));

    /** The default handler prints every fatal error to stderr; a broken fragment is expected and handled. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private RichTextXhtml() {
    }

    /**
     * Sanitized rich text as a well-formed XHTML fragment. If the normalised text still does not parse, or holds
     * a tag the sanitizer would not have let through, the notula shows its plain text rather than failing.
     */
    static String richText(String sanitizedHtml) {
        if (sanitizedHtml == null || sanitizedHtml.isBlank()) {
            return "";
        }
        String normalised = normalise(sanitizedHtml);
        return isSafeFragment(normalised) ? normalised : plainText(normalised);
    }

    /**
     * Rewrites the two HTML habits XML rejects: void elements without a closing slash ({@code <br>} becomes
     * {@code <br/>}) and named entities ({@code &nbsp;} becomes {@code &#160;}; an unknown name and a bare
     * {@code &} are escaped so they print as written). Tag balance is left alone: the sanitizer already closes
     * what it opens, and a fragment that is still broken falls back to plain text.
     */
    static String normalise(String html) {
        String s = VOID_ELEMENT.matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(
                        "<" + m.group(1).toLowerCase(Locale.ROOT) + m.group(2) + "/>"));
        s = BARE_AMPERSAND.matcher(s).replaceAll("&amp;");
        return NAMED_REFERENCE.matcher(s).replaceAll(m -> {
            String name = m.group(1);
            if (XML_ENTITIES.contains(name)) {
                return Matcher.quoteReplacement(m.group());
            }
            Integer codePoint = HTML_ENTITIES.get(name);
            return Matcher.quoteReplacement(codePoint != null ? "&#" + codePoint + ";" : "&amp;" + name + ";");
        });
    }

    private static boolean isSafeFragment(String fragment) {
        try {
            Element root = parser().parse(new InputSource(new StringReader(
                    "<div xmlns=\"" + Xhtml.NAMESPACE + "\">" + fragment + "</div>"))).getDocumentElement();
            return onlyRichTextElements(root);
        } catch (SAXException | IOException e) {
            return false;
        }
    }

    private static boolean onlyRichTextElements(Node node) {
        if (node.getNodeType() == Node.ELEMENT_NODE && (!Xhtml.NAMESPACE.equals(node.getNamespaceURI())
                || !RICH_TEXT_TAGS.contains(node.getLocalName()))) {
            return false;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!onlyRichTextElements(child)) {
                return false;
            }
        }
        return true;
    }

    /** Escaped text of a normalised fragment; line breaks where paragraphs and list items ended. */
    private static String plainText(String normalised) {
        String lines = LINE_ENDING_TAG.matcher(normalised).replaceAll("\n");
        String withoutTags = TAG.matcher(lines).replaceAll("");
        return "<p class=\"unformatted\">" + Xhtml.text(decodeReferences(withoutTags).strip()) + "</p>";
    }

    /** Resolves the references {@link #normalise} leaves, numeric ones and XML's five, in one pass. */
    private static String decodeReferences(String s) {
        return REMAINING_REFERENCE.matcher(s).replaceAll(m -> {
            int codePoint = switch (m.group(1)) {
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "apos" -> '\'';
                default -> numericValue(m.group(1).substring(1));
            };
            return Xhtml.isXmlChar(codePoint) ? Matcher.quoteReplacement(Character.toString(codePoint)) : "";
        });
    }

    /** @return -1 (not a character) when the number is too large to be one */
    private static int numericValue(String digits) {
        try {
            return digits.startsWith("x") || digits.startsWith("X")
                    ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static DocumentBuilder parser() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            // The fragment is user text: no DTD, so no entity expansion and no external fetches
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a standard feature", e);
        }
    }
}
