package yearbook.region;

/**
 * The administrative level of a {@link Region}, from the top down. A prefecture's parent is a province; a county's
 * parent is a prefecture, or a province directly for the counties a province administers itself (仙桃市) and the
 * districts and counties of the four municipalities (北京市 → 东城区).
 */
public enum Level {
    /** 省级: province, autonomous region, municipality. */
    PROVINCE,
    /** 地级: prefecture-level city, autonomous prefecture, league, prefecture. */
    PREFECTURE,
    /** 县级: district, county-level city, county, banner, and the statistical zones of the same rank. */
    COUNTY;

    /** Whether a region of this level may have a parent of the given level. */
    boolean mayHaveParent(Level parent) {
        return switch (this) {
            case PROVINCE -> false;
            case PREFECTURE -> parent == PROVINCE;
            case COUNTY -> parent == PROVINCE || parent == PREFECTURE;
        };
    }
}
