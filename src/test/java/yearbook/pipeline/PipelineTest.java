package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.template.TemplateError;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * The one pipeline that build, check and serve run: every phase reports into one collector, a phase that
 * does not need a failed one still runs, and a kept pipeline reuses what did not change.
 */
class PipelineTest {
    @TempDir
    Path dir;

    private Path templates() throws IOException {
        Path t = dir.resolve("my-templates");
        if (!Files.isDirectory(t)) {
            TestFiles.copyTree(TestFiles.templates(), t);
        }
        return t;
    }

    private Pipeline.Request request(boolean printCheck) throws IOException {
        return new Pipeline.Request(dir.resolve("content"), templates(), true, true, false, printCheck, null);
    }

    @Test
    void aContentErrorAndATemplateErrorAreReportedTogether() throws IOException {
        TestFiles.write(dir, TestFiles.BASICS + TestSites.article("a", "999999", 2019, ""));
        Files.writeString(templates().resolve("home.ftlh"), "<p>\n<#if>\n");
        Diagnostics d = new Diagnostics();
        Run run = Pipeline.once("t").run(request(true), d, Progress.NONE);
        assertNull(run.site(), "no model from content with errors");
        assertNull(run.templates(), "no templates when one does not parse");
        List<String> files = d.all().stream().filter(Diagnostic::isError).map(x -> x.file().getFileName().toString()).toList();
        assertEquals(List.of("a.md", "home.ftlh"), files, d.all().toString());
        Diagnostic template = d.all().stream().filter(x -> x.file().toString().endsWith("home.ftlh")).findFirst().orElseThrow();
        assertEquals(templates().resolve("home.ftlh"), template.file(), "the file inside the folder given");
        assertEquals(2, template.line());
        ContentException e = assertThrows(ContentException.class, run::throwIfErrors);
        assertEquals(2, e.diagnostics().size());
    }

    @Test
    void aTemplateErrorAloneIsThrownAsItself() throws IOException {
        TestFiles.write(dir, TestFiles.BASICS + TestSites.article("a", "150623", 2019, ""));
        Files.writeString(templates().resolve("home.ftlh"), "<p>\n<#if>\n");
        Run run = Pipeline.once("t").run(request(true), new Diagnostics(), Progress.NONE);
        assertNotNull(run.site(), "the content was read and modelled all the same");
        TemplateError e = assertThrows(TemplateError.class, run::throwIfErrors);
        assertEquals("home.ftlh", e.template());
    }

    @Test
    void aCharacterTheFontsLackIsFoundInTheRunOrBeforeTheFirstBook() throws IOException {
        TestFiles.write(dir, TestFiles.BASICS + TestSites.article("a", "150623", 2019, "").replace("正文。", "正文😀。"));
        Diagnostics now = new Diagnostics();
        Pipeline.once("t").run(request(true), now, Progress.NONE);
        assertTrue(now.all().stream().anyMatch(x -> x.isError() && x.message().contains("U+1F600")), now.all().toString());

        Diagnostics later = new Diagnostics();
        Run run = Pipeline.once("t").run(request(false), later, Progress.NONE);
        assertTrue(later.all().stream().noneMatch(Diagnostic::isError), "not checked in the run: " + later.all());
        ContentException e = assertThrows(ContentException.class, run::printer);
        assertTrue(e.diagnostics().get(0).message().contains("U+1F600"), e.diagnostics().toString());
    }

    @Test
    void aKeptPipelineReusesTheTemplatesUntilTheyChange() throws IOException {
        TestFiles.write(dir, TestFiles.BASICS + TestSites.article("a", "150623", 2019, ""));
        Pipeline kept = Pipeline.kept("t");
        Run first = kept.run(request(false), new Diagnostics(), Progress.NONE);
        Run same = kept.run(request(false), Set.of(), false, false, new Diagnostics(), Progress.NONE);
        assertSame(first.templates(), same.templates());
        Run changed = kept.run(request(false), Set.of(), true, false, new Diagnostics(), Progress.NONE);
        assertNotSame(first.templates(), changed.templates());

        Pipeline once = Pipeline.once("t");
        assertNotSame(once.run(request(false), new Diagnostics(), Progress.NONE).templates(),
                once.run(request(false), new Diagnostics(), Progress.NONE).templates(), "a run from nothing reads them again");
    }
}
