package yearbook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Holds the packages to the order the README's "How it works" states: each package of the tool knows only the
 * packages before it. A class that imports, calls, extends or names a type of a later package fails this test,
 * which names the class, the package it must not know and where.
 */
class LayersTest {
    /** The packages in their order; a package may depend on any before it, and on itself. */
    static final List<String> ORDER = Arrays.asList(
            "diag", "yaml", "text", "fingerprint", "cachefile", "icon", "region", "theme",
            "config",
            "content",
            "history",
            "chronicle", "honours", "statistics", "plates",
            "markdown",
            "site",
            "template",
            "print",
            "render.view", "render",
            "search",
            "publish",
            // the importer's own line, from raw bytes to article files
            "importer.decode", "importer.formats", "importer.repair", "importer.meta", "importer.page", "importer.classify",
            "importer.review", "importer.output", "importer",
            "newarticle", "newyearbook",
            "pipeline",
            "check",
            "serve",
            "cli");

    static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("yearbook");
    }

    /** The package of a class below "yearbook", as named in {@link #ORDER}; null for a class outside the tool. */
    static String layer(JavaClass c) {
        String p = c.getPackageName();
        return p.startsWith("yearbook.") ? p.substring("yearbook.".length()) : null;
    }

    @Test
    void everyPackageOfTheToolHasItsPlaceInTheOrder() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass c : classes) {
            String l = layer(c);
            if (l != null && !ORDER.contains(l)) {
                unplaced.add(l);
            }
        }
        assertTrue(classes.size() > 100, "the tool's classes were read: " + classes.size());
        assertEquals(Set.of(), unplaced, "packages missing from the order (add them to ORDER and the README)");
    }

    @Test
    void noPackageKnowsALaterOne() {
        assertEquals(Set.of(), violations(ORDER), "dependencies against the packages' order");
    }

    /** The check itself can fail: with publish put after pipeline, the build writing through it is caught. */
    @Test
    void theCheckSeesADependencyOnALaterPackage() {
        List<String> swapped = new ArrayList<>(ORDER);
        swapped.remove("publish");
        swapped.add(swapped.indexOf("pipeline") + 1, "publish");
        assertTrue(violations(swapped).stream().anyMatch(v -> v.startsWith("pipeline → publish: ")
                && v.contains("BuildService")), "the build's use of publish is reported");
    }

    /** Every dependency of a class of the tool on a package later in {@code order}, described. */
    static Set<String> violations(List<String> order) {
        Set<String> wrong = new TreeSet<>();
        for (JavaClass c : classes) {
            int from = order.indexOf(layer(c));
            if (from < 0) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = layer(d.getTargetClass());
                if (to != null && order.indexOf(to) > from) {
                    wrong.add(layer(c) + " → " + to + ": " + d.getDescription());
                }
            }
        }
        return wrong;
    }
}
