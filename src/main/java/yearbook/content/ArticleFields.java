package yearbook.content;

import java.util.Set;

/**
 * The names of an article's front matter fields, for the reader ({@link ArticleReader}) and the writer
 * ({@link FrontMatterWriter}) alike. README's "Articles" describes what each means.
 */
public final class ArticleFields {
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String KICKER = "kicker";
    public static final String ORGANIZATION = "organization";
    public static final String REGION = "region";
    public static final String YEAR = "year";
    public static final String DATE = "date";
    public static final String VOLUME = "volume";
    public static final String THEMES = "themes";
    public static final String AUTHORS = "authors";
    public static final String SOURCE = "source";
    public static final String CATEGORY = "category";
    public static final String SLUG = "slug";
    public static final String DRAFT = "draft";
    public static final String WEIGHT = "weight";
    public static final String ALIASES = "aliases";
    public static final String PART = "part";

    /** The fields of {@code source:} when it is a map. */
    public static final String SOURCE_NAME = "name";
    public static final String SOURCE_URL = "url";
    public static final String SOURCE_PAGE = "page";
    public static final String SOURCE_DATE = "date";

    /** Every field an article may have. */
    public static final Set<String> ALL = Set.of(TITLE, SUBTITLE, KICKER, ORGANIZATION, REGION, YEAR, DATE, VOLUME,
            THEMES, AUTHORS, SOURCE, CATEGORY, SLUG, DRAFT, WEIGHT, ALIASES, PART);
    /** Every field {@code source:} may have. */
    public static final Set<String> SOURCE_ALL = Set.of(SOURCE_NAME, SOURCE_URL, SOURCE_PAGE, SOURCE_DATE);

    private ArticleFields() {
    }
}
