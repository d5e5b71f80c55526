package yearbook.parts;

/** A small yearbook with every part of a volume: 特载, 大事记, regional articles, 统计资料, 先进名录, 附录. */
public final class VolumePartsFixture {
    private VolumePartsFixture() {
    }

    public static final String ARTICLES = yearbook.testing.TestFiles.TWO_ARTICLES + """
            -- content/articles/special.md --
            ---
            title: 在自治区总工会全委会议上的工作报告
            organization: 内蒙古自治区总工会
            region: 150000
            year: 2018
            part: special
            ---
            过去一年，全区各级工会团结带领广大职工建功立业。
            -- content/articles/doc.md --
            ---
            title: 关于开展劳动竞赛的通知
            subtitle: 内工发〔2018〕12号
            organization: 内蒙古自治区总工会
            region: 150000
            year: 2018
            part: 附录
            ---
            各盟市总工会：现将有关事项通知如下。
            """;

    public static final String PARTS = """
            -- content/chronicle/2019.yaml --
            volume: 2019
            entries:
              - date: 2018-12-27
                text: 未央区总工会慰问一线交警。
                region: 陕西省/西安市/未央区
              - date: 2018-03
                text: 全区工会开展春送岗位活动。
              - date: 2018-03-08
                text: 定边县总工会举办女职工座谈会。
                region: 610825
                article: articles/b.md
            -- content/statistics/funds.csv --
            ---
            title: 帮扶资金
            volume: 2019
            unit: 万元
            source: 县总工会
            ---
            项目,2017年,2018年
            冬送温暖,400,1509
            金秋助学,100,123
            -- content/honours/medal.yaml --
            title: 五一劳动奖章
            volume: 2019
            year: 2018
            awardedBy: 陕西省总工会
            entries:
              - name: 乌云其木格
                sex: 女
                ethnicity: 蒙古族
                unit: 鄂托克前旗某公司
                post: 焊工
                region: 150623
              - name: 张建国
                sex: 男
                unit: 定边县供电公司
                region: 610825
            """;

    /**
     * Three articles of provincial unions to add to {@link #ARTICLES}: one with two themes (劳模工匠 first), one with
     * 困难职工帮扶, one without a theme; and settings that arrange the volume by theme and by region, so that these
     * stand under their first theme (or 其他) and the counties' articles under their provinces.
     */
    public static final String THEMED = """
            -- content/articles/c.md --
            ---
            title: 陕西省总工会评选劳模并开展帮扶
            organization: 陕西省总工会
            region: 610000
            year: 2018
            themes: [model-workers, hardship-aid]
            ---
            省总工会评选劳模，并走访慰问困难职工。
            -- content/articles/d.md --
            ---
            title: 自治区总工会开展送温暖活动
            organization: 内蒙古自治区总工会
            region: 150000
            year: 2018
            themes: [hardship-aid]
            ---
            自治区总工会走访慰问困难职工。
            -- content/articles/e.md --
            ---
            title: 自治区总工会召开全委会议
            organization: 内蒙古自治区总工会
            region: 150000
            year: 2018
            ---
            自治区总工会召开全委会议。
            -- content/yearbook.yaml --
            title: 测试年鉴
            baseUrl: https://example.org/yb/
            volume:
              parts: [special, chronicle, themes, regions, statistics, honours, appendix]
            """;
}
