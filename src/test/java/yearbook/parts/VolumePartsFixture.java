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

}
