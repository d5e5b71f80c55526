package yearbook.importer.page;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page's chrome tells about it, kept when the chrome itself is dropped: the site it came from
 * ({@code 欢迎访问…}), the section ({@code 首页 > 基层频道 > 经验做法}), the publication date, a named source
 * and writer ({@code 来源：…}, {@code 作者：…}), and an original title given in a footer. Any part may be null.
 */
public record PageInfo(String site, String section, LocalDate date, String source, String page, List<String> authors,
                       String footerTitle) {
    public PageInfo {
        authors = List.copyOf(authors);
    }
}
