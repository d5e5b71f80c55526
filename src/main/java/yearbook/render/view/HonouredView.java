package yearbook.render.view;

/** A person or collective honoured in a region, as its region page lists them: name, unit and the roll. */
public record HonouredView(String name, String unit, LinkView roll, String volume) {
}
