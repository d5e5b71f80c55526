package yearbook.site;

import yearbook.diag.Msg;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the links an editor writes between files of the content folder into site addresses: a link to
 * another article's {@code .md} file (relative to the linking file, optionally with {@code #anchor}) becomes
 * that article's address; a link to an image or other asset becomes the asset's address. Absolute URLs,
 * site paths and anchors are left alone.
 */
final class LinkTargets {
    private final String fromPath;
    private final Map<String, String> urlByPath;
    private final Set<String> assets;
    private final Urls urls;
    private final Set<String> unread;

    LinkTargets(String fromPath, Map<String, String> urlByPath, Set<String> assets, Urls urls) {
        this(fromPath, urlByPath, assets, urls, Set.of());
    }

    /** @param unread article files that could not be read: their own errors say why, a link to them is no problem */
    LinkTargets(String fromPath, Map<String, String> urlByPath, Set<String> assets, Urls urls, Set<String> unread) {
        this.unread = unread;
        this.fromPath = fromPath;
        this.urlByPath = urlByPath;
        this.assets = assets;
        this.urls = urls;
    }

    String resolve(String destination) {
        Target t = target(destination);
        if (t == null) {
            return destination;
        }
        if (t.path.endsWith(".md")) {
            String url = urlByPath.get(t.path);
            return url == null ? destination : url + t.fragment;
        }
        return assets.contains(t.path) ? urls.asset(t.path) + t.fragment : destination;
    }

    /** Why a link cannot be followed, or null when it is fine or not ours to check. */
    Msg problem(String destination) {
        Target t = target(destination);
        if (t == null) {
            return null;
        }
        if (t.path.isEmpty() || t.path.startsWith("../")) {
            return Msg.of("link-outside", destination);
        }
        if (t.path.endsWith(".md")) {
            return urlByPath.containsKey(t.path) || unread.contains(t.path) ? null
                    : Msg.of("broken-link", destination);
        }
        return assets.contains(t.path) ? null : Msg.of("broken-file-link", destination);
    }

    /**
     * The path inside the content folder of the picture at {@code destination}, when it is a file published from
     * there; null otherwise ({@link #pictureProblem} says why).
     */
    String picturePath(String destination) {
        Target t = target(destination);
        return t != null && !t.path.startsWith("../") && assets.contains(t.path) ? t.path : null;
    }

    /**
     * Why a picture cannot be shown, or null when it is a file of the content folder: pictures come only from
     * there, so an address on the web, a site path or a path leading out of the folder is as wrong as a file that
     * does not exist.
     */
    Msg pictureProblem(String destination) {
        Target t = target(destination);
        if (t == null || t.path.isEmpty() || t.path.startsWith("../")) {
            return Msg.of("picture-outside", destination);
        }
        return assets.contains(t.path) ? null : Msg.of("picture-missing", destination);
    }

    private record Target(String path, String fragment) {
    }

    private Target target(String destination) {
        if (destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/")
                || destination.startsWith("//")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(destination.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.getScheme() != null || uri.getPath() == null) {
            return null;
        }
        String dir = fromPath.contains("/") ? fromPath.substring(0, fromPath.lastIndexOf('/') + 1) : "";
        String path = URI.create("x:/" + encode(dir)).resolve(uri.getRawPath()).getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
        return new Target(path, fragment);
    }

    private static String encode(String dir) {
        try {
            return new URI(null, null, dir, null).getRawPath();
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
