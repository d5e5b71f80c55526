package yearbook.site;

/** The mark {@link SiteBuilder} adds to an address that its region's name does not make free, for tests elsewhere. */
public final class SiteBuilderMarks {
    private SiteBuilderMarks() {
    }

    public static String mark(String path) {
        return SiteBuilder.mark(path);
    }
}
