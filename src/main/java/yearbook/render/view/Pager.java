package yearbook.render.view;

import java.util.List;

/**
 * Where a list page is among the pages of its list (as Hugo's paginator): plain links, no script needed.
 *
 * @param number   this page's number, from 1
 * @param count    how many pages the list has (1 when it fits on one)
 * @param from     the number of the first article shown here, from 1 (0 for an empty list)
 * @param to       the number of the last article shown here
 * @param total    the articles of the whole list
 * @param previous the page before, or null on the first
 * @param next     the page after, or null on the last
 * @param pages    the first and the last page of the list and those near this one (marked {@code current}); a
 *                 link numbered 0, without address, stands for the pages left out between
 */
public record Pager(int number, int count, int from, int to, int total, String previous, String next, List<Link> pages) {
    public Pager {
        pages = List.copyOf(pages);
    }

    /** One page of the list. */
    public record Link(int number, String url, boolean current) {
    }
}
