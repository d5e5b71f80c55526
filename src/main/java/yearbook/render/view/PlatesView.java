package yearbook.render.view;

import java.util.List;

/** A volume's picture section ({@code plates} in pictures.ftlh): its pictures in order, numbered. */
public record PlatesView(String volume, String volumeUrl, List<PlateView> pictures) {
    public PlatesView {
        pictures = List.copyOf(pictures);
    }

    /** One picture: its address, its size in pixels, its description, its caption and its number in the section. */
    public record PlateView(String src, int width, int height, String alt, String caption, int number) {
    }
}
