package yearbook.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * A template cannot reach Java, the file system or other programs: each known way out of FreeMarker, put on
 * line 2 of a template, stops the build with an error naming that template and line, and nothing outside the
 * template's output happens (the command a template tries to run leaves no file behind).
 */
class TemplateSandboxTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch MARK\")}",
            "<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.io.File\", \"MARK\").createNewFile()?c}",
            "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()><@j>open('MARK','w')</@j>",
            "${site?api.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch MARK\")}",
            "${site.getClass().getProtectionDomain().getCodeSource().getLocation()}",
            "${site.class.protectionDomain.codeSource.location}",
            "${site.getClass().getClassLoader()}",
            "${site.getClass().forName(\"java.lang.Runtime\")}",
            "<#include \"../../../../../../../../etc/passwd\">",
            "<#include \"/../outside.ftl\">",
            "<#import \"../outside.ftl\" as o>",
            "${\"../outside.ftl\"?eval}",
            "<#include \"linked-out.ftl\">",
    })
    void aWayOutOfTheTemplateStopsTheBuildAtItsLine(String escape) throws IOException {
        Path project = root.resolve("project");
        TestFiles.write(project, TestFiles.BASICS + TestSites.article("laomo", "150623", 2018, "model-workers"));
        Path templates = project.resolve("templates");
        TestFiles.copyTree(TestFiles.templates(), templates);
        Files.writeString(project.resolve("outside.ftl"), "outside the templates");
        Files.writeString(root.resolve("outside.ftl"), "outside the templates");
        Files.createSymbolicLink(templates.resolve("linked-out.ftl"), root.resolve("outside.ftl"));
        Files.writeString(templates.resolve("404.ftlh"), "<#-- line 1 -->\n" + escape + "\n");
        BuildOptions o = new BuildOptions(project.resolve("content"), templates, project.resolve("site"));
        TemplateError e = assertThrows(TemplateError.class, () -> new BuildService("t").build(o, Progress.NONE));
        assertEquals("404.ftlh", e.template());
        assertEquals(2, e.line(), e.getMessage());
        assertFalse(Files.exists(Path.of("MARK")) || Files.exists(project.resolve("MARK")), "nothing ran");
        assertFalse(e.getMessage().contains("outside the templates"), e.getMessage());
        assertFalse(Files.exists(project.resolve("site")), "no site was published");
        assertTrue(e.getMessage().length() < 2000, "a message for a person, not a dump: " + e.getMessage());
    }
}
