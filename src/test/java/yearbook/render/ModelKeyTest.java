package yearbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import yearbook.site.SiteModel;

/**
 * The site model's key, which lets a build keep a page without making its view: it must follow every part of the
 * model a view can read, so a part added to the model must be added to the key too.
 */
class ModelKeyTest {
    @Test
    void theKeyFollowsEveryComponentOfTheSiteModel() throws Exception {
        List<String> components = Arrays.stream(SiteModel.class.getRecordComponents()).map(RecordComponent::getName)
                .sorted().toList();
        String source = Files.readString(Path.of("src/main/java/yearbook/render/SiteRenderer.java"));
        String key = source.substring(source.indexOf("static String modelKey("));
        key = key.substring(0, key.indexOf("\n    }\n"));
        for (String c : components) {
            boolean followed = key.contains("site." + c + "()") || key.contains("site." + c + "().get(");
            assertEquals(true, followed, "the site model's key leaves out " + c);
        }
    }
}
