package yearbook.config;

import yearbook.region.RegionCatalog;
import yearbook.theme.ThemeVocabulary;

/** Everything a build needs besides the articles: settings, themes, regions. */
public record Project(Settings settings, ThemeVocabulary themes, RegionCatalog regions) {
}
