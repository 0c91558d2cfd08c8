package cn.jianwu.portal.publication;

import java.util.List;

import cn.jianwu.portal.publication.TextDiff.Kind;
import cn.jianwu.portal.publication.TextDiff.Paragraph;
import cn.jianwu.portal.publication.TextDiff.Piece;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

	@Test
	void withinATextTheChangedClausesAreMarkedWhole() {
		assertThat(TextDiff.inline("检察机关于2026年3月立案，被告单位修复了受损山体。", "检察机关于2026年4月立案，被告单位修复了受损山体。")).containsExactly(
				new Piece(Kind.DELETED, "检察机关于2026年3月立案，"), new Piece(Kind.INSERTED, "检察机关于2026年4月立案，"),
				new Piece(Kind.SAME, "被告单位修复了受损山体。"));
		assertThat(TextDiff.inline("接待时间：工作日上午。", "接待时间：工作日全天。请携带身份证件。")).containsExactly(new Piece(Kind.SAME, "接待时间："),
				new Piece(Kind.DELETED, "工作日上午。"), new Piece(Kind.INSERTED, "工作日全天。请携带身份证件。"));
		assertThat(TextDiff.inline("来访须知。", "来访须知。")).containsExactly(new Piece(Kind.SAME, "来访须知。"));
		assertThat(TextDiff.inline(null, "")).isEmpty();
	}

	@Test
	void clausesEndAtPunctuationAndKeepTheirClosingQuotes() {
		assertThat(TextDiff.clauses("他说：“请携带证件。”随后离开，𠀋字不拆")).containsExactly("他说：", "“请携带证件。”", "随后离开，", "𠀋字不拆");
		assertThat(TextDiff.clauses("")).isEmpty();
	}

	@Test
	void paragraphsAreKeptDeletedInsertedOrChangedWithin() {
		List<Paragraph> paragraphs = TextDiff.paragraphs(List.of("接待时间：工作日上午。", "请携带身份证件。", "旧的注意事项。"),
				List.of("接待时间：工作日全天。", "请携带身份证件。", "可提前电话预约。", "来访前请阅读须知。"));
		assertThat(paragraphs).extracting(Paragraph::kind)
			.containsExactly(Kind.CHANGED, Kind.SAME, Kind.CHANGED, Kind.INSERTED);
		assertThat(paragraphs.get(0).pieces()).containsExactly(new Piece(Kind.SAME, "接待时间："),
				new Piece(Kind.DELETED, "工作日上午。"), new Piece(Kind.INSERTED, "工作日全天。"));
		assertThat(paragraphs.get(1).pieces()).containsExactly(new Piece(Kind.SAME, "请携带身份证件。"));
		assertThat(paragraphs.get(3).pieces()).containsExactly(new Piece(Kind.INSERTED, "来访前请阅读须知。"));
		assertThat(TextDiff.paragraphs(List.of("甲。", "乙。"), List.of("乙。"))).extracting(Paragraph::kind)
			.containsExactly(Kind.DELETED, Kind.SAME);
	}

}
