package yearbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import yearbook.fingerprint.Keyed;
import yearbook.site.RenderCache;

/**
 * What the last build made, kept for the next one in a folder of its own ({@code .<site>-cache} beside the site
 * by default): for each file of the site that has a {@link Keyed fingerprint}, the fingerprint of what it was
 * made from, and its size and modification time as written. The next build keeps a file of the previous site,
 * without making it again, when its fingerprint is the same and the file is still the one written (same size
 * and time); every other file is made as without a cache. So a cached build writes the same bytes as a full one.
 * A file that also has {@link Keyed#inputs inputs} (a page: the whole site model's key, its template and place) has
 * them recorded too; when they are the same, so is its fingerprint, which is then not taken (the page's view is not
 * made).
 *
 * <p>The record names the tool that wrote it ({@code tool}, a fingerprint of the tool's own code) and the site
 * folder: another tool version, another site folder or a record that cannot be read is the same as no record.
 * It is written only after the site it describes is in place; a build stopped before leaves the previous
 * record, which then still describes every file the new site kept. Thread-safe.
 */
public final class BuildCache {
    private static final String FORMAT = "yearbook-build-cache 3";
    private static final String RECORD = "files.tsv";
    /**
     * What changed in the record since {@link #RECORD} was written whole, while that is little: so that one changed
     * article does not write a line for every file of the site again.
     */
    private static final String RECORD_CHANGES = "files-changes.tsv";
    /** Where the record is put aside while the states and its changes are written (then it is no record). */
    private static final String RECORD_HELD = "files.tsv.held";
    private static final String BODIES = "bodies.bin";
    /** What changed in the bodies since {@link #BODIES} was written, while that is little. */
    private static final String BODY_CHANGES = "bodies-changes.bin";

    /** A file of the previous site: its fingerprint, size and time, and its {@link Keyed#inputs} (or null). */
    private record Entry(String key, long size, long modified, String inputs) {
    }

    private final Path folder;
    private final Path site;
    private final String tool;
    private final Map<String, Entry> previous;
    /** The previous site's files in the record's order, which is that of their paths. */
    private final String[] previousOrder;
    /**
     * For each file whose line the record's changes replaced, added or removed, its line in the record written whole
     * (null: none there); every other file's line there is its line in {@link #previous}.
     */
    private final Map<String, Entry> beforeChanges;
    /** What names the record written whole, which its changes name too; null when there is none. */
    private final String recordId;
    /** The files of the new site that have a fingerprint: path → fingerprint. */
    private final Map<String, String> made;
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicInteger remade = new AtomicInteger();
    private final AtomicInteger keptOnInputs = new AtomicInteger();
    /** The {@link Keyed#inputs} of the files of the new site that have them: path → inputs. */
    private final Map<String, String> madeInputs;
    /** The files kept: their size and time are the ones recorded. */
    private final java.util.Set<String> keptPaths;
    /**
     * The files written, and those kept whose {@link Keyed#inputs} differ from the recorded ones: every other file
     * made has its line in the previous record.
     */
    private final java.util.Set<String> dirty = ConcurrentHashMap.newKeySet();
    /** The files made that the previous record does not list. */
    private final java.util.Set<String> fresh = ConcurrentHashMap.newKeySet();
    /** The groups' states to save, by name. */
    private final Map<String, byte[]> states = new ConcurrentHashMap<>();
    /** The groups' changes since their states to save, by name: their states are left as they are. */
    private final Map<String, byte[]> changes = new ConcurrentHashMap<>();

    private BuildCache(Path folder, Path site, String tool, Record previous) {
        this.folder = folder;
        this.site = site;
        this.tool = tool;
        this.previous = previous.entries();
        this.previousOrder = previous.order();
        this.beforeChanges = previous.beforeChanges();
        this.recordId = previous.id();
        // sized for the previous site's files, so that they do not grow step by step while the pages are placed
        int files = Math.max(16, this.previous.size() + this.previous.size() / 8);
        this.made = new ConcurrentHashMap<>(files);
        this.madeInputs = new ConcurrentHashMap<>(files);
        this.keptPaths = ConcurrentHashMap.newKeySet(files);
    }

    /** No cache: every file is made. */
    public static BuildCache none(Path site) {
        return new BuildCache(null, site.toAbsolutePath().normalize(), "", Record.EMPTY);
    }

    /** The folder a site's cache is kept in when none is given: beside the site, {@code .<name>-cache}. */
    public static Path besides(Path site) {
        Path s = site.toAbsolutePath().normalize();
        return s.resolveSibling("." + s.getFileName() + "-cache");
    }

    /**
     * Opens the cache in {@code folder} for the site in {@code site}, made by the tool whose code has the
     * fingerprint {@code tool}. A missing, unreadable or foreign record is read as empty.
     */
    public static BuildCache open(Path folder, Path site, String tool) {
        Path s = site.toAbsolutePath().normalize();
        Path f = folder.toAbsolutePath().normalize();
        return new BuildCache(f, s, tool, read(f, s, tool));
    }

    /**
     * A record as read: its files by path, their paths in its order, what its changes replaced
     * ({@link #beforeChanges}) and what names the record written whole.
     */
    private record Record(Map<String, Entry> entries, String[] order, Map<String, Entry> beforeChanges, String id) {
        static final Record EMPTY = new Record(Map.of(), new String[0], Map.of(), null);
    }

    /**
     * The record in {@code folder}: the record written whole, with the changes written since when there are some. A
     * record of another format, tool or site, or changes that name another record, are the same as no record.
     */
    private static Record read(Path folder, Path site, String tool) {
        Path record = folder.resolve(RECORD);
        if (!Files.isRegularFile(record)) {
            return Record.EMPTY;
        }
        try {
            byte[] bytes = Files.readAllBytes(record);
            int[] at = {0};
            String id = header(bytes, at, site, tool);
            if (id == null) {
                return Record.EMPTY;
            }
            // the lines in parts, each part's split where its tabs are on a processor of its own: the record has a
            // line for every file of the site
            int parts = Math.max(1, Math.min(64, (bytes.length - at[0]) / (1 << 16)));
            int[] from = new int[parts + 1];
            from[0] = at[0];
            for (int k = 1; k < parts; k++) {
                int i = Math.max(from[k - 1], at[0] + (int) ((long) (bytes.length - at[0]) * k / parts));
                while (i < bytes.length && (i == 0 || bytes[i - 1] != '\n')) {
                    i++;
                }
                from[k] = i;
            }
            from[parts] = bytes.length;
            // (each file's line put into the map where it is read: a map filled in one thread afterwards took longer)
            Map<String, Entry> out = new ConcurrentHashMap<>((bytes.length - at[0]) / 110 + 16);
            String[] order = java.util.stream.IntStream.range(0, parts).parallel()
                    .mapToObj(k -> lines(bytes, from[k], from[k + 1], out)).flatMap(List::stream)
                    .toArray(String[]::new);
            Path changes = folder.resolve(RECORD_CHANGES);
            if (!Files.isRegularFile(changes)) {
                return new Record(out, order, Map.of(), id);
            }
            return withChanges(out, order, id, Files.readAllBytes(changes), site, tool);
        } catch (IOException | RuntimeException e) {
            return Record.EMPTY;
        }
    }

    /**
     * Reads the head of a record or of its changes from {@code at} on, moving {@code at} past it: what names the
     * record written whole; null when it is not of this format, tool and site.
     */
    private static String header(byte[] bytes, int[] at, Path site, String tool) {
        String[] head = new String[4];
        for (int k = 0; k < head.length; k++) {
            int end = at[0];
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end == bytes.length) {
                return null;
            }
            head[k] = new String(bytes, at[0], end - at[0], StandardCharsets.UTF_8);
            at[0] = end + 1;
        }
        return FORMAT.equals(head[0]) && tool.equals(head[1]) && site.toString().equals(head[2]) ? head[3] : null;
    }

    /**
     * Puts the files of the record's lines from {@code from} to {@code to} into {@code into}, a line that is not one
     * left out; returns their paths in order, a path already there left out.
     */
    private static List<String> lines(byte[] bytes, int from, int to, Map<String, Entry> into) {
        List<String> out = new java.util.ArrayList<>((to - from) / 100 + 1);
        for (int start = from; start < to; ) {
            int end = start;
            while (end < to && bytes[end] != '\n') {
                end++;
            }
            Map.Entry<String, Entry> e = line(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            if (e != null && into.putIfAbsent(e.getKey(), e.getValue()) == null) {
                out.add(e.getKey());
            }
            start = end + 1;
        }
        return out;
    }

    /** A line of the record: the path and its file; null when it is not one. */
    private static Map.Entry<String, Entry> line(String line) {
        int[] f = fields(line);
        if (f == null) {
            return null;
        }
        return Map.entry(line.substring(0, f[0]), new Entry(line.substring(f[0] + 1, f[1]),
                Long.parseLong(line, f[1] + 1, f[2], 10), Long.parseLong(line, f[2] + 1, f[3], 10),
                f.length == 5 ? line.substring(f[3] + 1, f[4]) : null));
    }

    /**
     * The record {@code entries} (in {@code order}, named {@code id}) with the changes written since ({@code bytes}):
     * each a file's line after {@code +}, or a file gone after {@code -}. Changes that name another record, or are
     * cut short, are the same as no record.
     */
    private static Record withChanges(Map<String, Entry> entries, String[] order, String id, byte[] bytes, Path site,
                                      String tool) {
        int[] at = {0};
        if (!id.equals(header(bytes, at, site, tool)) || bytes[bytes.length - 1] != '\n') {
            return Record.EMPTY;
        }
        Map<String, Entry> before = new java.util.HashMap<>();
        java.util.TreeSet<String> added = new java.util.TreeSet<>();
        boolean removed = false;
        for (String line : new String(bytes, at[0], bytes.length - at[0], StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("+")) {
                Map.Entry<String, Entry> e = line(line.substring(1));
                if (e != null) {
                    Entry was = entries.put(e.getKey(), e.getValue());
                    before.putIfAbsent(e.getKey(), was);
                    if (was == null) {
                        added.add(e.getKey());
                    }
                }
            } else if (line.startsWith("-")) {
                String path = line.substring(1);
                Entry was = entries.remove(path);
                removed |= was != null;
                before.putIfAbsent(path, was);
                added.remove(path);
            }
        }
        // the record's order with the files gone left out and those added merged in (a record not in order: its
        // paths as they come, which the next save sorts)
        String[] merged = merged(order, removed ? entries::containsKey : path -> true, new java.util.ArrayList<>(added));
        return new Record(entries, merged != null ? merged : entries.keySet().toArray(String[]::new), before, id);
    }

    /**
     * The paths of {@code order} that {@code keep} keeps, with {@code added} (in order, none of them in {@code order})
     * merged in where they belong; null when the paths kept are not in order after all.
     */
    private static String[] merged(String[] order, java.util.function.Predicate<String> keep, List<String> added) {
        List<String> out = new java.util.ArrayList<>(order.length + added.size());
        int f = 0;
        String last = null;
        for (String path : order) {
            if (!keep.test(path)) {
                continue;
            }
            if (last != null && last.compareTo(path) >= 0) {
                return null;
            }
            last = path;
            while (f < added.size() && added.get(f).compareTo(path) < 0) {
                out.add(added.get(f++));
            }
            out.add(path);
        }
        out.addAll(added.subList(f, added.size()));
        return out.toArray(String[]::new);
    }

    /**
     * Where the fields of a line of the record end, as {@code String.split("\t")} splits it (empty fields at the end
     * do not count), when it has four or five fields; else null. Field i runs from just after the end of field
     * i - 1 (from 0 for the first) to its end. No strings are made for the numbers.
     */
    static int[] fields(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == '\t') {
            end--;
        }
        int[] ends = new int[5];
        int n = 0;
        for (int from = 0; ; ) {
            int tab = line.indexOf('\t', from);
            if (tab < 0 || tab >= end) {
                tab = end;
            }
            if (n == 5) {
                return null;
            }
            ends[n++] = tab;
            if (tab == end) {
                break;
            }
            from = tab + 1;
        }
        return n == 4 ? java.util.Arrays.copyOf(ends, 4) : n == 5 ? ends : null;
    }

    /** How many files the previous record lists. */
    public int recorded() {
        return previous.size();
    }

    /** Whether the build keeps a record at all. */
    public boolean enabled() {
        return folder != null;
    }

    /**
     * Puts the file at {@code sitePath} into the new site: the previous site's file when {@code make} has the
     * fingerprint recorded for it and the file is unchanged, else the bytes {@code make} makes.
     */
    public void place(Publisher.Staging staging, String sitePath, Supplier<byte[]> make) {
        Keyed keyed = make instanceof Keyed k && enabled() ? k : null;
        String inputs = keyed != null ? keyed.inputs() : null;
        if (inputs != null) {
            // the same inputs as the previous file's: its key too, which is then not taken
            Entry e = previous.get(strip(sitePath));
            boolean same = e != null && inputs.equals(e.inputs());
            // (the record's string kept when it is the same: the new one is let go at once, not kept to the end)
            madeInputs.put(strip(sitePath), same ? e.inputs() : inputs);
            if (same && keep(staging, sitePath, e.key())) {
                keptOnInputs.incrementAndGet();
                keyed.kept();
                return;
            }
        }
        String key = keyed != null ? keyed.key() : null;
        if (key != null && keep(staging, sitePath, key)) {
            keyed.kept();
            return;
        }
        staging.write(sitePath, make.get());
        if (key != null) {
            made(strip(sitePath), key);
            remade.incrementAndGet();
        }
    }

    /**
     * Keeps the previous site's file at {@code sitePath} when {@code key} is the fingerprint recorded for it and
     * the file is unchanged; false (and nothing done) otherwise.
     */
    public boolean keep(Publisher.Staging staging, String sitePath, String key) {
        if (!enabled() || key == null) {
            return false;
        }
        String path = strip(sitePath);
        Entry e = previous.get(path);
        if (e == null || !e.key().equals(key)) {
            return false;
        }
        if (!asWritten(path, e)) {
            return false;
        }
        staging.keepOwn(site, path, e.size()); // its size as just read: not asked of the file system again
        made.put(path, key);
        if (!java.util.Objects.equals(madeInputs.get(path), e.inputs())) {
            dirty.add(path);
        }
        keptPaths.add(path);
        kept.incrementAndGet();
        return true;
    }

    /** Writes bytes made for {@code sitePath}, recording their fingerprint {@code key} (null: none). */
    public void write(Publisher.Staging staging, String sitePath, String key, byte[] bytes) {
        staging.write(sitePath, bytes);
        if (key != null && enabled()) {
            made(strip(sitePath), key);
            remade.incrementAndGet();
        }
    }

    /** Records a file written, with its key. */
    private void made(String path, String key) {
        made.put(path, key);
        dirty.add(path);
        if (!previous.containsKey(path)) {
            fresh.add(path);
        }
    }

    /**
     * Keeps the previous site's file at {@code sitePath}, recorded with {@code key}, or fails: for a file that a
     * {@link #previous} group found {@link Group#intact intact}.
     */
    public void keepIntact(Publisher.Staging staging, String sitePath, String key) {
        if (!keep(staging, sitePath, key)) {
            throw new IllegalStateException(sitePath + " changed during the build");
        }
    }

    /**
     * What the previous build left of a group of files made together (such as the search index): the state it
     * saved with {@link #saveState}, and its files as they are in the previous site. Without a record of this
     * tool and site, the state is null.
     */
    public Group previous(String name) {
        return new Group(name);
    }

    /** A state file of the cache folder, when there is a record of this tool and site; else null. */
    private byte[] stateFile(String name) {
        Path file = folder == null ? null : folder.resolve(name);
        if (file != null && !previous.isEmpty() && Files.isRegularFile(file)) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** What a group's changes since its state are saved as: {@code <name>-changes.bin}. */
    private static final String CHANGES = "-changes.bin";

    /** See {@link #previous(String)}. Its state and changes are read when first asked for. */
    public final class Group {
        private final String name;
        private byte[] state;
        private byte[] changes;
        private boolean stateRead;
        private boolean changesRead;

        private Group(String name) {
            this.name = name;
        }

        public synchronized byte[] state() {
            if (!stateRead) {
                state = stateFile(name + ".bin");
                stateRead = true;
            }
            return state;
        }

        /** The changes since {@link #state} saved by {@link #saveChanges}, or null. */
        public synchronized byte[] changes() {
            if (!changesRead) {
                changes = stateFile(name + CHANGES);
                changesRead = true;
            }
            return changes;
        }

        /** Whether the previous site's file at {@code sitePath} was recorded with {@code key} and is unchanged. */
        public boolean intact(String sitePath, String key) {
            Entry e = previous.get(strip(sitePath));
            return e != null && e.key().equals(key) && unchanged(strip(sitePath));
        }

        /** The bytes of the previous site's file at {@code sitePath}, or null when it cannot be read. */
        public byte[] read(String sitePath) {
            try {
                return Files.readAllBytes(site.resolve(strip(sitePath)));
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Keeps a group's state for the next build, written with the record by {@link #save()}. */
    public void saveState(String name, byte[] state) {
        if (enabled()) {
            states.put(name, state);
        }
    }

    /**
     * Keeps what changed in a group's state since the one the previous build left, written with the record by
     * {@link #save()}: that state is left as it is, and the next build reads both.
     */
    public void saveChanges(String name, byte[] changed) {
        if (enabled()) {
            changes.put(name, changed);
        }
    }

    private boolean unchanged(String path) {
        return asWritten(path, previous.get(path));
    }

    /**
     * Whether the site's file at {@code path} is a regular file of the size and time recorded in {@code e}: as the
     * previous site's early listing found it ({@link #sizes}), else as the file system tells now.
     */
    private boolean asWritten(String path, Entry e) {
        java.util.function.Function<String, long[]> listing = sizes;
        long[] listed = listing != null ? listing.apply(path) : null;
        if (listed != null) {
            return listed[0] == e.size() && listed[1] == e.modified();
        }
        try {
            BasicFileAttributes a = Files.readAttributes(site.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == e.size() && a.lastModifiedTime().toMillis() == e.modified();
        } catch (IOException missing) {
            return false;
        }
    }

    /** The size and time of the previous site's files as listed when the build began, or null. */
    private volatile java.util.function.Function<String, long[]> sizes;

    /**
     * Takes the size and time of the previous site's files, by their paths in the site, from {@code listed} (such as {@link Publisher#listed}, a
     * listing made when the build began) rather than asking the file system for each file kept; a file it does not
     * know is asked for.
     */
    public void sizesFrom(java.util.function.Function<String, long[]> listed) {
        this.sizes = listed;
    }

    /** How many files were kept from the previous site. */
    public int kept() {
        return kept.get();
    }

    /** How many of the files kept were kept on their {@link Keyed#inputs} alone, their key not taken. */
    public int keptOnInputs() {
        return keptOnInputs.get();
    }

    /** How many files with a fingerprint were made again. */
    public int remade() {
        return remade.get();
    }

    /**
     * Records what the new site holds, once it is in place: each file's fingerprint with its size and time as it
     * now is in the site folder. When few files differ from the record written whole, only they are written, as its
     * changes; else the record is written whole again. Does nothing without a cache folder.
     */
    public void save() throws IOException {
        if (!enabled()) {
            return;
        }
        // the size and time of each file made (a file kept has those recorded), asked on all processors
        Map<String, long[]> stamps = new ConcurrentHashMap<>();
        made.keySet().parallelStream().filter(path -> !keptPaths.contains(path)).forEach(path -> {
            try {
                BasicFileAttributes a = Files.readAttributes(site.resolve(path), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                stamps.put(path, new long[] {a.size(), a.lastModifiedTime().toMillis()});
            } catch (IOException e) {
                // not in the site after all: left out of the record, so made again next time
            }
        });
        java.util.function.Function<String, Entry> now = path -> {
            Entry kept = keptPaths.contains(path) ? previous.get(path) : null;
            long[] stamp = kept != null ? new long[] {kept.size(), kept.modified()} : stamps.get(path);
            return stamp == null ? null : new Entry(made.get(path), stamp[0], stamp[1], madeInputs.get(path));
        };
        Files.createDirectories(folder);
        List<String> changed = recordId == null ? null : changes(now);
        if (changed != null && changed.size() <= Math.max(64, previous.size() / 16) && hold()) {
            writeStates();
            AtomicFile.write(folder.resolve(RECORD_CHANGES), out -> {
                out.write(head(recordId));
                for (String line : changed) {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                }
            });
            Files.move(folder.resolve(RECORD_HELD), folder.resolve(RECORD), StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        // the record whole: the states first, as a state is read only with the record that describes its files
        Files.deleteIfExists(folder.resolve(RECORD));
        Files.deleteIfExists(folder.resolve(RECORD_HELD));
        Files.deleteIfExists(folder.resolve(RECORD_CHANGES));
        writeStates();
        String[] paths = inOrder();
        // a line for every file of the site, the lines made in parts on all processors, then written in order
        byte[][] parts = java.util.stream.IntStream.range(0, (paths.length + LINES_PER_PART - 1) / LINES_PER_PART)
                .parallel()
                .mapToObj(part -> {
                    StringBuilder out = new StringBuilder(LINES_PER_PART * 128);
                    for (int i = part * LINES_PER_PART; i < Math.min(paths.length, (part + 1) * LINES_PER_PART); i++) {
                        Entry e = now.apply(paths[i]);
                        if (e != null) {
                            line(out, paths[i], e);
                        }
                    }
                    return out.toString().getBytes(StandardCharsets.UTF_8);
                })
                .toArray(byte[][]::new);
        String id = java.util.UUID.randomUUID().toString();
        AtomicFile.write(folder.resolve(RECORD), out -> {
            out.write(head(id));
            for (byte[] part : parts) {
                out.write(part);
            }
        });
    }

    /**
     * The lines of the record's changes: how the new site's files ({@code now}, by path) differ from the record
     * written whole, in the order of their paths; each file whose line differs as {@code +} and its line, each file
     * gone as {@code -} and its path. Only the files written, kept with other inputs, changed since the record was
     * written whole or no longer made are looked at: every other file's line is its line there.
     */
    private List<String> changes(java.util.function.Function<String, Entry> now) {
        java.util.Set<String> look = new java.util.HashSet<>(dirty);
        look.addAll(beforeChanges.keySet());
        // when as many files were made as the previous record lists and the new ones, every one it lists was made
        if (made.size() - fresh.size() != previous.size()) {
            previous.keySet().stream().filter(path -> !made.containsKey(path)).forEach(look::add);
        }
        List<String> out = new java.util.ArrayList<>();
        for (String path : look) {
            Entry before = beforeChanges.containsKey(path) ? beforeChanges.get(path) : previous.get(path);
            Entry e = made.containsKey(path) ? now.apply(path) : null;
            if (e != null && !e.equals(before)) {
                out.add(line(new StringBuilder("+"), path, e).toString());
            } else if (e == null && before != null) {
                out.add("-" + path + "\n");
            }
        }
        out.sort(java.util.Comparator.comparing((String line) -> line.substring(1)));
        return out;
    }

    /** Appends a file's line of the record. */
    private static StringBuilder line(StringBuilder out, String path, Entry e) {
        out.append(path).append('\t').append(e.key()).append('\t').append(e.size()).append('\t').append(e.modified());
        if (e.inputs() != null) {
            out.append('\t').append(e.inputs());
        }
        return out.append('\n');
    }

    /** The head of the record and of its changes: the format, tool, site and what names the record written whole. */
    private byte[] head(String id) {
        return (FORMAT + "\n" + tool + "\n" + site + "\n" + id + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Puts the record aside while the states and its changes are written (until then there is no record, as while it
     * is written whole); false when it is not there to put aside.
     */
    private boolean hold() {
        try {
            Files.move(folder.resolve(RECORD), folder.resolve(RECORD_HELD), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the groups' states and their changes. */
    private void writeStates() throws IOException {
        for (Map.Entry<String, byte[]> s : states.entrySet()) {
            byte[] bytes = s.getValue();
            AtomicFile.write(folder.resolve(s.getKey() + ".bin"), out -> out.write(bytes));
            Files.deleteIfExists(folder.resolve(s.getKey() + CHANGES)); // they were of the state replaced
        }
        for (Map.Entry<String, byte[]> c : changes.entrySet()) {
            byte[] bytes = c.getValue();
            AtomicFile.write(folder.resolve(c.getKey() + CHANGES), out -> out.write(bytes));
        }
    }

    /** The record's lines made in one part, on one processor. */
    private static final int LINES_PER_PART = 4096;

    /**
     * The paths of the files made, in their order: the previous record's order (that of the paths) with the paths
     * not in it merged in, so that only those are sorted; all sorted when the previous record's are not in order.
     */
    private String[] inOrder() {
        String[] newPaths = this.fresh.toArray(String[]::new);
        java.util.Arrays.parallelSort(newPaths); // all of them after a change to the tool
        java.util.List<String> fresh = java.util.Arrays.asList(newPaths);
        // when as many files were made as the previous record lists and the new ones, every one it lists was made
        boolean allMade = made.size() - fresh.size() == previous.size();
        String[] paths = merged(previousOrder, allMade ? path -> true : made::containsKey, fresh);
        if (paths == null) { // not in order after all
            paths = made.keySet().toArray(String[]::new);
            java.util.Arrays.parallelSort(paths);
        }
        return paths;
    }

    private static String strip(String sitePath) {
        return sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    }

    /**
     * The article bodies rendered by the last build, when its record is this tool's and this site's (else none):
     * a body whose text and links' targets are the same is not rendered again.
     */
    public RenderCache bodies() {
        if (!enabled() || previous.isEmpty() || !Files.isRegularFile(folder.resolve(BODIES))) {
            return new RenderCache();
        }
        try {
            return RenderCache.open(folder.resolve(BODIES), folder.resolve(BODY_CHANGES));
        } catch (IOException | RuntimeException e) {
            return new RenderCache();
        }
    }

    /**
     * Keeps the bodies this build rendered for the next one: only what changed since all of them were last written,
     * while that is little, so that one changed article does not write every body again. Does nothing without a
     * cache folder.
     */
    public void saveBodies(RenderCache bodies) throws IOException {
        if (!enabled()) {
            return;
        }
        if (bodies.changesSuffice()) {
            AtomicFile.write(folder.resolve(BODY_CHANGES), bodies::writeChanges);
            return;
        }
        AtomicFile.write(folder.resolve(BODIES), bodies::write);
        // changes written after the earlier set name its mark, so they would not be read; removed all the same
        Files.deleteIfExists(folder.resolve(BODY_CHANGES));
    }

    /** Keeps what changed in the rendered bodies since their whole set, as {@link RenderCache#writeChanges} wrote it. */
    public void saveBodyChanges(byte[] changes) throws IOException {
        if (enabled()) {
            AtomicFile.write(folder.resolve(BODY_CHANGES), out -> out.write(changes));
        }
    }

    /** Deletes the cache folder's record (the next build makes everything). */
    public static void clear(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(RECORD));
            Files.deleteIfExists(folder.resolve(RECORD_CHANGES));
            Files.deleteIfExists(folder.resolve(RECORD_HELD));
            Files.deleteIfExists(folder.resolve(BODIES)); // bodies-changes.bin goes with the states below
            if (Files.isDirectory(folder)) {
                try (var states = Files.newDirectoryStream(folder, "*.bin")) {
                    for (Path state : states) {
                        Files.deleteIfExists(state);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
