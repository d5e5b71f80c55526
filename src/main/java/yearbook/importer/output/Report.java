package yearbook.importer.output;

import java.util.List;

import yearbook.importer.page.Dropped;
import yearbook.importer.page.Page;
import yearbook.importer.review.Flag;

/**
 * The import report: for each input file, the articles made (with their metadata, how it was found, and what the
 * editor must check), what was left out and why, the web-page clutter removed, and the paragraphs joined again.
 * Written in Chinese for the editors, as markdown so that it reads well as plain text and on a git host.
 */
public final class Report {
    private Report() {
    }

    public static String render(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        long files = outcomes.size();
        long failed = outcomes.stream().filter(Outcome::failed).count();
        long articles = outcomes.stream().mapToLong(o -> o.articles().size()).sum();
        long flags = outcomes.stream().flatMap(o -> o.articles().stream()).mapToLong(w -> w.draft().flags().size()).sum();
        long left = outcomes.stream().mapToLong(o -> o.left().size()).sum();
        sb.append("# 导入报告\n\n");
        sb.append("读入 ").append(files).append(" 个文件，导入文章 ").append(articles).append(" 篇，其余 ").append(left)
                .append(" 项未作为文章导入，待核 ").append(flags).append(" 处")
                .append(failed > 0 ? "；" + failed + " 个文件无法读取，没有导入" : "").append("。\n\n");
        sb.append("""
                怎样使用这份报告：

                - **已导入**：每篇文章写成一个 markdown 文件。请打开文件核对标题、单位、地区、年份、作者和主题。
                - **待核**：导入时拿不准、但没有擅自改动的地方，同样写在文章文件开头的 `# flag:` 注释行里。
                  核对并改好以后，删去那一行注释。
                - **图片说明**：附入文章的图片说明写在文章文件的 `# photo:` 注释行里，配图时使用。
                - **未导入**：短讯（大事记候选）、评论、与工会无关的内容和不属于任何文章的图片说明，列出原文行号和原因。
                - **删去的网页杂项**、**接回的段落**：导入时做的修整，供核对。
                - 再次导入同一文件，得到的文章完全相同；编辑改过的文章不会被覆盖（除非加 `--force`）。

                """);
        List<String> uncertain = new java.util.ArrayList<>();
        for (Outcome o : outcomes) {
            for (Outcome.Written w : o.articles()) {
                w.draft().flags().stream().filter(Flag::titleUncertain).findFirst().ifPresent(f -> uncertain.add(
                        "- 《" + (w.draft().title() == null ? "（无标题）" : w.draft().title()) + "》（" + o.file() + "，`"
                                + w.draft().path() + "`）：" + f.message()));
            }
        }
        if (!uncertain.isEmpty()) {
            sb.append("## 标题拿不准的文章（").append(uncertain.size()).append("篇）\n\n");
            uncertain.forEach(u -> sb.append(u).append('\n'));
            sb.append('\n');
        }
        for (Outcome o : outcomes) {
            sb.append("## ").append(o.file()).append("\n\n");
            if (o.failed()) {
                sb.append("**无法读取，没有导入**：").append(o.error()).append("\n\n");
                continue;
            }
            if (o.format() != null) {
                sb.append("格式：").append(o.format()).append("；");
            }
            sb.append("编码：").append(o.encoding());
            if (o.traditional() > 0) {
                sb.append("；繁体字已转为简体（").append(o.traditional()).append("字）");
            }
            sb.append("；排版：").append(o.ocr() ? "报纸扫描识别（OCR）文字，折行已接回" : "每段一行").append("。\n\n");
            for (String note : o.notes()) {
                sb.append("- ").append(note).append('\n');
            }
            if (!o.notes().isEmpty()) {
                sb.append('\n');
            }
            sb.append("### 已导入（").append(o.articles().size()).append("篇）\n\n");
            if (o.articles().isEmpty()) {
                sb.append("没有找到工会文章。\n\n");
            }
            int n = 0;
            for (Outcome.Written w : o.articles()) {
                Draft d = w.draft();
                sb.append(++n).append(". 《").append(d.title() == null ? "（无标题）" : d.title()).append("》");
                if (d.subtitle() != null) {
                    sb.append("——").append(d.subtitle());
                }
                sb.append("\n   - 文件：`").append(d.path()).append("`（").append(w.status().label).append("）\n");
                sb.append("   - 来自：").append(d.origin()).append('\n');
                sb.append("   - 单位：").append(or(d.organization())).append("；地区：").append(or(d.region()))
                        .append("；年份：").append(d.year() > 0 ? String.valueOf(d.year()) : "未定")
                        .append(d.date() != null ? "；发布日期：" + d.date() : "").append('\n');
                sb.append("   - 作者：").append(d.authors().isEmpty() ? "（无）" : String.join("、", d.authors()));
                if (d.sourceName() != null) {
                    sb.append("；来源：").append(d.sourceName());
                }
                if (d.section() != null) {
                    sb.append("；栏目：").append(d.section());
                }
                sb.append('\n');
                for (String note : w.notes()) {
                    sb.append("   - ").append(note).append('\n');
                }
                if (!d.captions().isEmpty()) {
                    sb.append("   - 附入的图片说明（").append(d.captions().size()).append("条）：");
                    sb.append(String.join("；", d.captions().stream().map(c -> "“" + c + "”").toList())).append('\n');
                }
                if (d.flags().isEmpty()) {
                    sb.append("   - 待核：无\n");
                } else {
                    sb.append("   - 待核（").append(d.flags().size()).append("处）：\n");
                    for (Flag f : d.flags()) {
                        sb.append("     - ").append(f.shown()).append('\n');
                    }
                }
            }
            sb.append('\n');
            if (!o.left().isEmpty()) {
                sb.append("### 未作为文章导入（").append(o.left().size()).append("项）\n\n");
                for (Outcome.Left l : o.left()) {
                    sb.append("- 原文第").append(l.first()).append(l.last() > l.first() ? "–" + l.last() : "").append("行，")
                            .append(l.kind().label).append("：").append(l.what()).append(" —— ").append(l.reason()).append('\n');
                }
                sb.append('\n');
            }
            if (!o.chrome().isEmpty()) {
                sb.append("### 删去的网页杂项和栏目名（").append(o.chrome().size()).append("行）\n\n");
                for (Dropped d : o.chrome()) {
                    sb.append("- 原文第").append(d.line()).append("行“").append(d.text()).append("”：").append(d.reason()).append('\n');
                }
                sb.append('\n');
            }
            if (!o.joins().isEmpty()) {
                sb.append("### 跨栏、跨页接回的段落（").append(o.joins().size()).append("处）\n\n");
                for (Page.Join j : o.joins()) {
                    sb.append("- 原文第").append(j.line()).append("行：“").append(j.before()).append("”接“").append(j.after())
                            .append("”（中间隔").append(j.blankLines()).append("个空行）\n");
                }
                sb.append('\n');
            }
        }
        return sb.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    private static String or(String s) {
        return s == null ? "（未定）" : s;
    }
}
