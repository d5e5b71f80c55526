package yearbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LinkTargetsTest {
    private final LinkTargets targets = new LinkTargets("nm/wuhai.md",
            Map.of("nm/other.md", "/yb/2019/other/", "nx/yinchuan.md", "/yb/2020/yinchuan/"),
            Set.of("nm/img/photo.png"), new Urls("/yb/"));

    @Test
    void rewritesLinksToArticlesAndAssets() {
        assertEquals("/yb/2019/other/", targets.resolve("other.md"));
        assertEquals("/yb/2019/other/#一加强思想引领", targets.resolve("other.md#一加强思想引领"));
        assertEquals("/yb/2020/yinchuan/", targets.resolve("../nx/yinchuan.md"));
        assertEquals("/yb/nm/img/photo.png", targets.resolve("img/photo.png"));
    }

    @Test
    void leavesOtherLinksAlone() {
        assertEquals("https://example.org/a.md", targets.resolve("https://example.org/a.md"));
        assertEquals("#top", targets.resolve("#top"));
        assertEquals("/about/", targets.resolve("/about/"));
        assertEquals("mailto:a@b.c", targets.resolve("mailto:a@b.c"));
        assertNull(targets.problem("https://example.org/x"));
    }

    @Test
    void namesWhatIsBroken() {
        assertEquals("the link 'gone.md' points to an article that does not exist or is not published", targets.problem("gone.md").toString());
        assertEquals("the link '../../etc/passwd' points outside the content folder", targets.problem("../../etc/passwd").toString());
        assertEquals("the link 'img/none.png' points to a file that does not exist", targets.problem("img/none.png").toString());
        assertNull(targets.problem("../nx/yinchuan.md"));
    }
}
