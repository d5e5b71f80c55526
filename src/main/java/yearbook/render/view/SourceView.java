package yearbook.render.view;

/**
 * Where an article was first published. {@code citation} is a reference in the GB/T 7714-2015 style
 * (e.g. {@code 作者.题名[N].报纸名,2018-06-08(3).}); parts that are unknown are left out, never invented.
 */
public record SourceView(String name, String url, String page, String date, String citation) {
}
