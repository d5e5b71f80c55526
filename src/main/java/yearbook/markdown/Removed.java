package yearbook.markdown;

import yearbook.diag.Msg;

/**
 * Something written in an article that was left out of its page because it could run in the reader's browser:
 * raw HTML such as {@code <script>} or an {@code onclick} attribute, or a link to {@code javascript:}.
 *
 * @param line the 1-based source line it starts on
 * @param what what it is, in words for an editor (a clause of the findings' bundle, {@code removed.*}), quoting the
 *             source
 */
public record Removed(int line, Msg what) {
}
