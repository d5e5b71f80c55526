package yearbook.region;

import java.util.List;
import java.util.Objects;

/** The outcome of {@link RegionCatalog#resolve(String)}. Messages are meant for editors, in English. */
public sealed interface RegionResolution {

    /** Exactly one region matches. */
    record Found(Region region) implements RegionResolution {
        public Found {
            Objects.requireNonNull(region, "region");
        }
    }

    /** No region matches; the message says why and suggests close candidates where there are some. */
    record NotFound(String message) implements RegionResolution {
        public NotFound {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Several regions match; the message lists each as its path and code. Candidates are sorted by code. */
    record Ambiguous(String message, List<Region> candidates) implements RegionResolution {
        public Ambiguous {
            Objects.requireNonNull(message, "message");
            candidates = List.copyOf(candidates);
        }
    }
}
