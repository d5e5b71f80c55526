package yearbook.render.view;

import java.util.List;

/**
 * A volume's chronicle page ({@code chronicle} in chronicle.ftlh): its entries by month.
 *
 * @param months the months that have entries, in order
 */
public record ChronicleView(String volume, String volumeUrl, int year, int count, List<Month> months) {
    public ChronicleView {
        months = List.copyOf(months);
    }

    /** A month: its anchor on the page ("m01"), its heading (1月) and its entries. */
    public record Month(String anchor, String title, List<EventView> events) {
        public Month {
            events = List.copyOf(events);
        }
    }
}
