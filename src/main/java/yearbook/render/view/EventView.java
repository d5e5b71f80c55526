package yearbook.render.view;

/**
 * A chronicle entry as listed: its date as written in a chronicle (1月15日, or 1月), the ISO date for
 * {@code <time>}, the text, its region (url null when the region has no page) and the article it refers to
 * (null when none).
 */
public record EventView(String date, String iso, String text, LinkView region, LinkView article) {
}
