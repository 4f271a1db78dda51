package id.deskpilkada.platform.document;

/**
 * What every page of an official document carries in its margins: a QR code top right, the document's status
 * bottom left, the page counter bottom right and, until the document is final, a watermark behind the text.
 * The layout is {@link #STYLESHEET}; the markup here is what that stylesheet places.
 */
public final class PageMargins {

    /** The official A4 look: margins and their running elements, headings, field lists, tables, signatures. */
    public static final String STYLESHEET = Xhtml.resource(PageMargins.class, "official-document.css");

    /** Twice what 24 mm needs at 150 dpi, so the printed modules stay sharp. */
    private static final int QR_PIXELS = 280;

    private PageMargins() {
    }

    /**
     * Writes the running elements; they must come right after {@code <body>} to appear from the first page on.
     *
     * @param qrText           what the code on every page says (a link); blank: no code
     * @param qrCaption        plain text under the code
     * @param statusXhtml      bottom left, already escaped
     * @param pageCounterXhtml bottom right, e.g. from {@link DocumentLabels#pageCounter}
     * @param watermark        plain text across every page (e.g. "DRAF"); {@code null}: none
     */
    public static void write(StringBuilder out, String qrText, String qrCaption, String statusXhtml,
                             String pageCounterXhtml, String watermark) {
        if (qrText != null && !qrText.isBlank()) {
            out.append("<div id=\"qr\"><img src=\"").append(QrCodes.pngDataUri(qrText, QR_PIXELS)).append("\" alt=\"")
                    .append(Xhtml.text(qrText)).append("\"/><div class=\"caption\">").append(Xhtml.text(qrCaption))
                    .append("</div></div>");
        }
        out.append("<div id=\"footer-status\">").append(statusXhtml).append("</div><div id=\"footer-page\">")
                .append(pageCounterXhtml).append("</div>");
        if (watermark != null) {
            out.append("<div class=\"watermark\">").append(Xhtml.text(watermark)).append("</div>");
        }
    }
}
