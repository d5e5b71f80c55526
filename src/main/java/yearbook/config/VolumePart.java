package yearbook.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a volume's body, each with its name in {@code volume.parts} of {@code yearbook.yaml}: the order
 * given there is the order on the volume's page and in print, and a part left out is not shown. {@code themes}
 * arranges articles by field of work (类目 = theme, 分目 = region below it), {@code regions} by region (各地工会);
 * with both, the provincial unions' own articles go under their themes and the others under their regions.
 * {@code pictures} (图片) is printed in the front matter, after the 编辑说明, wherever it stands in the list.
 */
public enum VolumePart {
    PICTURES("pictures", "图片"), SPECIAL("special", "特载"), CHRONICLE("chronicle", "大事记"), THEMES("themes", "工作综述"), REGIONS("regions", "各地工会"),
    STATISTICS("statistics", "统计资料"), HONOURS("honours", "先进名录"), APPENDIX("appendix", "附录");

    /** The usual order of a union yearbook, arranged by region. */
    public static final List<VolumePart> USUAL = List.of(PICTURES, SPECIAL, CHRONICLE, REGIONS, STATISTICS, HONOURS, APPENDIX);

    private final String id;
    private final String title;

    VolumePart(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name in the settings and in the templates. */
    public String id() {
        return id;
    }

    /** The part's heading: 特载, 大事记 … */
    public String title() {
        return title;
    }

    public static Optional<VolumePart> of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(VolumePart::id).toList();
    }
}
