package yearbook.honours;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import yearbook.config.Project;
import yearbook.content.ArticleReader;
import yearbook.content.PartFiles;
import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.region.Region;
import yearbook.yaml.YamlMap;

/**
 * Reads the honour rolls (先进名录) from {@code content/honours/*.yaml}, one roll per file: the honour, the volume,
 * whether people or collectives are honoured, and the list of the honoured. Every problem is reported at its line.
 */
public final class HonourReader {
    /** The folder of the honour rolls inside the content folder. */
    public static final String FOLDER = "honours";
    static final Set<String> FIELDS = Set.of("title", "volume", "year", "awardedBy", "kind", "entries");
    static final Set<String> ENTRY_FIELDS = Set.of("name", "sex", "ethnicity", "unit", "post", "region");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private HonourReader() {
    }

    /** Every roll, in the order of the files' names. */
    public static List<HonourRoll> read(Path contentDir, Project project, Diagnostics diagnostics) {
        List<HonourRoll> rolls = new ArrayList<>();
        for (PartFiles.File f : PartFiles.list(contentDir, FOLDER, Set.of(".yaml", ".yml"), diagnostics)) {
            Diagnostics local = new Diagnostics();
            Optional<HonourRoll> roll = YamlMap.parse(f.path(), f.text(), 0, local).flatMap(y -> read(f.path(), y, project));
            local.all().forEach(diagnostics::add);
            if (!local.hasErrors()) {
                roll.ifPresent(rolls::add);
            }
        }
        return List.copyOf(rolls);
    }

    private static Optional<HonourRoll> read(Path file, YamlMap y, Project project) {
        Diagnostics d = y.diagnostics();
        y.rejectUnknown(FIELDS);
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!SLUG.matcher(name).matches()) {
            d.error(file, 1, Msg.of("honours.bad-file-name", file.getFileName().toString()));
        }
        Optional<String> title = y.string("title", true);
        Optional<Integer> volume = y.integer("volume", true, 1900, 2200);
        int year = y.integer("year", false, 1900, 2200).orElse(0);
        String kind = y.string("kind", false).orElse("person");
        boolean collective = switch (kind) {
            case "person", "个人" -> false;
            case "collective", "集体" -> true;
            default -> {
                d.error(file, y.line("kind"), Msg.of("honours.bad-kind", kind));
                yield false;
            }
        };
        if (!y.has("entries")) {
            d.error(file, y.line(), Msg.of("missing-field", "entries"));
        }
        List<HonourRoll.Honouree> entries = new ArrayList<>();
        for (YamlMap e : y.maps("entries")) {
            e.rejectUnknown(ENTRY_FIELDS);
            Optional<String> who = e.string("name", true);
            String sex = e.string("sex", false).orElse(null);
            if (sex != null && !sex.equals("男") && !sex.equals("女")) {
                d.error(file, e.line("sex"), Msg.of("honours.bad-sex", sex));
            }
            if (collective && (e.has("sex") || e.has("ethnicity"))) {
                d.error(file, e.line(), Msg.of("honours.collective-person-field"));
            }
            Region region = e.string("region", false)
                    .map(r -> ArticleReader.region(project, file, e.line("region"), r, d)).orElse(null);
            who.ifPresent(n -> entries.add(new HonourRoll.Honouree(e.line(), n, sex, e.string("ethnicity", false).orElse(null),
                    e.string("unit", false).orElse(null), e.string("post", false).orElse(null), region)));
        }
        if (y.has("entries") && entries.isEmpty() && !d.hasErrors()) {
            d.error(file, y.line("entries"), Msg.of("honours.empty"));
        }
        if (title.isEmpty() || volume.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HonourRoll(file, name, title.get(), volume.get(), year, y.string("awardedBy", false).orElse(null),
                collective, entries));
    }
}
