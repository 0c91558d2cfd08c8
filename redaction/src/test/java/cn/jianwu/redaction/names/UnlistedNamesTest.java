package cn.jianwu.redaction.names;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the API around the recogniser: what is excluded, and how it is reported.
 */
class UnlistedNamesTest {

	private final UnlistedNames names = new UnlistedNames(List.of("杨慧敏"));

	@Test
	void reportsAWitnessNobodyListedWithOffsetAndCount() {
		String text = "被告人刘建军持啤酒瓶击打被害人赵永强头部。证人孙丽华证实，赵永强当场倒地。";

		List<FoundName> found = this.names.find(text, List.of("刘建军"), List.of());

		assertThat(found).containsExactly(new FoundName("赵永强", text.indexOf("赵永强"), 2),
				new FoundName("孙丽华", text.indexOf("孙丽华"), 1));
	}

	@Test
	void aSurnameThatEndsAWordIsNoName() {
		assertThat(this.names.find("统计用事项一", List.of(), List.of())).isEmpty();
		assertThat(this.names.find("关于组织干警业务学习的内部通知", List.of(), List.of())).isEmpty();
		assertThat(this.names.find("本院定于下月举办检察开放日活动，欢迎社会各界参加。", List.of(), List.of())).isEmpty();
	}

	@Test
	void leavesOutNamesThatAreListedOrPartOfOrLongerThanAListedName() {
		String text = "被告人刘建军与被害人王秀英系邻居。";

		assertThat(this.names.find(text, List.of("刘建军", "王秀英"), List.of())).isEmpty();
		assertThat(this.names.find(text, List.of("刘建军", "王秀英华"), List.of())).isEmpty();
		assertThat(this.names.find(text, List.of("刘建军", "王秀"), List.of())).isEmpty();
	}

	@Test
	void leavesOutClearedNamesAndPublicOfficials() {
		String text = "证人孙丽华证实了上述事实。此致 太原市小店区人民法院 检察员 杨慧敏";

		assertThat(this.names.find(text, List.of(), List.of("孙丽华"))).isEmpty();
		assertThat(new UnlistedNames(List.of()).find(text, List.of(), List.of("孙丽华"))).extracting(FoundName::name)
			.containsExactly("杨慧敏");
	}

	@Test
	void leavesOutPseudonymsAndAliases() {
		String text = "被害人张某（女，14岁）的母亲李某某报案，被告人王某1、王某2系兄弟。未成年被害人小敏（化名）已返校。";

		assertThat(this.names.find(text, List.of(), List.of())).isEmpty();
	}

	@Test
	void keepsLawyersNamesNextToTheirTitle() {
		String text = "辩护人李晓燕律师提出，被告人具有自首情节。山西华晋律师事务所律师王志远为其辩护。证人马跃到庭作证。";

		assertThat(this.names.find(text, List.of(), List.of())).extracting(FoundName::name).containsExactly("马跃");
	}

	@Test
	void readsFullWidthTextAndReportsTheOriginalSpelling() {
		String text = "２０２１年４月５日，同车乘客上官燕（１９９０年出生）证实：欧阳振华当晚饮酒约半斤。";

		List<FoundName> found = this.names.find(text, List.of(), List.of());

		assertThat(found).extracting(FoundName::name).containsExactly("上官燕", "欧阳振华");
		assertThat(found.get(0).firstStart()).isEqualTo(text.indexOf("上官燕"));
		assertThat(found.get(1).firstStart()).isEqualTo(text.indexOf("欧阳振华"));
	}

	@Test
	void findsNamesAcrossParagraphs() {
		String text = "被告人郭海峰盗窃一案。\n被害人王淑芬报案后，\n其妻韩雪梅代为退赔。";

		assertThat(this.names.find(text, List.of("郭海峰"), List.of())).extracting(FoundName::name)
			.containsExactly("王淑芬", "韩雪梅");
	}

	@Test
	void flagsNoCaseNumbersDatesAmountsArticlesPlacesOrLegalTerms() {
		String text = "晋检刑诉受〔2017〕35010300001号。2019年8月2日，犯罪嫌疑人被太原市公安局小店分局刑事拘留，后被取保候审，"
				+ "涉案金额人民币12,000元，其行为触犯《中华人民共和国刑法》第二百三十四条第一款。太原市小店区人民检察院依法提起公诉。";

		assertThat(this.names.find(text, List.of(), List.of())).isEmpty();
	}

	@Test
	void answersNothingForEmptyText() {
		assertThat(this.names.find("", null, null)).isEmpty();
		assertThat(this.names.find("   \n ", List.of(), List.of())).isEmpty();
		assertThat(this.names.find(null, List.of(), List.of())).isEmpty();
	}

	@Test
	void isSafeToShareBetweenThreads() throws Exception {
		String text = "被害人赵永强报案称，其妻韩雪梅目睹了经过。";
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<FoundName>>> answers = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				answers.add(pool.submit(() -> this.names.find(text, List.of(), List.of())));
			}
			for (Future<List<FoundName>> answer : answers) {
				assertThat(answer.get()).extracting(FoundName::name).containsExactly("赵永强", "韩雪梅");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
