package id.deskpilkada.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XhtmlTest {

    @Test
    void textEscapesMarkupAndDropsCharactersXmlForbids() {
        assertThat(Xhtml.text("Rapat <b>\"KPU\" & Bawaslu</b>\u0000\u0007"))
                .isEqualTo("Rapat &lt;b&gt;&quot;KPU&quot; &amp; Bawaslu&lt;/b&gt;");
        assertThat(Xhtml.text(null)).isEmpty();
    }

    @Test
    void aDocumentOpensWithItsEscapedTitleAndStylesheetsInOrder() {
        StringBuilder out = new StringBuilder();

        Xhtml.open(out, "BA <1> & 2", "h1 { color: red; }", "p > b { x: y; }");
        Xhtml.row(out, Xhtml.td("a"), Xhtml.td("number", "1."));
        Xhtml.close(out);

        assertThat(out.toString()).isEqualTo("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head>"
                + "<title>BA &lt;1&gt; &amp; 2</title><style>h1 { color: red; }\np &gt; b { x: y; }\n</style></head>"
                + "<body><tr><td>a</td><td class=\"number\">1.</td></tr></body></html>");
    }
}
