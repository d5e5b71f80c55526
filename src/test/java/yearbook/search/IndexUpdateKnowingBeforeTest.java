package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@link IndexUpdateTest} again, the update told each changed article's earlier body as a build with its
 * cache tells it: the index is still, file for file, the one made from nothing. And a paragraph added at the end of
 * an article reads only the shards of the terms that change.
 */
class IndexUpdateKnowingBeforeTest extends IndexUpdateTest {
    @BeforeEach
    void told() {
        knowsBefore = true;
    }

    /** How many postings shards the update read. */
    private long shardsRead() {
        return read.stream().filter(p -> p.startsWith("search/shards/")).count();
    }

    @Test
    void aParagraphAddedAtTheEndReadsOnlyTheShardsOfItsTerms() throws IOException {
        Path f = root.resolve("content/articles/a17.md");
        Files.writeString(f, "\n书屋。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // the same edit, the update not told the earlier body: it looks into every shard
        knowsBefore = false;
        read.clear();
        check();
        long untold = shardsRead();
        knowsBefore = true;
        read.clear();
        update();
        long told = shardsRead();
        assertTrue(told > 0, "the shards of the new paragraph's terms are read");
        assertTrue(told * 4 < untold, "told the earlier body, " + told + " shards read; not told, " + untold);
    }
}
