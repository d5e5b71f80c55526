package yearbook.region;

import java.util.Objects;

/**
 * One administrative region.
 *
 * @param code       the 6-digit GB/T 2260 style code; provinces and prefectures are padded (150000, 150600)
 * @param name       the official name, without surrounding spaces and without {@code /} (paths use it)
 * @param level      the level
 * @param parentCode the 6-digit code of the parent region; {@code null} exactly for provinces
 */
public record Region(String code, String name, Level level, String parentCode) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (!isSixDigits(code)) {
            throw new IllegalArgumentException("region code must have 6 digits: \"" + code + "\"");
        }
        if (name.isEmpty() || !name.equals(name.strip())
                || name.chars().anyMatch(c -> c == '/' || c == '／' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("bad region name \"" + name + "\" (" + code + ")");
        }
        if ((level == Level.PROVINCE) != (parentCode == null)) {
            throw new IllegalArgumentException(name + " (" + code + "): "
                    + (level == Level.PROVINCE ? "a province has no parent" : "a " + level.name().toLowerCase()
                    + " needs a parent code"));
        }
        if (parentCode != null && (!isSixDigits(parentCode) || parentCode.equals(code))) {
            throw new IllegalArgumentException(name + " (" + code + "): bad parent code \"" + parentCode + "\"");
        }
    }

    static boolean isSixDigits(String s) {
        return s.length() == 6 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
