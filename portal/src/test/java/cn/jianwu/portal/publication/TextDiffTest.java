package cn.jianwu.portal.publication;

import java.util.List;

import cn.jianwu.portal.publication.TextDiff.Kind;
import cn.jianwu.portal.publication.TextDiff.Paragraph;
import cn.jianwu.portal.publication.TextDiff.Piece;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

	@Test
	void withinATextOnlyTheChangedCharactersAreMarked() {
		assertThat(TextDiff.inline("接待时间：工作日上午。", "接待时间：工作日全天。")).containsExactly(new Piece(Kind.SAME, "接待时间：工作日"),
				new Piece(Kind.DELETED, "上午"), new Piece(Kind.INSERTED, "全天"), new Piece(Kind.SAME, "。"));
		assertThat(TextDiff.inline("控告申诉办事指南", "控告申诉办事指南（修订）")).containsExactly(new Piece(Kind.SAME, "控告申诉办事指南"),
				new Piece(Kind.INSERTED, "（修订）"));
		assertThat(TextDiff.inline("来访须知。", "来访须知。")).containsExactly(new Piece(Kind.SAME, "来访须知。"));
		assertThat(TextDiff.inline(null, "")).isEmpty();
	}

	@Test
	void charactersOutsideTheBasicPlaneStayWhole() {
		assertThat(TextDiff.inline("𠀋甲", "𠀋乙")).containsExactly(new Piece(Kind.SAME, "𠀋"),
				new Piece(Kind.DELETED, "甲"), new Piece(Kind.INSERTED, "乙"));
	}

	@Test
	void paragraphsAreKeptDeletedInsertedOrChangedWithin() {
		List<Paragraph> paragraphs = TextDiff.paragraphs(List.of("接待时间：工作日上午。", "请携带身份证件。", "旧的注意事项。"),
				List.of("接待时间：工作日全天。", "请携带身份证件。", "可提前电话预约。", "来访前请阅读须知。"));
		assertThat(paragraphs).extracting(Paragraph::kind)
			.containsExactly(Kind.CHANGED, Kind.SAME, Kind.CHANGED, Kind.INSERTED);
		assertThat(paragraphs.get(1).pieces()).containsExactly(new Piece(Kind.SAME, "请携带身份证件。"));
		assertThat(paragraphs.get(3).pieces()).containsExactly(new Piece(Kind.INSERTED, "来访前请阅读须知。"));
		assertThat(TextDiff.paragraphs(List.of("甲。", "乙。"), List.of("乙。"))).extracting(Paragraph::kind)
			.containsExactly(Kind.DELETED, Kind.SAME);
	}

	@Test
	void veryLongTextsAreShownReplacedWhole() {
		String before = "甲".repeat(TextDiff.MAX_INLINE_CHARACTERS);
		assertThat(TextDiff.inline(before, "乙")).containsExactly(new Piece(Kind.DELETED, before),
				new Piece(Kind.INSERTED, "乙"));
	}

}
