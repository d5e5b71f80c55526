package yearbook.render.view;

import java.util.List;

/**
 * An honour roll's page ({@code roll} in honours.ftlh).
 *
 * @param year       the year the honour was given, or 0 when not said
 * @param awardedBy  who gave it, or null
 * @param collective whether it honours collectives rather than people
 */
public record HonourRollView(String title, String volume, String volumeUrl, int year, String awardedBy,
                             boolean collective, List<HonoureeView> entries) {
    public HonourRollView {
        entries = List.copyOf(entries);
    }

    /** One honoured person or collective; absent facts are null; the region's url is null when it has no page. */
    public record HonoureeView(String name, String sex, String ethnicity, String unit, String post, LinkView region) {
    }
}
