package yearbook.config;

import java.util.List;
import java.util.Objects;

/**
 * The yearbook's settings from {@code content/yearbook.yaml}.
 *
 * @param baseUrl      the absolute address the site is published at, ending in '/' (used in the feed and
 *                     sitemap); its path part is {@link #basePath()}, prefixed to every link
 * @param volumeOffset a volume is named by its publication year: volume = covered year + offset (usually 1)
 * @param volumeTitle  how a volume is named; {@code {title}} and {@code {volume}} are replaced
 * @param feedLimit    how many articles the Atom feed carries
 * @param drafts       whether articles marked {@code draft: true} are built
 * @param gitInfo      whether article pages show their last change when the content is in a git work tree
 * @param rawHtml      what happens to HTML written inside articles (cleaned, shown as text, or kept)
 * @param print        how the print yearbook is made
 * @param colophon     what the print yearbook's 版权页 states ({@link Colophon#none()} when nothing)
 * @param board        the 编委会 (editorial board), role by role, in the order given; empty when not given
 * @param staff        the 编辑部 (editorial staff), role by role, in the order given; empty when not given
 * @param pageSize     how many articles a list page (volume, region, theme, region × theme) shows; longer lists
 *                     go on over further pages
 * @param maxFiles     the most files the site may have (a host's limit); the build warns when it has more, or
 *                     nearly as many; 0: no limit
 * @param volumeParts  the parts of a volume's body in their order ({@code volume.parts}); those left out are not
 *                     shown, on the site or in print
 */
public record Settings(String title, String subtitle, String publisher, String description, String baseUrl,
                       String language, int volumeOffset, String volumeTitle, String copyright, int feedLimit,
                       boolean drafts, boolean gitInfo, RawHtml rawHtml, List<String> categories, PrintSettings print,
                       Colophon colophon, List<Credit> board, List<Credit> staff, int pageSize, int maxFiles,
                       List<VolumePart> volumeParts) {

    public Settings {
        volumeParts = List.copyOf(volumeParts);
        categories = List.copyOf(categories);
        Objects.requireNonNull(colophon, "colophon");
        board = List.copyOf(board);
        staff = List.copyOf(staff);
        Objects.requireNonNull(rawHtml, "rawHtml");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize " + pageSize);
        }
    }

    /**
     * The settings of a yearbook whose {@code yearbook.yaml} says nothing more: each field the file leaves out
     * takes its value from here, and a missing or unreadable file gives exactly these.
     */
    public static Settings defaults() {
        return new Settings("年鉴", null, null, null, "/", "zh-CN", 1, "{title} {volume}", null, 50, false, true,
                RawHtml.SAFE, List.of(), PrintSettings.defaults(), Colophon.none(), List.of(), List.of(), DEFAULT_PAGE_SIZE, 0,
                VolumePart.USUAL);
    }

    /** Whether {@code volume.parts} shows the part. */
    public boolean shows(VolumePart part) {
        return volumeParts.contains(part);
    }

    /** Articles per list page unless the settings say otherwise: such a page stays well under 200 KB. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Whether a site of {@code files} files comes within a tenth of {@link #maxFiles()} or over it. */
    public boolean nearFileLimit(long files) {
        return maxFiles > 0 && files * 10 > maxFiles * 9L;
    }

    /** The path part of the base URL, starting and ending with '/': "/" or "/yearbook/". */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
        String path = slash < 0 ? "/" : baseUrl.substring(slash);
        return path.endsWith("/") ? path : path + "/";
    }

    /** The volume an article covering {@code year} belongs to by default. */
    public int volumeFor(int year) {
        return year + volumeOffset;
    }

    /** The year a volume covers: the inverse of {@link #volumeFor}. */
    public int coveredYear(int volume) {
        return volume - volumeOffset;
    }

    public String volumeName(int volume) {
        return volumeTitle.replace("{title}", title).replace("{volume}", Integer.toString(volume));
    }

    /** Absolute URL of a site path such as "/2019/slug/" (the base path is not repeated). */
    public String absolute(String sitePath) {
        String root = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String base = basePath();
        String p = sitePath.startsWith(base) ? sitePath.substring(base.length() - 1) : sitePath;
        int scheme = root.indexOf("://");
        int slash = scheme < 0 ? -1 : root.indexOf('/', scheme + 3);
        String origin = slash < 0 ? root : root.substring(0, slash);
        return origin + base.substring(0, base.length() - 1) + p;
    }
}
