package yearbook.publish;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import yearbook.cachefile.Records;

/**
 * The site's folders as a build last saw them: each folder's modification time and the names in it, the files
 * apart from the folders. A folder's modification time changes whenever a name is added to it, removed from it or
 * renamed in it, so a folder whose time is still the one seen holds the same names: the next build asks only for
 * its files' size and time, and does not list it again. A site has a folder for each page, and listing 167 000
 * folders (opening each, reading its names, closing it) took three times as long as asking for the size and time
 * of what they hold. A folder whose time differs, or that was not seen, is listed.
 *
 * <p>The size and time of each file are kept in the tree, beside its name, and a folder seen as it was is the same
 * object afterwards: at 100 000 articles a map of every file by its path, and a second tree, were millions of
 * objects that every collection of the heap during the build copied. A folder's files are kept in order of their
 * names, so that a file is found by a binary search. Not thread-safe.
 */
final class FolderTree {
    private static final String FORMAT = "yearbook-folders 3";
    /** The time of a folder whose names are not known: never a folder's time, so it is always listed. */
    static final long UNKNOWN = Long.MIN_VALUE;
    /** The size {@link Folder#stamps} gives a file that is not a regular file (a link, a device). */
    private static final long NOT_REGULAR = -1;

    /**
     * One folder: its time as seen before its names were read, its files (in order) and its folders by name; once
     * listed, each file's size and time in milliseconds, two numbers per file in the order of the files (null when
     * the folder was not listed, as in a tree read back or brought up to date after a commit).
     */
    static final class Folder {
        long modified;
        List<String> files;
        long[] stamps;
        Map<String, Folder> folders;

        Folder(long modified, List<String> files, Map<String, Folder> folders) {
            this.modified = modified;
            this.files = files;
            this.folders = folders;
        }

        static Folder unknown() {
            return new Folder(UNKNOWN, List.of(), new HashMap<>());
        }
    }

    /** A folder's modification time, in nanoseconds. */
    static long time(BasicFileAttributes a) {
        return a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /**
     * Lists the folder {@code dir} and every folder below it, each file that is not a folder asked for its size and
     * time. {@code before} is the folder as seen last time (or null), which this changes and returns when its time
     * is still the one seen; {@code attributes} the folder's own, asked for by the caller. Returns the folder as
     * seen now.
     */
    static Folder list(Path dir, BasicFileAttributes attributes, Folder before) throws IOException {
        return list(dir, attributes, before, true);
    }

    /** As above; without {@code holdOpen}, each path is looked up from the root (as where the system cannot). */
    static Folder list(Path dir, BasicFileAttributes attributes, Folder before, boolean holdOpen) throws IOException {
        try (Here here = holdOpen ? Here.of(dir) : new ByPath(dir)) {
            return list(here, attributes, before);
        }
    }

    private static Folder list(Here here, BasicFileAttributes attributes, Folder before) throws IOException {
        long modified = time(attributes); // asked before the names are read: a name added meanwhile changes it again
        if (before != null && before.modified == modified && modified != UNKNOWN) {
            Folder seen = fromBefore(here, "", before);
            if (seen != null) {
                return seen;
            }
        }
        List<String> names = here.names();
        names.sort(null);
        List<String> files = new ArrayList<>();
        long[] stamps = new long[2 * names.size()];
        Map<String, Folder> folders = new HashMap<>();
        for (String name : names) {
            BasicFileAttributes a;
            try {
                a = here.attributes(name);
            } catch (NoSuchFileException gone) {
                continue; // deleted since its folder was listed
            }
            if (a.isDirectory()) {
                try (Here in = here.open(name)) {
                    folders.put(name, list(in, a, before == null ? null : before.folders.get(name)));
                }
            } else {
                stamp(stamps, files.size(), a);
                files.add(name);
            }
        }
        Folder now = new Folder(modified, files, folders);
        now.stamps = java.util.Arrays.copyOf(stamps, 2 * files.size());
        return now;
    }

    /** Puts a file's size and time at its place in a folder's stamps. */
    private static void stamp(long[] stamps, int file, BasicFileAttributes a) {
        stamps[2 * file] = a.isRegularFile() ? a.size() : NOT_REGULAR;
        stamps[2 * file + 1] = a.lastModifiedTime().toMillis();
    }

    /**
     * {@code before}, the folder at {@code prefix} in {@code here} (empty, or a folder's name and {@code /}), its
     * files asked for their size and time and its folders listed, as the folder is now; null when one of the names
     * it had is not what it was (gone, or a file where a folder was), and the folder must be listed. It is left
     * unchanged then. A page's folder (files only) whose time is the one seen is not opened: its files are asked
     * for from {@code here}.
     */
    private static Folder fromBefore(Here here, String prefix, Folder before) throws IOException {
        long[] stamps = new long[2 * before.files.size()];
        for (int i = 0; i < before.files.size(); i++) {
            try {
                BasicFileAttributes a = here.attributes(prefix + before.files.get(i));
                if (a.isDirectory()) {
                    return null;
                }
                stamp(stamps, i, a);
            } catch (NoSuchFileException gone) {
                return null;
            }
        }
        if (before.folders.isEmpty()) { // a page's folder
            before.stamps = stamps;
            return before;
        }
        List<BasicFileAttributes> subfolders = new ArrayList<>(before.folders.size());
        for (String name : before.folders.keySet()) {
            try {
                BasicFileAttributes a = here.attributes(prefix + name);
                if (!a.isDirectory()) {
                    return null;
                }
                subfolders.add(a);
            } catch (NoSuchFileException gone) {
                return null;
            }
        }
        before.stamps = stamps;
        int k = 0;
        for (Map.Entry<String, Folder> s : before.folders.entrySet()) { // in the order of the keys above
            BasicFileAttributes a = subfolders.get(k++);
            Folder sub = s.getValue();
            long modified = time(a);
            Folder seen = sub.folders.isEmpty() && sub.modified == modified && modified != UNKNOWN
                    ? fromBefore(here, prefix + s.getKey() + "/", sub) : null;
            if (seen == null) {
                try (Here in = here.open(prefix + s.getKey())) {
                    seen = list(in, a, sub);
                }
            }
            s.setValue(seen);
        }
        return before;
    }

    /**
     * A folder being listed: its names, and the attributes (a link not followed) of a path below it. Where the
     * system allows, the folder is held open and a path is looked up from it (as {@code find} does), not from the
     * root of the file system again for each of the site's 355 000 files and folders: at 100 000 articles, listing
     * the site in one thread took 1.9 s that way, 1.45 s from the folders held open (medians of twelve).
     */
    private interface Here extends java.io.Closeable {
        List<String> names() throws IOException;

        BasicFileAttributes attributes(String path) throws IOException;

        Here open(String path) throws IOException;

        static Here of(Path dir) throws IOException {
            java.nio.file.DirectoryStream<Path> stream = Files.newDirectoryStream(dir);
            if (stream instanceof java.nio.file.SecureDirectoryStream<Path> secure) {
                return new Held(secure);
            }
            stream.close();
            return new ByPath(dir);
        }
    }

    /** A folder held open. */
    private static final class Held implements Here {
        private final java.nio.file.SecureDirectoryStream<Path> folder;

        Held(java.nio.file.SecureDirectoryStream<Path> folder) {
            this.folder = folder;
        }

        @Override
        public List<String> names() {
            List<String> out = new ArrayList<>();
            folder.forEach(p -> out.add(p.getFileName().toString()));
            return out;
        }

        @Override
        public BasicFileAttributes attributes(String path) throws IOException {
            return folder.getFileAttributeView(Path.of(path), java.nio.file.attribute.BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
        }

        @Override
        public Here open(String path) throws IOException {
            return new Held(folder.newDirectoryStream(Path.of(path), LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        public void close() throws IOException {
            folder.close();
        }
    }

    /** A folder known by its path, where a folder cannot be held open. */
    private record ByPath(Path dir) implements Here {
        @Override
        public List<String> names() throws IOException {
            List<String> out = new ArrayList<>();
            try (var list = Files.newDirectoryStream(dir)) {
                list.forEach(p -> out.add(p.getFileName().toString()));
            }
            return out;
        }

        @Override
        public BasicFileAttributes attributes(String path) throws IOException {
            return Files.readAttributes(dir.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public Here open(String path) {
            return new ByPath(dir.resolve(path));
        }

        @Override
        public void close() {
        }
    }

    /**
     * The size and time in milliseconds of the regular file at {@code path} in the site ({@code a/b/index.html}) as
     * {@link #list} found it below {@code root}; null when it found no such regular file there, or did not list it.
     */
    static long[] stamp(Folder root, String path) {
        Folder f = root;
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0 && f != null; slash = path.indexOf('/', start)) {
            f = f.folders.get(path.substring(start, slash));
            start = slash + 1;
        }
        if (f == null || f.stamps == null) {
            return null;
        }
        int i = java.util.Collections.binarySearch(f.files, path.substring(start));
        if (i < 0 || f.stamps[2 * i] == NOT_REGULAR) {
            return null;
        }
        return new long[] {f.stamps[2 * i], f.stamps[2 * i + 1]};
    }

    /** The path in the site of every file below {@code root} that is not a folder. */
    static List<String> paths(Folder root) {
        List<String> out = new ArrayList<>();
        paths(root, "", out);
        return out;
    }

    private static void paths(Folder f, String prefix, List<String> out) {
        for (String name : f.files) {
            out.add(prefix + name);
        }
        for (Map.Entry<String, Folder> e : f.folders.entrySet()) {
            paths(e.getValue(), prefix + e.getKey() + "/", out);
        }
    }

    /**
     * Brings {@code root} (the folder {@code output} as listed) up to date after the files at {@code changed} (paths
     * in the site, with the system's separator) were put in, replaced or deleted: each folder that held one of
     * them, and each folder above, is asked for its time, and listed again when that differs. A folder listed anew
     * keeps what was seen of its other folders, which did not change.
     */
    static void update(Path output, Folder root, Iterable<String> changed) throws IOException {
        java.util.Set<String> above = new java.util.HashSet<>();
        above.add("");
        for (String path : changed) {
            String p = path.replace(java.io.File.separatorChar, '/');
            for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
                if (!above.add(p.substring(0, slash))) {
                    break; // and so every folder above
                }
            }
        }
        List<String> touched = new ArrayList<>(above);
        touched.sort(java.util.Comparator.comparingInt(FolderTree::depth));
        for (String folder : touched) { // a folder after the one that holds it
            Folder parent = null;
            String name = null;
            Folder before = root;
            if (!folder.isEmpty()) {
                int slash = folder.lastIndexOf('/');
                parent = find(root, slash < 0 ? "" : folder.substring(0, slash));
                name = folder.substring(slash + 1);
                before = parent == null ? null : parent.folders.get(name);
                if (parent == null) {
                    continue; // the folder above is gone, and this one with it
                }
            }
            Path dir = folder.isEmpty() ? output : output.resolve(folder);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException gone) {
                if (parent != null && parent.folders.containsKey(name)) {
                    parent.folders.remove(name);
                }
                continue;
            }
            if (!a.isDirectory()) {
                if (parent != null && parent.folders.containsKey(name)) {
                    parent.folders.remove(name);
                }
                continue;
            }
            if (before != null && before.modified == time(a)) {
                continue; // the same names
            }
            Folder now = names(dir, time(a), before);
            if (parent == null) {
                root.modified = now.modified;
                root.files = now.files;
                root.stamps = null;
                root.folders = now.folders;
            } else {
                if (parent.folders.isEmpty()) {
                    parent.folders = new HashMap<>(); // read back as none, which cannot take one
                }
                parent.folders.put(name, now);
            }
        }
    }

    /** How many folders hold a folder, the root not counted: -1 for the root, 0 for a folder in it. */
    private static int depth(String folder) {
        if (folder.isEmpty()) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < folder.length(); i++) {
            if (folder.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    /** A folder's names as they are now, each folder in it taken from {@code before} (or not known). */
    private static Folder names(Path dir, long modified, Folder before) throws IOException {
        List<String> files = new ArrayList<>();
        Map<String, Folder> folders = new HashMap<>();
        try (var list = Files.newDirectoryStream(dir)) {
            for (Path entry : list) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Folder seen = before == null ? null : before.folders.get(name);
                    folders.put(name, seen != null ? seen : Folder.unknown());
                } else {
                    files.add(name);
                }
            }
        }
        files.sort(null); // as a listing keeps them
        return new Folder(modified, files, folders);
    }

    /** The folder at a path in the site ({@code a/b}, or empty for the root), or null. */
    private static Folder find(Folder root, String path) {
        Folder f = root;
        if (path.isEmpty()) {
            return f;
        }
        for (String name : path.split("/")) {
            f = f.folders.get(name);
            if (f == null) {
                return null;
            }
        }
        return f;
    }

    /** How many folders {@code root} holds, itself included. */
    static int count(Folder root) {
        int n = 1;
        for (Folder f : root.folders.values()) {
            n += count(f);
        }
        return n;
    }

    static byte[] write(Folder root) {
        Records.Writer out = Records.writer();
        try (out) {
            out.writeUTF(FORMAT);
            write(root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.bytes();
    }

    private static void write(Folder f, DataOutputStream out) throws IOException {
        out.writeLong(f.modified);
        out.writeInt(f.files.size());
        for (String name : f.files) {
            out.writeUTF(name);
        }
        out.writeInt(f.folders.size());
        for (Map.Entry<String, Folder> e : f.folders.entrySet()) {
            out.writeUTF(e.getKey());
            write(e.getValue(), out);
        }
    }

    /** The tree {@link #write} wrote, or null when {@code bytes} are none or not such a tree. */
    static Folder read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try (DataInputStream in = Records.checked(bytes)) {
            if (!FORMAT.equals(in.readUTF())) {
                return null;
            }
            Folder root = read(in, 0, new HashMap<>());
            return in.read() == -1 ? root : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * {@code known}: each file's name read so far, so that a name met in many folders ({@code index.html}, once for
     * each page) is one string.
     */
    private static Folder read(DataInputStream in, int depth, Map<String, String> known) throws IOException {
        if (depth > 256) {
            throw new IOException("folders too deep");
        }
        long modified = in.readLong();
        int files = in.readInt();
        if (files < 0 || files > in.available()) {
            throw new IOException("damaged");
        }
        String[] names = new String[files];
        for (int i = 0; i < files; i++) {
            names[i] = name(in, known);
            if (i > 0 && names[i - 1].compareTo(names[i]) >= 0) {
                throw new IOException("files not in order");
            }
        }
        int folders = in.readInt();
        if (folders < 0 || folders > in.available()) {
            throw new IOException("damaged");
        }
        // a page's folder holds one file and no folder: lists and a map of their own were a third of the tree
        Map<String, Folder> sub = folders == 0 ? Map.of() : new HashMap<>(folders * 2);
        for (int i = 0; i < folders; i++) {
            String name = name(in, null);
            sub.put(name, read(in, depth + 1, known));
        }
        return new Folder(modified, List.of(names), sub);
    }

    /** A name in a folder: never empty, {@code .}, {@code ..}, nor holding a separator, so it stays in its folder. */
    private static String name(DataInputStream in, Map<String, String> known) throws IOException {
        String read = in.readUTF();
        String seen = known == null ? null : known.putIfAbsent(read, read);
        String name = seen != null ? seen : read;
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0) {
            throw new IOException("not a name: " + name);
        }
        return name;
    }
}
