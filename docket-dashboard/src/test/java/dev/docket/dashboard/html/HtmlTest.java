package dev.docket.dashboard.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The builder escapes everything and refuses what a page must never contain. */
class HtmlTest {
    @Test
    void textAndAttributesAreEscaped() {
        Html h = new Html();
        h.open("p", "title", "a\"b'c<d>&").text("<script>alert('x')</script> & \"q\"").close("p");
        assertThat(h.toString()).isEqualTo("<p title=\"a&quot;b&#39;c&lt;d&gt;&amp;\">&lt;script&gt;alert(&#39;x&#39;)"
                + "&lt;/script&gt; &amp; &quot;q&quot;</p>");
    }

    @Test
    void controlCharactersAreReplacedButLineBreaksKept() {
        assertThat(new Html().text("a\u0000b\u001bc\td\ne\r\u007f").toString()).isEqualTo("a\uFFFDb\uFFFDc\td\ne\r\uFFFD");
    }

    @Test
    void nullValuesLeaveAttributesOutAndEmptyOnesAreBoolean() {
        assertThat(new Html().empty("input", "name", "x", "value", null, "required", "").toString())
                .isEqualTo("<input name=\"x\" required=\"\">");
    }

    @Test
    void eventHandlersInlineStylesAndInlineScriptsCannotBeWritten() {
        for (String attr : new String[] {"onclick", "onerror", "onload", "style", "hx-on:click", "hx-on", "srcdoc", "Title",
            "a b", "x\"y"}) {
            assertThatThrownBy(() -> new Html().open("p", attr, "v")).as(attr).isInstanceOf(IllegalArgumentException.class);
        }
        for (String tag : new String[] {"script", "style", "Script", "p onclick=x", "img/"}) {
            assertThatThrownBy(() -> new Html().open(tag)).as(tag).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Html().empty("p")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Html().scriptFile("/static/a.js?v=1").toString()).isEqualTo("<script src=\"/static/a.js?v=1\" defer></script>");
    }

    @Test
    void urlsMustStayOnThisServer() {
        for (String url : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example/",
            "/\\evil.example", "https://evil.example/", "vbscript:x", " /x", "/a\nb", ""}) {
            assertThatThrownBy(() -> new Html().open("a", "href", url)).as(url).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Html().open("form", "action", url)).as(url).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Html().scriptFile(url)).as(url).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new Html().open("a", "href", "/jobs/1?x=<y>").toString()).isEqualTo("<a href=\"/jobs/1?x=&lt;y&gt;\">");
        assertThat(new Html().open("a", "href", "#main").toString()).isEqualTo("<a href=\"#main\">");
    }
}
