package yearbook.region;

import yearbook.diag.Msg;

import java.util.List;
import java.util.Objects;

/** The outcome of {@link RegionCatalog#resolve(String)}. Messages are meant for editors, in their language. */
public sealed interface RegionResolution {

    /** Exactly one region matches. */
    record Found(Region region) implements RegionResolution {
        public Found {
            Objects.requireNonNull(region, "region");
        }
    }

    /** No region matches; the message says why and suggests close candidates where there are some. */
    record NotFound(Msg msg) implements RegionResolution {
        public NotFound {
            Objects.requireNonNull(msg, "msg");
        }

        /** The message in English. */
        public String message() {
            return msg.toString();
        }
    }

    /** Several regions match; the message lists each as its path and code. Candidates are sorted by code. */
    record Ambiguous(Msg msg, List<Region> candidates) implements RegionResolution {
        public Ambiguous {
            Objects.requireNonNull(msg, "msg");
            candidates = List.copyOf(candidates);
        }

        /** The message in English. */
        public String message() {
            return msg.toString();
        }
    }
}
