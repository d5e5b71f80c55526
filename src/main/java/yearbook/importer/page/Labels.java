package yearbook.importer.page;

import java.util.Set;

/** Column names printed over items in newspapers and on sites (有话直说, 摄影报道): never a headline. */
public final class Labels {
    public static final Set<String> COMMENTARY_LABELS = Set.of("有话直说", "评论", "短评", "时评", "快评", "热评", "锐评",
            "社论", "编者按", "观点", "言论", "一家之言", "微评", "杂谈", "随笔", "评论员文章", "工会论坛", "百家论坛");
    private static final Set<String> OTHER_LABELS = Set.of("摄影报道", "图片新闻", "图片报道", "图说", "简讯", "快讯",
            "要闻", "一线传真", "基层动态", "工作动态", "基层传真", "新闻链接", "相关链接", "链接", "背景");

    private Labels() {
    }

    public static boolean isLabel(String text) {
        String t = text.strip();
        return COMMENTARY_LABELS.contains(t) || OTHER_LABELS.contains(t);
    }
}
