package id.deskpilkada.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextXhtmlTest {

    @Test
    void voidElementsAreClosedTheXmlWay() {
        assertThat(RichTextXhtml.normalise("a<br>b<BR >c<br/>d<br class=\"x\">e"))
                .isEqualTo("a<br/>b<br/>c<br/>d<br class=\"x\"/>e");
    }

    @Test
    void htmlEntitiesBecomeNumericAndUnknownOnesPrintAsWritten() {
        assertThat(RichTextXhtml.normalise("09.05&nbsp;WITA &ndash; &amp; &#64; &lt;x&gt; &foo; R&D"))
                .isEqualTo("09.05&#160;WITA &#8211; &amp; &#64; &lt;x&gt; &amp;foo; R&amp;D");
    }

    @Test
    void sanitizedRichTextIsKeptAsMarkup() {
        assertThat(RichTextXhtml.richText("<p>Satu<br>dua&nbsp;tiga</p><ul><li><strong>a</strong></li></ul>"))
                .isEqualTo("<p>Satu<br/>dua&#160;tiga</p><ul><li><strong>a</strong></li></ul>");
    }

    @Test
    void unbalancedMarkupFallsBackToEscapedPlainText() {
        assertThat(RichTextXhtml.richText("<p>Satu <b>dua</p><p>R&D &amp; &lt;tiga&gt;</p>"))
                .isEqualTo("<p class=\"unformatted\">Satu dua\nR&amp;D &amp; &lt;tiga&gt;</p>");
    }

    @Test
    void tagsTheSanitizerWouldHaveRemovedFallBackToo() {
        assertThat(RichTextXhtml.richText("<p>Lihat <img src=\"http://10.0.0.1/x.png\"/></p>"))
                .isEqualTo("<p class=\"unformatted\">Lihat</p>");
        assertThat(RichTextXhtml.richText("<p>x</p><script>alert(1)</script>"))
                .isEqualTo("<p class=\"unformatted\">x\nalert(1)</p>");
    }

    @Test
    void aDoctypeIsNeverParsed() {
        assertThat(RichTextXhtml.richText("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>"))
                .startsWith("<p class=\"unformatted\">").doesNotContain("root:");
    }
}
