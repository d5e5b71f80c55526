package yearbook.pipeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a build reads and makes.
 *
 * @param site    whether the website is made (then {@code output} is replaced as a whole)
 * @param pdf     whether the print yearbook's PDFs are made (into {@code output}/pdf/)
 * @param printed the date the PDFs carry, or null to take each book's own date (the latest article date);
 *                from SOURCE_DATE_EPOCH on the command line
 * @param cache   the folder where a build keeps what it made for the next build (see
 *                {@link yearbook.publish.BuildCache}), or null to make everything each time
 */
public record BuildOptions(Path content, Path templates, Path output, boolean site, boolean pdf, Instant printed,
                           Path cache) {
    public BuildOptions {
        content = content.toAbsolutePath().normalize();
        templates = templates.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        cache = cache == null ? null : cache.toAbsolutePath().normalize();
        if (!site && !pdf) {
            throw new IllegalArgumentException("a build makes the site, the PDFs or both");
        }
    }

    public BuildOptions(Path content, Path templates, Path output, boolean site, boolean pdf, Instant printed) {
        this(content, templates, output, site, pdf, printed, null);
    }

    /** These options with the build cache kept in {@code folder} (null: none). */
    public BuildOptions cached(Path folder) {
        return new BuildOptions(content, templates, output, site, pdf, printed, folder);
    }

    /** The website only, without PDFs. */
    public BuildOptions(Path content, Path templates, Path output) {
        this(content, templates, output, true, false, null);
    }

    /** The website and the PDFs. */
    public static BuildOptions everything(Path content, Path templates, Path output) {
        return new BuildOptions(content, templates, output, true, true, null);
    }
}
