package yearbook.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import yearbook.site.SiteModel;

/** The search index of a built site made again with other sizes for the lists in files of their own, for tests. */
public final class TestIndexes {
    private TestIndexes() {
    }

    /**
     * Replaces the index under {@code site/search/} with the model's, made with the terms of more than {@code own}
     * characters of postings in files of their own and the pairs of more than {@code split} characters of positions
     * in chunks (of the size a build makes).
     */
    public static void rewrite(SiteModel model, Path site, int own, int split) throws IOException {
        Path search = site.resolve(SearchIndex.FOLDER);
        for (String old : new String[] {"shards", "positions", "docs", "text"}) {
            try (Stream<Path> files = Files.walk(search.resolve(old))) {
                for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(f);
                }
            }
        }
        SearchIndex index = SearchIndex.of(model, null, new SearchIndex.Layout(own, split, PositionsFile.CHUNK));
        for (Map.Entry<String, byte[]> f : index.files().entrySet()) {
            Path to = site.resolve(f.getKey());
            Files.createDirectories(to.getParent());
            Files.write(to, f.getValue());
        }
    }
}
