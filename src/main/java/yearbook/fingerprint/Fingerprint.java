package yearbook.fingerprint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A digest (128 bits of MurmurHash3) of everything a file of the site is made from: strings, numbers, and records, lists and maps
 * of them, followed all the way down, so that two values with the same fingerprint make the same file. A build
 * keeps the fingerprint of each file it wrote, and the next build makes again only the files whose fingerprint
 * changed. A value of a kind this class cannot follow (an object that is neither a record, a collection, a map nor
 * a plain value) has no fingerprint: {@link #of} throws {@link Unknown} and the file is always made again.
 *
 * <p>The digest is not a cryptographic one: it tells apart what editors change, not what an attacker forges, and
 * it is some ten times faster than SHA-256 where the build runs without Java's optimising compiler (the launcher's
 * default), which made SHA-256 the larger part of a cached build's own cost.
 *
 * <p>One instance remembers the digests of the records it has seen, by identity, so a record shared by many
 * values (a page listed on many region pages) is followed once. Not thread-safe: one instance per thread, used by
 * the thread that made it.
 */
public final class Fingerprint {
    /** A value of a kind that cannot be fingerprinted. */
    public static final class Unknown extends RuntimeException {
        Unknown(Class<?> kind) {
            super("no fingerprint for " + kind.getName(), null, false, false);
        }
    }

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] out = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = components[i].getAccessor();
                out[i].setAccessible(true);
            }
            return out;
        }
    };

    /** A record class's name as {@link #string} feeds it (its length, then its characters). */
    private static final ClassValue<byte[]> NAMES = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            Sink s = new Sink();
            string(s, type.getName());
            return Arrays.copyOf(s.bytes, s.length);
        }
    };

    /** A number class's simple name and a colon: what a number's text starts with. */
    private static final ClassValue<byte[]> KINDS = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            return (type.getSimpleName() + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    };

    private final Map<Object, byte[]> seen = new IdentityHashMap<>();
    /** Digests shared with other instances, of the records of the kinds {@link #sharedKinds}, by value; or null. */
    private final Map<Record, byte[]> shared;
    private final java.util.Set<Class<?>> sharedKinds;
    /** What stands for the records of some kinds, followed in their place (see {@link #standIn}). */
    private final Map<Class<?>, java.util.function.Function<Object, Object>> standIns = new java.util.HashMap<>();

    /** A fingerprint that remembers what it saw for itself alone. */
    public Fingerprint() {
        this(null, java.util.Set.of());
    }

    /**
     * A fingerprint that also takes, and leaves, the digests of records of the given kinds in {@code shared}, a
     * map that other instances use too (thread-safe when they run at once): a record listed on many pages (an entry of the article lists)
     * is then followed once for all of them. The map tells which records are the same: by value (records are
     * values, so an equal record has the same digest) or, cheaper, by identity.
     */
    public Fingerprint(Map<Record, byte[]> shared, java.util.Set<Class<?>> kinds) {
        this.shared = shared;
        this.sharedKinds = kinds;
    }
    /**
     * Follows, for each record of {@code kind}, what {@code by} makes of it instead of its components: for a digest
     * that leaves out part of a record (an article page's rendered body, which a digest of the whole site passes
     * over), or that takes a part the record holds in a form this class cannot follow. Each record is still
     * followed once however often it is met. Returns this instance.
     */
    public <R extends Record> Fingerprint standIn(Class<R> kind, java.util.function.Function<? super R, Object> by) {
        standIns.put(kind, r -> by.apply(kind.cast(r)));
        return this;
    }

    /** Sinks not in use, kept for the next record, so a record's bytes go into an array that is already there. */
    private static final ThreadLocal<java.util.ArrayDeque<Sink>> SPARE =
            ThreadLocal.withInitial(java.util.ArrayDeque::new);
    private final java.util.ArrayDeque<Sink> spare = SPARE.get();

    /** The bytes of one value as they are fed, hashed at the end; reused (a sink not in use keeps its array). */
    private static final class Sink {
        private byte[] bytes = new byte[256];
        private int length;

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        void update(byte b) {
            room(1);
            bytes[length++] = b;
        }

        void update(byte[] b) {
            update(b, 0, b.length);
        }

        void update(byte[] b, int from, int count) {
            room(count);
            System.arraycopy(b, from, bytes, length, count);
            length += count;
        }

        /** The characters of a string taken out at once, for a loop over an array rather than charAt. */
        private char[] chars = new char[256];

        /**
         * A string's characters: a byte saying how they follow, then, when every one is ASCII (most addresses, keys
         * and paths), one byte each, else their UTF-16 code units, big-endian. Half the bytes to hash for the first.
         */
        void chars(String s) {
            int n = s.length();
            room(1 + 2 * n);
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            char[] in = chars;
            s.getChars(0, n, in, 0);
            byte[] out = bytes;
            int k = length + 1;
            int i = 0;
            while (i < n && in[i] < 0x80) {
                out[k++] = (byte) in[i++];
            }
            if (i == n) {
                out[length] = 0;
            } else {
                out[length] = 1;
                k = length + 1;
                for (i = 0; i < n; i++) {
                    char c = in[i];
                    out[k++] = (byte) (c >>> 8);
                    out[k++] = (byte) c;
                }
            }
            length = k;
            if (in.length > 1 << 15) {
                chars = new char[256]; // as with the bytes, a long text's array is not kept
            }
        }

        /** The 16 bytes of the hash of what was fed; the sink is empty again. */
        byte[] digest() {
            long[] h = MurmurHash3.hash128x64(bytes, 0, length, 0);
            length = 0;
            if (bytes.length > 1 << 16) {
                bytes = new byte[256]; // a long value's array is not kept for the short ones after it
            }
            return bytes(h);
        }

        static byte[] bytes(long[] h) {
            byte[] out = new byte[16];
            for (int i = 0; i < 8; i++) {
                out[i] = (byte) (h[0] >>> (56 - 8 * i));
                out[8 + i] = (byte) (h[1] >>> (56 - 8 * i));
            }
            return out;
        }
    }

    /** The fingerprint of the values, in order, as 32 hexadecimal digits. */
    public String of(Object... values) {
        Sink d = take();
        for (Object v : values) {
            add(d, v);
        }
        String out = HexFormat.of().formatHex(d.digest());
        spare.push(d);
        return out;
    }

    /** The fingerprint of the values, each with a fresh instance (nothing remembered between calls). */
    public static String once(Object... values) {
        return new Fingerprint().of(values);
    }

    /** The fingerprint of bytes. */
    public static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(Sink.bytes(MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)));
    }

    private void add(Sink d, Object v) {
        if (v == null) {
            d.update((byte) 0);
        } else if (v instanceof String s) {
            d.update((byte) 1);
            string(d, s);
        } else if (v instanceof Integer || v instanceof Long) {
            // as below, without joining the two strings first: the most common values of all after strings
            d.update((byte) 2);
            String digits = v.toString();
            byte[] kind = KINDS.get(v.getClass()); // the name and colon, one byte each
            count(d, kind.length + digits.length());
            d.update((byte) 0); // as chars() marks text all ASCII
            d.update(kind);
            for (int i = 0; i < digits.length(); i++) {
                d.update((byte) digits.charAt(i));
            }
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Character) {
            d.update((byte) 2);
            string(d, v.getClass().getSimpleName() + ":" + v);
        } else if (v instanceof Enum<?> e) {
            d.update((byte) 3);
            string(d, e.getDeclaringClass().getName() + "." + e.name());
        } else if (v instanceof Path || v instanceof TemporalAccessor || v instanceof java.net.URI) {
            d.update((byte) 4);
            string(d, v.getClass().getSimpleName() + ":" + v);
        } else if (v instanceof Record r) {
            byte[] known = seen.get(r);
            boolean share = known == null && shared != null && sharedKinds.contains(r.getClass());
            if (share) {
                known = shared.get(r);
            }
            if (known == null) {
                Sink inner = take();
                inner.update(NAMES.get(r.getClass())); // as string(inner, the class's name), made once per class
                java.util.function.Function<Object, Object> instead = standIns.isEmpty() ? null : standIns.get(r.getClass());
                if (instead != null) {
                    add(inner, instead.apply(r));
                } else {
                    for (Method m : ACCESSORS.get(r.getClass())) {
                        add(inner, component(m, r));
                    }
                }
                known = inner.digest();
                spare.push(inner);
                seen.put(r, known);
                if (share) {
                    shared.putIfAbsent(r, known);
                }
            }
            d.update((byte) 5);
            d.update(known);
        } else if (v instanceof List<?> || v instanceof java.util.SortedSet<?> || v instanceof java.util.LinkedHashSet<?>) {
            Collection<?> c = (Collection<?>) v;
            d.update((byte) 6);
            count(d, c.size());
            for (Object o : c) {
                add(d, o);
            }
        } else if (v instanceof Collection<?> c) {
            // a set whose order is not its own (Set.of, HashSet): the same elements in any order are the same set
            d.update((byte) 12);
            count(d, c.size());
            List<byte[]> each = new ArrayList<>();
            for (Object o : c) {
                each.add(digest(o));
            }
            sorted(d, each);
        } else if (v instanceof java.util.SortedMap<?, ?> || v instanceof java.util.LinkedHashMap<?, ?>) {
            Map<?, ?> m = (Map<?, ?>) v;
            d.update((byte) 7);
            count(d, m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                add(d, e.getKey());
                add(d, e.getValue());
            }
        } else if (v instanceof Map<?, ?> m) {
            // a map whose order is not its own (Map.copyOf, HashMap): its entries in any order
            d.update((byte) 13);
            count(d, m.size());
            List<byte[]> each = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Sink entry = take();
                add(entry, e.getKey());
                add(entry, e.getValue());
                each.add(entry.digest());
                spare.push(entry);
            }
            sorted(d, each);
        } else if (v instanceof Optional<?> o) {
            d.update((byte) 8);
            add(d, o.orElse(null));
        } else if (v instanceof byte[] b) {
            d.update((byte) 9);
            count(d, b.length);
            d.update(b);
        } else if (v instanceof int[] a) {
            d.update((byte) 10);
            count(d, a.length);
            for (int i : a) {
                count(d, i);
            }
        } else if (v instanceof Object[] a) {
            d.update((byte) 11);
            count(d, a.length);
            for (Object o : a) {
                add(d, o);
            }
        } else {
            throw new Unknown(v.getClass());
        }
    }

    private byte[] digest(Object v) {
        Sink d = take();
        add(d, v);
        byte[] out = d.digest();
        spare.push(d);
        return out;
    }

    private Sink take() {
        Sink d = spare.poll();
        return d != null ? d : new Sink();
    }

    private static void sorted(Sink d, List<byte[]> digests) {
        digests.sort(Arrays::compare);
        digests.forEach(d::update);
    }

    private static Object component(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new Unknown(r.getClass());
        }
    }

    /** A string: its length, then its characters ({@link Sink#chars}). */
    private static void string(Sink d, String s) {
        count(d, s.length());
        d.chars(s);
    }

    private static void count(Sink d, int n) {
        d.update((byte) (n >>> 24));
        d.update((byte) (n >>> 16));
        d.update((byte) (n >>> 8));
        d.update((byte) n);
    }
}
