package cn.jianwu.hall.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WechatSubjectTest {

	@Test
	void theSubjectIsTheFirstNonEmptyLineCutToThirtyCharacters() {
		assertThat(IntakeService.wechatSubject("\n  短标题  \n正文")).isEqualTo("短标题");
		assertThat(IntakeService.wechatSubject("一二三四五六七八九十".repeat(4) + "\n正文")).isEqualTo("一二三四五六七八九十".repeat(3));
	}

	@Test
	void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
		String subject = IntakeService.wechatSubject("𠀀".repeat(31));

		assertThat(subject.codePointCount(0, subject.length())).isEqualTo(30);
	}

}
