package yearbook.honours;

import java.nio.file.Path;
import java.util.List;

import yearbook.region.Region;

/**
 * An honour roll (先进名录) of a volume: the people or collectives given one honour.
 *
 * @param file      the file it is written in
 * @param slug      its name in addresses: the file's name without {@code .yaml}
 * @param title     the honour: 全国五一劳动奖章
 * @param volume    the volume it is printed in
 * @param year      the year the honour was given, or 0 when not said
 * @param awardedBy who gave it (授予单位), or null
 * @param collective whether it honours collectives (units, teams) rather than people
 * @param entries   the honoured, in the order written
 */
public record HonourRoll(Path file, String slug, String title, int volume, int year, String awardedBy,
                         boolean collective, List<Honouree> entries) {
    public HonourRoll {
        entries = List.copyOf(entries);
    }

    /**
     * One person or collective on a roll.
     *
     * @param line      the line its entry starts on
     * @param name      the person's or the collective's name
     * @param sex       男 or 女, or null
     * @param ethnicity the ethnic group (蒙古族), or null
     * @param unit      the person's unit (工作单位), or null
     * @param post      the person's post (职务), or null
     * @param region    the region, or null
     */
    public record Honouree(int line, String name, String sex, String ethnicity, String unit, String post, Region region) {
    }
}
