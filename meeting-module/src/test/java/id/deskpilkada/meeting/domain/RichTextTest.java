package id.deskpilkada.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void noScriptSurvives() {
        String dirty = "<p onclick=\"steal()\">Logistik <b>98%</b> siap<script>alert('x')</script></p>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">klik</a>"
                + "<iframe src=\"https://evil\"></iframe><style>body{}</style>";
        String clean = RichText.sanitize(dirty);
        assertThat(clean).contains("<p>Logistik <b>98%</b> siap</p>").doesNotContainIgnoringCase("script")
                .doesNotContain("onclick", "onerror", "javascript", "iframe", "<img", "style");
    }

    @Test
    void keepsTheEditorsFormattingAndLinks() {
        String html = "<h2>Laporan</h2><ul><li>KPU</li><li><i>Bawaslu</i></li></ul><p>a<br>b</p>"
                + "<a href=\"https://kpu.go.id\">KPU</a>";
        String clean = RichText.sanitize(html);
        assertThat(clean).contains("<h2>Laporan</h2>", "<ul><li>KPU</li><li><i>Bawaslu</i></li></ul>", "<br />",
                "href=\"https://kpu.go.id\"");
    }

    @Test
    void emptyEditorContentIsNoMinutes() {
        assertThat(RichText.sanitize("<p><br></p>")).isNull();
        assertThat(RichText.sanitize("<script>x</script>")).isNull();
        assertThat(RichText.isEmpty("<p>&nbsp;</p>")).isTrue();
        assertThat(RichText.sanitize(null)).isNull();
    }
}
